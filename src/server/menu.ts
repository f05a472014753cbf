// The add-on menu. onOpen may run in AuthMode.NONE, so it only builds the menu: no sheet
// access, no properties, nothing that needs authorization.
import { MENU_ITEMS, type MenuActions } from '../endpoints/menu';
import { refreshDebriefs } from './debrief';
import { endpoints } from './endpoints';
import { insertSources } from './rate-cards';
import { runSelfTest } from './self-test';
import { repairCandidateTracker } from './tracker';
import { openSidebar } from './sidebars';

/** What each item of the menu registry runs; the menu calls each by its name. */
export const menuActions = {
  showWizard: () => openSidebar('Wizard'),
  showRateCardPicker: () => openSidebar('RateCard'),
  insertCandidateTracker: () => endpoints.insertCandidateTracker(),
  showScoring: () => openSidebar('Scoring'),
  refreshDebriefs,
  repairCandidateTracker,
  insertSources,
  showAbout: () => openSidebar('About'),
  // In every build's entry points; the menu lists it in test builds only, and it refuses in a release.
  runSelfTest,
} satisfies MenuActions;

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.action);
  menu.addToUi();
}

/** Installing from the Marketplace does not run onOpen: build the menu now. */
export function onInstall(_event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}
