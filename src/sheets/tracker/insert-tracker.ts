// "Insert candidate tracker": three new sheets (never replacing one: taken names get a number),
// tied together by named ranges so the scoring sidebar finds them again under any name.
// Call it under the document lock.
import { rateCardArgument } from '../rate-card-range';
import { uniqueSheetName } from '../sheet-names';
import { writeCandidatesSheet } from './candidates-sheet';
import { writeChecklistSheet } from './checklist-sheet';
import { SHEET_TITLES } from './layout';
import { writeScorecardsSheet } from './scorecards-sheet';
import { nextTrackerId, trackerRangeName } from './tracker-registry';
import { trackerRules } from './validations';
import type { InsertedTracker } from '../../endpoints/registry';

export function insertTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): InsertedTracker {
  const id = nextTrackerId(spreadsheet);
  const rateCard = rateCardArgument(spreadsheet);
  const first = spreadsheet.getNumSheets();
  const add = (title: string, position: number) => {
    const name = uniqueSheetName(spreadsheet, title);
    return { name, sheet: spreadsheet.insertSheet(name, position) };
  };
  // Candidates goes in last, in front of the other two: the sheet inserted last is the active
  // one, so the user lands on Candidates without an activate() call.
  const { name: scorecardsSheet, sheet: scorecards } = add(SHEET_TITLES.scorecards, first);
  const { name: checklistSheet, sheet: checklist } = add(SHEET_TITLES.checklist, first + 1);
  const { name: candidatesSheet, sheet: candidates } = add(SHEET_TITLES.candidates, first);

  const rules = trackerRules();
  const { table, weights, names } = writeCandidatesSheet(candidates, { scorecardsSheet, rateCard }, rules);
  const scorecardTable = writeScorecardsSheet(scorecards, names, rules);
  const checklistTable = writeChecklistSheet(checklist, rules);

  spreadsheet.setNamedRange(trackerRangeName('candidates', id), table);
  spreadsheet.setNamedRange(trackerRangeName('scorecards', id), scorecardTable);
  spreadsheet.setNamedRange(trackerRangeName('weights', id), weights);
  spreadsheet.setNamedRange(trackerRangeName('checklist', id), checklistTable);
  return { trackerId: id, candidatesSheet, scorecardsSheet, checklistSheet, usesRateCard: rateCard !== undefined };
}
