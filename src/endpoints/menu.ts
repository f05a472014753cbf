// The add-on menu's registry: every item, in order, and the entry point it runs. src/server/menu.ts
// implements each action (`satisfies MenuActions`), src/main.ts exposes them, and the tests
// read the labels from here. Free of Apps Script types, like the endpoint registry.
export const MENU_ITEMS = [
  // Budget first (the founder's question), then hiring, then reference.
  { label: 'Scope a project', action: 'showWizard' },
  { label: 'Insert rate card', action: 'showRateCardPicker' },
  { label: 'Insert candidate tracker', action: 'insertCandidateTracker' },
  { label: 'Score a candidate', action: 'showScoring' },
  { label: 'Insert sources', action: 'insertSources' },
  { label: 'About DevRate', action: 'showAbout' },
] as const satisfies readonly { label: string; action: string }[];

export type MenuAction = (typeof MENU_ITEMS)[number]['action'];
/** What the server implements: one function per menu action (Apps Script passes it no arguments). */
export type MenuActions = Record<MenuAction, () => unknown>;
