// The add-on menu's registry: every item, in order, and the entry point it runs. src/server/menu.ts
// implements each action (`satisfies MenuActions`), src/main.ts exposes them, and the tests
// read the labels from here. Free of Apps Script types, like the endpoint registry.
import { SELF_TEST_INCLUDED } from './build-flag';

const EVERY_BUILD = [
  // Budget first (the founder's question), then hiring, then reference.
  { label: 'Scope a project', action: 'showWizard' },
  { label: 'Insert rate card', action: 'showRateCardPicker' },
  { label: 'Insert candidate tracker', action: 'insertCandidateTracker' },
  { label: 'Score a candidate', action: 'showScoring' },
  { label: 'Refresh debrief', action: 'refreshDebriefs' },
  { label: 'Repair tracker', action: 'repairCandidateTracker' },
  { label: 'Insert sources', action: 'insertSources' },
  { label: 'About DevRate', action: 'showAbout' },
] as const;

/** Test builds only (see build-flag.ts): settles the emulator's assumptions on real Sheets. */
const SELF_TEST_ITEM = { label: 'Run self-test', action: 'runSelfTest' } as const;

type MenuItem = (typeof EVERY_BUILD)[number] | typeof SELF_TEST_ITEM;

/** The menu of this build. */
export const MENU_ITEMS: readonly MenuItem[] = [...EVERY_BUILD, ...(SELF_TEST_INCLUDED ? [SELF_TEST_ITEM] : [])];

export type MenuAction = MenuItem['action'];
/** What the server implements: one function per menu action (Apps Script passes it no arguments). */
export type MenuActions = Record<MenuAction, () => unknown>;
