// "Repair tracker": puts back what edits took from a tracker (a deleted sheet, a deleted or
// renamed column, the weights' named range, a broken formula, a cleared dropdown) without
// touching a value people typed: it writes only header cells, formulas, validations, metadata
// and new sheets or columns. Call it under the document lock.
import { hiring } from '../../domain/dataset';
import { rateCardArgument } from '../rate-card-range';
import { uniqueSheetName } from '../sheet-names';
import { columnLetter } from '../a1';
import type { CandidateFormulaContext } from './candidate-formulas';
import { candidateHeaderCell, candidateRule, makeRoom, nameRule, pristinePositions, writeCandidatesSheet } from './candidates-sheet';
import { writeChecklistSheet } from './checklist-sheet';
import { COLUMN_METADATA_KEY, locateColumns, tagColumns } from './columns';
import { CANDIDATE_COLUMNS, FIRST_ROWS, SCORECARD_COLUMNS, SHEET_TITLES, type Column } from './layout';
import { WEIGHTS_COLUMN, WEIGHTS_FIRST_ROW, writeRulesSheet } from './rules-sheet';
import { scorecardHeaderCell, scorecardRule, writeScorecardsSheet } from './scorecards-sheet';
import { PART_NAMES, findTrackers, tagTrackerSheet, weightsRangeName, type TrackerPart } from './tracker-registry';
import { validationRules } from '../validation-rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What was put back, in words, per tracker. */
export function repairTrackers(spreadsheet: Spreadsheet): { trackerId: number; restored: string[] }[] {
  const trackers = findTrackers(spreadsheet);
  if (trackers.size === 0) throw new Error('This spreadsheet has no candidate tracker to repair. Use DevRate > Insert candidate tracker.');
  return [...trackers.keys()].sort((a, b) => a - b).map((id) => ({ trackerId: id, restored: repairTracker(spreadsheet, id) }));
}

function repairTracker(spreadsheet: Spreadsheet, id: number): string[] {
  const parts = findTrackers(spreadsheet).get(id)!;
  const restored: string[] = [];
  const rules = validationRules();
  const addSheet = (part: TrackerPart) => {
    const sheet = spreadsheet.insertSheet(uniqueSheetName(spreadsheet, SHEET_TITLES[part]));
    if (part === 'candidates' || part === 'scorecards') sheet.deleteRows(FIRST_ROWS + 2, sheet.getMaxRows() - FIRST_ROWS - 1);
    tagTrackerSheet(sheet, id, part);
    restored.push(`the ${PART_NAMES[part]} sheet (as "${sheet.getName()}")`);
    return sheet;
  };

  // Sheets first: the formulas written below need both tables.
  if (!parts.rules) {
    parts.rules = addSheet('rules');
    spreadsheet.setNamedRange(weightsRangeName(id), writeRulesSheet(parts.rules));
  } else if (!spreadsheet.getRangeByName(weightsRangeName(id))) {
    const count = hiring.questions.length;
    spreadsheet.setNamedRange(weightsRangeName(id), parts.rules.getRange(WEIGHTS_FIRST_ROW, WEIGHTS_COLUMN, count, 1));
    restored.push(`the scoring weights' named range ${weightsRangeName(id)}`);
  }
  if (!parts.checklist) writeChecklistSheet((parts.checklist = addSheet('checklist')));
  const newScorecards = !parts.scorecards;
  const scorecards = (parts.scorecards ??= addSheet('scorecards'));
  const newCandidates = !parts.candidates;
  const candidates = (parts.candidates ??= addSheet('candidates'));

  const names = () => columnLetter(locate(candidates, CANDIDATE_COLUMNS).get('name') ?? 1);
  if (newScorecards) writeScorecardsSheet(scorecards, candidates.getRange(`${names()}2:${names()}`), rules);
  const scorecardColumns = newScorecards ? pristinePositions(SCORECARD_COLUMNS) : restoreColumns(scorecards, SCORECARD_COLUMNS, restored);
  const context = (positions: ReadonlyMap<string, number>): CandidateFormulaContext => ({
    candidates: (key) => columnLetter(positions.get(key)!),
    scorecardsSheet: scorecards.getName(),
    scorecards: (key) => columnLetter(scorecardColumns.get(key)!),
    weights: weightsRangeName(id),
    rateCard: rateCardArgument(spreadsheet),
  });
  if (newCandidates) {
    writeCandidatesSheet(candidates, context(pristinePositions(CANDIDATE_COLUMNS)), rules);
    return restored;
  }
  const candidateColumns = restoreColumns(candidates, CANDIDATE_COLUMNS, restored);
  const ctx = context(candidateColumns);
  const formulas = rewriteFormulas(candidates, CANDIDATE_COLUMNS, candidateColumns, (c) => candidateHeaderCell(c, candidateColumns, ctx));
  if (!newScorecards)
    formulas.push(...rewriteFormulas(scorecards, SCORECARD_COLUMNS, scorecardColumns, (c) => scorecardHeaderCell(c, scorecardColumns)));
  if (formulas.length) restored.push(`the formulas of ${formulas.map((h) => `"${h}"`).join(', ')}`);
  restoreValidations(candidates, CANDIDATE_COLUMNS, candidateColumns, (c) =>
    c.key === 'name' ? nameRule(rules, candidateColumns) : candidateRule(rules, c, candidateColumns),
  );
  if (!newScorecards) {
    const nameRange = candidates.getRange(`${columnLetter(candidateColumns.get('name')!)}2:${columnLetter(candidateColumns.get('name')!)}`);
    restoreValidations(scorecards, SCORECARD_COLUMNS, scorecardColumns, (c) => scorecardRule(nameRange, rules, c));
  }
  return restored;
}

const locate = (sheet: Sheet, layout: readonly Column[]) =>
  locateColumns(sheet, layout, sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0]);

/**
 * Every column of the layout, found or added back (at the table's right end, with its header),
 * each tagged with its metadata. Answers where each column is now.
 */
function restoreColumns(sheet: Sheet, layout: readonly Column[], restored: string[]): Map<string, number> {
  const positions = locate(sheet, layout);
  const tagged = new Set(
    sheet
      .createDeveloperMetadataFinder()
      .withKey(COLUMN_METADATA_KEY)
      .find()
      .map((m) => m.getValue()),
  );
  const untagged = new Map([...positions].filter(([key]) => !tagged.has(key)));
  const missing = layout.filter((c) => !positions.has(c.key));
  if (missing.length) {
    let last = Math.max(0, ...positions.values());
    makeRoom(sheet, last + missing.length);
    for (const column of missing) {
      last += 1;
      if (
        sheet
          .getRange(1, last, sheet.getMaxRows(), 1)
          .getValues()
          .some((r) => r[0] !== '')
      ) {
        sheet.insertColumnBefore(last); // never over a column that holds anything
        for (const [key, at] of positions) if (at >= last) positions.set(key, at + 1);
      }
      sheet.getRange(1, last).setValue(column.header).setFontWeight('bold');
      if (column.numberFormat) sheet.getRange(2, last, sheet.getMaxRows() - 1, 1).setNumberFormat(column.numberFormat);
      positions.set(column.key, last);
      untagged.set(column.key, last);
      restored.push(`the "${column.header}" column of "${sheet.getName()}"`);
    }
  }
  tagColumns(sheet, untagged);
  return positions;
}

/** Writes each computed column's header formula where it differs from what it should be; answers their headers. */
function rewriteFormulas(
  sheet: Sheet,
  layout: readonly Column[],
  positions: ReadonlyMap<string, number>,
  cell: (c: Column) => string,
): string[] {
  const changed: string[] = [];
  for (const column of layout.filter((c) => c.formula)) {
    const header = sheet.getRange(1, positions.get(column.key)!);
    const formula = cell(column);
    if (sameFormula(header.getFormula(), formula)) continue;
    header.setFormula(formula);
    changed.push(column.header);
  }
  return changed;
}

/** Sheets may drop the quotes around a plain sheet name when it rewrites a formula. */
const sameFormula = (a: string, b: string) => {
  const plain = (f: string) => f.replace(/'([A-Za-z_][A-Za-z0-9_]*)'!/g, '$1!');
  return plain(a) === plain(b);
};

/** Sets each typed column's rule on its rows below the header (values stay as they are). */
function restoreValidations(
  sheet: Sheet,
  layout: readonly Column[],
  positions: ReadonlyMap<string, number>,
  rule: (c: Column) => GoogleAppsScript.Spreadsheet.DataValidation | null,
): void {
  const rows = sheet.getMaxRows() - 1;
  for (const column of layout) {
    const wanted = rule(column);
    if (wanted) sheet.getRange(2, positions.get(column.key)!, rows, 1).setDataValidation(wanted);
  }
}
