// The weights block on Scoring rules, found by its named range (its extent: DevRateWeights covers
// one row per question) and by developer metadata on each weight row (key devrate.weight, value
// the question's id). A sort, a row inserted inside the block or deleted from it, or a question's
// label typed over would otherwise give a question another's weight without a word: each is damage
// every action refuses (openTracker) and Repair rewrites in question order, each question keeping
// the weight typed for it.
import { hiring } from '../../domain/dataset';
import { cellText } from '../cell-text';
import { REPAIR_HINT } from './structure';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const WEIGHT_METADATA_KEY = 'devrate.weight';
const questions = hiring.questions;

export interface WeightRow {
  /** The row on the sheet (1-based). */
  row: number;
  label: unknown;
  weight: unknown;
  /** The question id its metadata names, if it has any. */
  tag?: string;
  /** The question the row holds the weight of, if any can tell (see identify). */
  question?: string;
}

export interface WeightsSurvey {
  sheet: Sheet;
  /** The block's first row and its rows, as the named range covers them now. */
  first: number;
  rows: WeightRow[];
  /** Whether any weight row carries metadata (a tracker from before it has none: labels tell then); false when not read. */
  tagged: boolean;
}

/** A label as compared: case, outer and repeated spaces aside. */
export const labelText = (v: unknown) => cellText(v).trim().replace(/\s+/g, ' ').toLowerCase();
const questionNamed = (label: unknown) => questions.find((q) => labelText(q.name) === labelText(label));

/**
 * The weights block as the named range covers it: its rows' labels and weights, and the rows'
 * metadata when it is needed (withTags: always; else only when a label is not its question's, in
 * order: rows whose labels all read right tell nothing more, and each tag costs four calls).
 */
export function surveyWeights(range: Range, withTags = false): WeightsSurvey {
  const sheet = range.getSheet();
  const first = range.getRow();
  const values: unknown[][] = sheet.getRange(first, 1, range.getNumRows(), 2).getValues();
  const inOrder = values.length === questions.length && values.every((cells, i) => labelText(cells[0]) === labelText(questions[i].name));
  const tags = withTags || !inOrder ? weightTags(sheet) : new Map<number, string>();
  const rows: WeightRow[] = values.map((cells, i) => ({ row: first + i, label: cells[0], weight: cells[1], tag: tags.get(first + i) }));
  identify(rows);
  return { sheet, first, rows, tagged: tags.size > 0 };
}

/** The first weight row by its tag (where the block starts when its named range is gone), if any row is tagged. */
export function firstTaggedWeightRow(sheet: Sheet): number | undefined {
  const rows = [...weightTags(sheet).keys()];
  return rows.length ? Math.min(...rows) : undefined;
}

/** Each tagged row's question id, by row. */
function weightTags(sheet: Sheet): Map<number, string> {
  const tags = new Map<number, string>();
  for (const m of sheet.createDeveloperMetadataFinder().withKey(WEIGHT_METADATA_KEY).find()) {
    const row = m.getLocation().getRow()?.getRow();
    if (row !== undefined) tags.set(row, m.getValue() ?? '');
  }
  return tags;
}

/**
 * Which question each row holds the weight of. The label travels with its weight when rows are
 * sorted, whatever Sheets does with row metadata then (unconfirmed: playground/emulator/README.md),
 * so a label naming one question once in the block says; else the row's metadata does (a label
 * typed over, or a question's name typed twice).
 */
function identify(rows: WeightRow[]): void {
  const named = rows.map((r) => questionNamed(r.label)?.id);
  for (const [i, r] of rows.entries()) {
    const byLabel = named[i];
    const once = byLabel !== undefined && named.filter((id) => id === byLabel).length === 1;
    r.question = once ? byLabel : questions.some((q) => q.id === r.tag) ? r.tag : undefined;
  }
}

const nameOf = (id: string | undefined) => questions.find((q) => q.id === id)?.name ?? '';

/** What is wrong with the block, in words, or null when each question's row is where it belongs. */
export function weightsDamage(survey: WeightsSurvey): string | null {
  const where = `on "${survey.sheet.getName()}"`;
  const { rows } = survey;
  const seen = new Set<string>();
  const extra = rows.filter((r) => r.question === undefined || seen.has(r.question) || !seen.add(r.question));
  const missing = questions.filter((q) => !rows.some((r) => r.question === q.id));
  const fix = `${REPAIR_HINT} to put each question's weight back in its row.`;
  if (extra.length) {
    const which = extra.map((r) => `row ${r.row}${cellText(r.label).trim() ? ` ("${cellText(r.label).trim()}")` : ''}`).join(', ');
    return `The scoring weights ${where} have ${rows.length} rows where there should be ${questions.length}, one per question: ${which} belongs to none (a row inserted inside them, or a question's name typed over). ${fix}`;
  }
  if (missing.length) {
    const which = missing.map((q) => `"${q.name}"`).join(', ');
    return `The scoring weights ${where} have no row for ${which} any more (a row deleted from them). ${fix}`;
  }
  const moved = rows.find((r, i) => r.question !== questions[i].id);
  if (moved) {
    return `The scoring weights ${where} are out of question order (sorted?): row ${moved.row} holds the weight of "${nameOf(moved.question)}". ${fix}`;
  }
  const retyped = rows.find((r, i) => labelText(r.label) !== labelText(questions[i].name) || (survey.tagged && r.tag !== questions[i].id));
  if (retyped) {
    const label = cellText(retyped.label).trim();
    return `The question in row ${retyped.row} of the scoring weights ${where} reads "${label}" where DevRate wrote "${nameOf(retyped.question)}" (typed over, or the sheet sorted). ${fix}`;
  }
  return null;
}

/** The refusal for an action on a tracker whose weights block is damaged, or nothing. */
export function checkWeightsBlock(range: Range | null, outcome: string): void {
  if (!range) return; // the named range gone: readWeights refuses where weights are read
  const damage = weightsDamage(surveyWeights(range));
  if (damage) throw new Error(`${damage} ${outcome}`);
}

/**
 * Tags each weight row with its question id (whole rows in A1, as Sheets requires), after removing
 * the old tags (none on a sheet just written: fresh).
 */
export function tagWeightRows(sheet: Sheet, first: number, fresh = false): void {
  if (!fresh) for (const m of sheet.createDeveloperMetadataFinder().withKey(WEIGHT_METADATA_KEY).find()) m.remove();
  const ranges = sheet.getRangeList(questions.map((_, i) => `${first + i}:${first + i}`)).getRanges();
  questions.forEach((q, i) => ranges[i].addDeveloperMetadata(WEIGHT_METADATA_KEY, q.id));
}
