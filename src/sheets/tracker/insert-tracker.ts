// "Insert candidate tracker": four new sheets (never replacing one: taken names get a number),
// each tagged with developer metadata so the scoring sidebar finds them again under any name.
// Call it under the document lock.
import { rateCardArgument } from '../rate-card-range';
import { uniqueSheetName } from '../sheet-names';
import { columnLetter } from '../a1';
import { pristinePositions, writeCandidatesSheet } from './candidates-sheet';
import { writeChecklistSheet } from './checklist-sheet';
import type { ColumnMap } from './columns';
import { CANDIDATE_COLUMNS, FIRST_ROWS, SHEET_TITLES } from './layout';
import { writeRulesSheet } from './rules-sheet';
import { writeScorecardsSheet } from './scorecards-sheet';
import { evidenceRangeName, nextTrackerId, tagTrackerSheet, weightsRangeName } from './tracker-registry';
import { validationRules } from '../validation-rules';
import { tagHeaderRow } from './structure';
import type { InsertedTracker } from '../../endpoints/registry';

export function insertTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): InsertedTracker {
  const id = nextTrackerId(spreadsheet, PropertiesService.getDocumentProperties());
  const rateCard = rateCardArgument(spreadsheet);
  const first = spreadsheet.getNumSheets();
  const add = (title: string, position: number) => {
    const name = uniqueSheetName(spreadsheet, title);
    return { name, sheet: spreadsheet.insertSheet(name, position) };
  };
  // Candidates goes in last, in front of the others: the sheet inserted last is the active one,
  // so the user lands on Candidates without an activate() call.
  const { name: scorecardsSheet, sheet: scorecards } = add(SHEET_TITLES.scorecards, first);
  const { name: rulesSheet, sheet: rules } = add(SHEET_TITLES.rules, first + 1);
  const { name: checklistSheet, sheet: checklist } = add(SHEET_TITLES.checklist, first + 2);
  const { name: candidatesSheet, sheet: candidates } = add(SHEET_TITLES.candidates, first);

  // Whole-column formulas work on every row of the sheet: start small, writers add rows as needed.
  for (const sheet of [candidates, scorecards]) sheet.deleteRows(FIRST_ROWS + 2, sheet.getMaxRows() - FIRST_ROWS - 1);
  const validation = validationRules();
  const settings = writeRulesSheet(rules);
  spreadsheet.setNamedRange(weightsRangeName(id), settings.weights);
  spreadsheet.setNamedRange(evidenceRangeName(id), settings.evidence);
  const candidatePositions = pristinePositions(CANDIDATE_COLUMNS);
  writeCandidatesSheet(candidates, { candidates: (key) => letterOf(candidatePositions, key, 'Candidates'), rateCard }, validation);
  const names = letterOf(candidatePositions, 'name', 'Candidates');
  writeScorecardsSheet(scorecards, candidates.getRange(`${names}2:${names}`), validation);
  writeChecklistSheet(checklist);
  tagHeaderRow(candidates, 1);
  tagHeaderRow(scorecards, 1);
  tagTrackerSheet(candidates, id, 'candidates');
  tagTrackerSheet(scorecards, id, 'scorecards');
  tagTrackerSheet(rules, id, 'rules');
  tagTrackerSheet(checklist, id, 'checklist');
  return { trackerId: id, candidatesSheet, scorecardsSheet, rulesSheet, checklistSheet, usesRateCard: rateCard !== undefined };
}

/** The letter of a column of a sheet's layout; a key the layout lacks is a bug, and is named. */
function letterOf(positions: ColumnMap, key: string, sheet: string): string {
  const position = positions.get(key);
  if (position === undefined) throw new Error(`The ${sheet} sheet's layout has no column "${key}".`);
  return columnLetter(position);
}
