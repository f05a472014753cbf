// "Repair tracker": puts back what edits took from a tracker (a deleted sheet, a deleted or
// renamed column, the weights' named range, a broken formula, a cleared dropdown, the frozen
// header after rows were inserted above it) without touching a value people typed: it writes only
// header cells, formulas, validations, metadata, frozen rows and new sheets or columns. What it
// must not fix itself it reports: a value typed where a computed column's formula writes blocks
// that column (#REF!), and moving or deleting what a person typed is theirs to do, so Repair names
// each such cell and what it holds. Call it under the document lock.
import { hiring } from '../../domain/dataset';
import { DEFAULT_MIN_SCORED } from '../../domain/scoring/evidence';
import { rateCardArgument } from '../rate-card-range';
import { uniqueSheetName } from '../sheet-names';
import { columnLetter } from '../a1';
import type { CandidateFormulaContext } from './candidate-formulas';
import {
  candidateHeaderCell,
  candidatePlan,
  candidateRule,
  makeRoom,
  nameRule,
  pristinePositions,
  writeCandidatesSheet,
} from './candidates-sheet';
import { writeChecklistSheet } from './checklist-sheet';
import { COLUMN_METADATA_KEY, columnAt, locateColumns, tagColumns, type ColumnMap } from './columns';
import { CANDIDATE_COLUMNS, FIRST_ROWS, SCORECARD_COLUMNS, SHEET_TITLES, type Column } from './layout';
import { WEIGHTS_COLUMN, WEIGHTS_FIRST_ROW, writeRulesSheet } from './rules-sheet';
import { scorecardPlan, scorecardRule, writeScorecardsSheet } from './scorecards-sheet';
import { layColumns, layoutPositions, type TablePlan } from './table-writer';
import { refreshDebrief, type SealsOf } from './debrief-sheet';
import { EVIDENCE_LABEL } from './rules-sheet';
import {
  PART_NAMES,
  evidenceRangeName,
  findTrackers,
  openTracker,
  tagTrackerSheet,
  weightsRangeName,
  type TrackerPart,
} from './tracker-registry';
import { validationRules } from '../validation-rules';
import { blockedColumns, describeBlocked, headerIndex, readTable } from './tracker-reads';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TrackerRepair {
  trackerId: number;
  /** What was put back, in words. */
  restored: string[];
  /** Computed columns that something typed blocks, with the cells in the way, in words: left to people. */
  blocked: string[];
}

/** What was put back, and what people must move, per tracker. */
/** sealsOf: the seal store's view of a tracker's candidates (src/server/sealed), for the debrief Repair writes last. */
export function repairTrackers(spreadsheet: Spreadsheet, sealsOf: (trackerId: number) => SealsOf): TrackerRepair[] {
  const trackers = findTrackers(spreadsheet);
  if (trackers.size === 0) throw new Error('This spreadsheet has no candidate tracker to repair. Use DevRate > Insert candidate tracker.');
  return [...trackers.keys()].sort((a, b) => a - b).map((id) => repairTracker(spreadsheet, id, sealsOf(id)));
}

function repairTracker(spreadsheet: Spreadsheet, id: number, sealsOf: SealsOf): TrackerRepair {
  const parts = findTrackers(spreadsheet).get(id);
  if (!parts) throw new Error(`Tracker ${id} is no longer in this spreadsheet. Run DevRate > Repair tracker again.`);
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
    const settings = writeRulesSheet(parts.rules);
    spreadsheet.setNamedRange(weightsRangeName(id), settings.weights);
    spreadsheet.setNamedRange(evidenceRangeName(id), settings.evidence);
  } else {
    if (!spreadsheet.getRangeByName(weightsRangeName(id))) {
      const count = hiring.questions.length;
      spreadsheet.setNamedRange(weightsRangeName(id), parts.rules.getRange(WEIGHTS_FIRST_ROW, WEIGHTS_COLUMN, count, 1));
      restored.push(`the scoring weights' named range ${weightsRangeName(id)}`);
    }
    if (!spreadsheet.getRangeByName(evidenceRangeName(id))) restoreEvidenceSetting(spreadsheet, parts.rules, id, restored);
  }
  if (!parts.checklist) writeChecklistSheet((parts.checklist = addSheet('checklist')));
  const newScorecards = !parts.scorecards;
  const scorecards = (parts.scorecards ??= addSheet('scorecards'));
  const newCandidates = !parts.candidates;
  const candidates = (parts.candidates ??= addSheet('candidates'));

  // Where each table's header row is: row 1, unless people inserted rows above it.
  const candidatesHeader = newCandidates ? 1 : surveyOf(candidates, CANDIDATE_COLUMNS).headerRow;
  const nameRange = () => {
    const names = columnLetter(surveyOf(candidates, CANDIDATE_COLUMNS).columns.get('name') ?? 1);
    return candidates.getRange(`${names}${candidatesHeader + 1}:${names}`);
  };
  if (newScorecards) writeScorecardsSheet(scorecards, nameRange(), rules);
  const scorecardsHeader = newScorecards ? 1 : surveyOf(scorecards, SCORECARD_COLUMNS).headerRow;
  const scorecardColumns = newScorecards
    ? pristinePositions(SCORECARD_COLUMNS)
    : restoreColumns(scorecards, SCORECARD_COLUMNS, scorecardsHeader, restored, (p) =>
        scorecardPlan(p, scorecardsHeader, nameRange(), rules),
      );
  const context = (positions: ReadonlyMap<string, number>, headerRow: number): CandidateFormulaContext => ({
    candidates: (key) => columnLetter(columnAt(positions, key)),
    rateCard: rateCardArgument(spreadsheet),
    headerRow,
  });
  if (newCandidates) {
    writeCandidatesSheet(candidates, context(pristinePositions(CANDIDATE_COLUMNS), 1), rules);
  } else {
    const candidateColumns = restoreColumns(candidates, CANDIDATE_COLUMNS, candidatesHeader, restored, (p) =>
      candidatePlan(p, candidatesHeader, context(p, candidatesHeader), rules),
    );
    const ctx = context(candidateColumns, candidatesHeader);
    const formulas = rewriteFormulas(candidates, CANDIDATE_COLUMNS, candidateColumns, candidatesHeader, (c) =>
      candidateHeaderCell(c, candidateColumns, ctx),
    );
    if (formulas.length) restored.push(`the formulas of ${formulas.map((h) => `"${h}"`).join(', ')}`);
    const candidateNames = nameRange();
    restoreValidations(candidates, CANDIDATE_COLUMNS, candidateColumns, candidatesHeader, (c) =>
      c.key === 'name' ? nameRule(rules, candidateColumns, candidatesHeader + 1) : candidateRule({ rules, candidateNames }, c),
    );
    refreeze(candidates, candidatesHeader, restored);
  }
  if (!newScorecards) {
    const names = nameRange();
    restoreValidations(scorecards, SCORECARD_COLUMNS, scorecardColumns, scorecardsHeader, (c) =>
      scorecardRule({ rules, candidateNames: names }, c),
    );
    refreeze(scorecards, scorecardsHeader, restored);
  }
  // Last, on the sheets as repaired: what people typed into a computed column's way, and the debrief.
  const blocked = (
    [
      [candidates, CANDIDATE_COLUMNS],
      [scorecards, SCORECARD_COLUMNS],
    ] as const
  ).flatMap(([sheet, layout]) => blockedColumns(readTable(sheet, layout, [], '')).map((b) => describeBlocked(b, sheet.getName())));
  try {
    refreshDebrief(openTracker(spreadsheet, id), '', sealsOf);
  } catch (e) {
    blocked.push(`The debrief could not be written: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { trackerId: id, restored, blocked };
}

/**
 * The evidence setting's cell and named range, below what the Scoring rules sheet holds (a
 * tracker from before the setting, or one whose range was removed): never over a typed cell.
 */
function restoreEvidenceSetting(spreadsheet: Spreadsheet, rules: Sheet, id: number, restored: string[]): void {
  const row = rules.getLastRow() + 2;
  if (row > rules.getMaxRows()) rules.insertRowsAfter(rules.getMaxRows(), row - rules.getMaxRows());
  rules.getRange(row, 1, 1, 2).setValues([[EVIDENCE_LABEL, DEFAULT_MIN_SCORED]]);
  spreadsheet.setNamedRange(evidenceRangeName(id), rules.getRange(row, WEIGHTS_COLUMN));
  restored.push(`the evidence setting "${EVIDENCE_LABEL}" (row ${row} of "${rules.getName()}", named ${evidenceRangeName(id)})`);
}

/** A table's header row (1-based) and where its columns are, from one read of the sheet. */
function surveyOf(sheet: Sheet, layout: readonly Column[]): { headerRow: number; columns: Map<string, number> } {
  const values = sheet.getDataRange().getValues();
  const header = headerIndex(values, layout);
  return { headerRow: header + 1, columns: locateColumns(sheet, layout, values[header] ?? []) };
}

/**
 * The header row frozen again when rows were inserted above it (Sheets keeps the frozen count, so
 * the header would sort with the rows below it): the rows above stay as people left them.
 */
function refreeze(sheet: Sheet, headerRow: number, restored: string[]): void {
  if (sheet.getFrozenRows() >= headerRow) return;
  sheet.setFrozenRows(headerRow);
  restored.push(`the frozen header of "${sheet.getName()}" (rows 1 to ${headerRow}, so that sorting leaves its header row in place)`);
}

/**
 * Every column of the layout, found or added back (at the table's right end) and laid down by the
 * table writer as insert lays it (header, note, look, width, hidden state, format, rule, colour
 * rules, protection, metadata tag), so it looks and behaves like a new one; columns found by their
 * header text alone get their metadata tag back. Answers where each column is now.
 */
function restoreColumns<K extends string>(
  sheet: Sheet,
  layout: readonly Column<K>[],
  headerRow: number,
  restored: string[],
  planOf: (positions: ColumnMap<K>) => TablePlan<K>,
): Map<K, number> {
  const positions = layoutPositions(layout, surveyOf(sheet, layout).columns);
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
        for (const [key, at] of untagged) if (at >= last) untagged.set(key, at + 1);
      }
      positions.set(column.key, last);
      restored.push(`the "${column.header}" column of "${sheet.getName()}"`);
    }
    const colours = layColumns(
      sheet,
      planOf(positions),
      missing.map((c) => c.key),
    );
    // Added to the sheet's colour rules, which may hold people's own (get, concat, set: the self-test's value checks run it on real Sheets).
    if (colours.length) sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...colours]);
  }
  tagColumns(sheet, untagged);
  return positions;
}

/** Writes each computed column's header formula where it differs from what it should be; answers their headers. */
function rewriteFormulas(
  sheet: Sheet,
  layout: readonly Column[],
  positions: ReadonlyMap<string, number>,
  headerRow: number,
  cell: (c: Column) => string,
): string[] {
  const changed: string[] = [];
  // A tracker from before the debrief was written as values has formulas in its debrief headers: titles now.
  for (const column of layout.filter((c) => c.debrief)) {
    const header = sheet.getRange(headerRow, columnAt(positions, column.key));
    if (header.getFormula() === '') continue;
    header.setValue(column.header);
    changed.push(column.header);
  }
  for (const column of layout.filter((c) => c.formula)) {
    const header = sheet.getRange(headerRow, columnAt(positions, column.key));
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
  headerRow: number,
  rule: (c: Column) => GoogleAppsScript.Spreadsheet.DataValidation | null,
): void {
  const rows = sheet.getMaxRows() - headerRow;
  for (const column of layout) {
    const wanted = rule(column);
    if (wanted) sheet.getRange(headerRow + 1, columnAt(positions, column.key), rows, 1).setDataValidation(wanted);
  }
}
