// The spreadsheets the scoring suites' batches start from, built once per test file that imports
// them (not by the contracts, which every hostile-input suite imports).
import { brokenTrackerWorkbook, fullTrackerWorkbook, trackerWorkbook } from './workbooks';

export const tracker = trackerWorkbook();
export const full = fullTrackerWorkbook();
export const broken = brokenTrackerWorkbook();
/** Batches start from these in turn: mostly the seeded tracker, then one with every row used (it grows), then one that lost its Scorecards sheet. */
export const WORKBOOKS = [tracker, tracker, full, broken];
