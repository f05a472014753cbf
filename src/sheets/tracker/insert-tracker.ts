// "Insert candidate tracker": three new sheets (never replacing one: taken names get a number),
// tied together by named ranges so the scoring sidebar finds them again under any name.
// Call it under the document lock.
import { rateCardArgument } from '../rate-card-range';
import { uniqueSheetName } from '../sheet-names';
import { writeCandidatesSheet } from './candidates-sheet';
import { writeChecklistSheet } from './checklist-sheet';
import { CANDIDATE_CAPACITY, SHEET_TITLES } from './layout';
import { writeScorecardsSheet } from './scorecards-sheet';
import { nextTrackerId, trackerRangeName } from './tracker-registry';

export interface InsertedTracker {
  trackerId: number;
  candidatesSheet: string;
  scorecardsSheet: string;
  checklistSheet: string;
  /** Whether the market-rate formulas use the spreadsheet's rate card. */
  usesRateCard: boolean;
}

export function insertTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): InsertedTracker {
  const id = nextTrackerId(spreadsheet);
  const rateCard = rateCardArgument(spreadsheet);
  let position = spreadsheet.getNumSheets();
  const add = (title: string) => {
    const name = uniqueSheetName(spreadsheet, title);
    return { name, sheet: spreadsheet.insertSheet(name, position++) };
  };
  const { name: candidatesSheet, sheet: candidates } = add(SHEET_TITLES.candidates);
  const { name: scorecardsSheet, sheet: scorecards } = add(SHEET_TITLES.scorecards);
  const { name: checklistSheet, sheet: checklist } = add(SHEET_TITLES.checklist);

  const candidateNames = candidates.getRange(2, 1, CANDIDATE_CAPACITY, 1);
  const scorecardTable = writeScorecardsSheet(scorecards, candidateNames);
  const { table, weights } = writeCandidatesSheet(candidates, { scorecardsSheet, rateCard });
  const checklistTable = writeChecklistSheet(checklist);

  spreadsheet.setNamedRange(trackerRangeName('candidates', id), table);
  spreadsheet.setNamedRange(trackerRangeName('scorecards', id), scorecardTable);
  spreadsheet.setNamedRange(trackerRangeName('weights', id), weights);
  spreadsheet.setNamedRange(trackerRangeName('checklist', id), checklistTable);
  candidates.activate();
  return { trackerId: id, candidatesSheet, scorecardsSheet, checklistSheet, usesRateCard: rateCard !== undefined };
}
