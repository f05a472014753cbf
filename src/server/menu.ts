// The add-on menu. onOpen may run in AuthMode.NONE, so it only builds the menu: no sheet
// access, no properties, nothing that needs authorization.
import { SELF_TEST_INCLUDED, SELF_TEST_MENU_ITEM } from './self-test/build-flag';

/** Every menu item, in order. Each action is a server entry point of the same name. */
export const MENU_ITEMS: readonly { label: string; action: string }[] = [
  // Budget first (the founder's question), then hiring, then reference.
  { label: 'Scope a project', action: 'showWizard' },
  { label: 'Insert rate card', action: 'showRateCardPicker' },
  { label: 'Insert candidate tracker', action: 'insertCandidateTracker' },
  { label: 'Score a candidate', action: 'showScoring' },
  { label: 'Repair tracker', action: 'repairCandidateTracker' },
  { label: 'Insert sources', action: 'insertSources' },
  { label: 'About DevRate', action: 'showAbout' },
  // Test builds only (see self-test/build-flag.ts): settles the emulator's assumptions on real Sheets.
  ...(SELF_TEST_INCLUDED ? [SELF_TEST_MENU_ITEM] : []),
];

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.action);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
