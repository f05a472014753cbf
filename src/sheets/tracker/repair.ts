// "Repair tracker": puts back what edits took from a tracker (a deleted sheet, a deleted or
// renamed column, the weights' named range, a broken formula, a cleared dropdown, the frozen
// header after rows were inserted above it, a deleted header row: header-repair.ts, a sorted,
// shortened or lengthened weights block: weights-repair.ts) without touching a value people typed:
// it writes only header cells, formulas, validations, metadata, frozen rows, new sheets, columns
// or header rows, and the weights block in question order with each question's typed weight. What
// it must not fix itself it reports: a value typed where a computed column's formula writes blocks
// that column (#REF!), rows of data a sort left above the header, and moving or deleting what a
// person typed is theirs to do, so Repair names each such cell and what it holds. Call it under
// the document lock.
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
import { COLUMN_METADATA_KEY, columnAt, tagColumns, type ColumnMap } from './columns';
import { CANDIDATE_COLUMNS, FIRST_ROWS, SCORECARD_COLUMNS, SHEET_TITLES, type Column } from './layout';
import { WEIGHTS_COLUMN, WEIGHTS_FIRST_ROW, writeRulesSheet } from './rules-sheet';
import { scorecardNote, scorecardPlan, scorecardRule, writeScorecardsSheet } from './scorecards-sheet';
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
import { blockedColumns, describeBlocked, readTable, type Table } from './tracker-reads';
import { restoreHeader } from './header-repair';
import { forgetSheetMetadata } from './metadata-cache';
import { locateTable, tagHeaderRow } from './structure';
import { repairWeightsBlock } from './weights-repair';
import { firstTaggedWeightRow } from './weights-structure';

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
  forgetSheetMetadata(); // Repair changes structure: what an earlier read of this execution saw may be gone
  const parts = findTrackers(spreadsheet).get(id);
  if (!parts) throw new Error(`Tracker ${id} is no longer in this spreadsheet. Run DevRate > Repair tracker again.`);
  const restored: string[] = [];
  const rules = validationRules();
  const blocked: string[] = [];
  const addSheet = (part: TrackerPart) => {
    const sheet = spreadsheet.insertSheet(uniqueSheetName(spreadsheet, SHEET_TITLES[part]));
    if (part === 'candidates' || part === 'scorecards') {
      sheet.deleteRows(FIRST_ROWS + 2, sheet.getMaxRows() - FIRST_ROWS - 1);
      tagHeaderRow(sheet, 1);
    }
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
    let weights = spreadsheet.getRangeByName(weightsRangeName(id));
    if (!weights) {
      const count = hiring.questions.length;
      const first = firstTaggedWeightRow(parts.rules) ?? WEIGHTS_FIRST_ROW; // where the weights went, when rows moved them
      spreadsheet.setNamedRange(weightsRangeName(id), (weights = parts.rules.getRange(first, WEIGHTS_COLUMN, count, 1)));
      restored.push(`the scoring weights' named range ${weightsRangeName(id)}`);
    }
    const repaired = repairWeightsBlock(weights, restored);
    if (repaired !== weights) spreadsheet.setNamedRange(weightsRangeName(id), repaired);
    if (!spreadsheet.getRangeByName(evidenceRangeName(id))) restoreEvidenceSetting(spreadsheet, parts.rules, id, restored);
  }
  if (!parts.checklist) writeChecklistSheet((parts.checklist = addSheet('checklist')));
  const newScorecards = !parts.scorecards;
  const scorecards = (parts.scorecards ??= addSheet('scorecards'));
  const newCandidates = !parts.candidates;
  const candidates = (parts.candidates ??= addSheet('candidates'));

  // Where each table's header row is (row 1, unless people inserted rows above it), put back first:
  // a header row inserted again moves the rows below it.
  const candidatesHeader = newCandidates ? 1 : restoreHeader(candidates, CANDIDATE_COLUMNS, new Map(), restored, blocked).headerRow;
  const scorecardsHeader = newScorecards ? 1 : restoreHeader(scorecards, SCORECARD_COLUMNS, scorecardNotes(), restored, blocked).headerRow;
  const nameRange = () => {
    const names = columnLetter(surveyOf(candidates, CANDIDATE_COLUMNS).columns.get('name') ?? 1);
    return candidates.getRange(`${names}${candidatesHeader + 1}:${names}`);
  };
  if (newScorecards) writeScorecardsSheet(scorecards, nameRange(), rules);
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
  }
  if (!newScorecards) {
    const names = nameRange();
    restoreValidations(scorecards, SCORECARD_COLUMNS, scorecardColumns, scorecardsHeader, (c) =>
      scorecardRule({ rules, candidateNames: names }, c),
    );
  }
  // Last, on the sheets as repaired: what people typed into a computed column's way, and the debrief.
  for (const [sheet, layout] of [
    [candidates, CANDIDATE_COLUMNS],
    [scorecards, SCORECARD_COLUMNS],
  ] as const) {
    const table = readTableIfSound(sheet, layout); // rows left above the header were reported above
    if (table) blocked.push(...blockedColumns(table).map((b) => describeBlocked(b, sheet.getName())));
  }
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
  const { header, columns } = locateTable(sheet, layout, sheet.getDataRange().getValues());
  return { headerRow: header.index + 1, columns };
}

/** The table read as actions read it, or null while its structure is still damaged (reported). */
function readTableIfSound(sheet: Sheet, layout: readonly Column[]): Table | null {
  try {
    return readTable(sheet, layout, [], '');
  } catch {
    return null;
  }
}

/** The Scorecards header's notes (the rubric on each question), as the sheet is written with them. */
const scorecardNotes = () => new Map(SCORECARD_COLUMNS.flatMap((c) => (scorecardNote(c) ? [[c.key, scorecardNote(c)] as const] : [])));

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
