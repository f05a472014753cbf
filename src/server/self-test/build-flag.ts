// Whether this build carries the self-test. scripts/build.ts sets DEVRATE_SELF_TEST (an esbuild
// define): true for `npm run build` and `npm run deploy` (test deployments, the playground),
// false for `npm run release` (the version published on the Marketplace). Apps Script exposes
// nothing that tells a test deployment from an installed add-on (ScriptApp.getInstallationSource
// only says whether the script runs as an add-on, and needs ScriptApp, outside our two scopes),
// so the build decides.
declare const DEVRATE_SELF_TEST: boolean | undefined;

export const SELF_TEST_INCLUDED: boolean = typeof DEVRATE_SELF_TEST === 'undefined' ? true : DEVRATE_SELF_TEST;

/** The add-on menu's item for the self-test (src/server/menu.ts adds it when included). */
export const SELF_TEST_MENU_ITEM = { label: 'Run self-test', action: 'runSelfTest' } as const;
