// Opening the HTML pages built into dist/ (one file per page) as 300 px sidebars.

export const SIDEBAR_PAGES = {
  About: 'About DevRate',
  Scoring: 'Score a candidate',
  Wizard: 'Scope a project',
  RateCard: 'Insert rate card',
} as const;
export type SidebarPage = keyof typeof SIDEBAR_PAGES;

export function openSidebar(page: SidebarPage): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(SIDEBAR_PAGES[page]);
  SpreadsheetApp.getUi().showSidebar(html);
}
