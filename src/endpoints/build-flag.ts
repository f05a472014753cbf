// Whether this build carries the self-test. scripts/build.ts sets DEVRATE_SELF_TEST (an esbuild
// define): true for `npm run build` and `npm run deploy` (the head, which test deployments of
// "Latest code" run, and the playground), false for `npm run release` (the version the Marketplace
// listing points at). The build decides because Apps Script tells a script nothing about its
// deployment: ScriptApp.getInstallationSource only says whether it runs as an add-on
// (https://developers.google.com/apps-script/reference/script/installation-source), which a test
// deployment does too, and tests/contract/least-privilege keeps ScriptApp out of the bundle.
// Platform-free, so the menu registry (./menu.ts) can read it.
declare const DEVRATE_SELF_TEST: boolean | undefined;

export const SELF_TEST_INCLUDED: boolean = typeof DEVRATE_SELF_TEST === 'undefined' ? true : DEVRATE_SELF_TEST;
