// The tracker's invariant, checked against an oracle: what each candidate's debrief should be,
// computed with the domain's debrief (src/domain/scoring) from the values on the Scorecards and
// Scoring rules sheets as they stand and from the seal store (the authority on reveal and panel),
// never from the Candidates sheet's own figures. Columns are found by their developer metadata
// (the authority on structure), rows below the header row, wherever people moved them.
import { computeDebrief, type ScorecardRecord } from '../../src/domain/scoring/debrief';
import { readMinScored, DEFAULT_MIN_SCORED } from '../../src/domain/scoring/evidence';
import { readWeight } from '../../src/domain/scoring/cells';
import { normalizeName } from '../../src/domain/scoring/interviewer';
import { hiring } from '../../src/domain/dataset';
import type { Weights } from '../../src/domain/scoring/weights';
import type { DebriefView } from '../../src/domain/scoring/api';
import { cellText } from '../../src/sheets/cell-text';
import { COLUMN_METADATA_KEY } from '../../src/sheets/tracker/columns';
import { debriefCells, submittedAfterReveal } from '../../src/sheets/tracker/debrief-sheet';
import { CANDIDATE_COLUMNS, DEBRIEF_COLUMNS, SCORECARD_COLUMNS } from '../../src/sheets/tracker/layout';
import { isSealedRow, scorecardFromRow } from '../../src/sheets/tracker/scorecard-rows';
import { allStates, openSealStore, readCandidate, type CandidateState } from '../../src/server/sealed/seal-store';
import type { Addon } from '../../playground/emulator';
import { call } from './tracker-fixture';
import { partSheet } from './tracker-edits';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A part's table as stored: its columns by metadata (key → 1-based column), the header row, the rows below it. */
export interface StoredTable {
  sheet: Sheet;
  columns: Map<string, number>;
  /** 1-based; 0 when no row holds the name column's header. */
  header: number;
  values: unknown[][];
}

export function storedTable(addon: Addon, part: 'candidates' | 'scorecards'): StoredTable | null {
  const sheet = partSheet(addon, part);
  if (!sheet) return null;
  const columns = new Map<string, number>();
  for (const m of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const column = m.getLocation().getColumn()?.getColumn();
    if (column !== undefined) columns.set(m.getValue() ?? '', column);
  }
  const values = sheet.getDataRange().getValues();
  if (!columns.has(part === 'scorecards' ? 'candidate' : 'name')) return { sheet, columns, header: 0, values };
  // The header row: the one naming most of the layout's columns (a merge may have erased a few titles).
  const titles = new Set((part === 'scorecards' ? SCORECARD_COLUMNS : CANDIDATE_COLUMNS).map((c) => c.header));
  const named = values.map((row) => row.filter((v) => titles.has(cellText(v).trim())).length);
  const most = Math.max(0, ...named);
  const header = most > 0 ? named.indexOf(most) + 1 : 0; // 0: the header row was deleted
  return { sheet, columns, header, values };
}

/** The cell of a table row by column key ('' when the column is gone). */
export const cellOf = (table: StoredTable, row: readonly unknown[], key: string): unknown => {
  const at = table.columns.get(key);
  return at === undefined ? '' : row[at - 1];
};

/**
 * Every row but the header (1-based row numbers with their values): a sort across the header
 * leaves rows above it that are still the table's, and with the header row deleted every row is.
 */
export const bodyRows = (table: StoredTable) =>
  table.values.map((values, i) => ({ row: i + 1, values })).filter(({ row }) => row !== table.header);

/** The scorecards on the sheet, as the domain reads each row; sealed rows marked. */
export function sheetScorecards(addon: Addon): (ScorecardRecord & { sealed: boolean; row: number })[] {
  const table = storedTable(addon, 'scorecards');
  if (!table) return [];
  return bodyRows(table).flatMap(({ row, values }) => {
    const cell = (key: string) => cellOf(table, values, key);
    const record = scorecardFromRow(cell, '');
    return record ? [{ ...record, sealed: isSealedRow(cell), row }] : [];
  });
}

/** What the seal store says of each candidate of tracker 1, by normalized name. */
export function storeStates(addon: Addon): Map<string, CandidateState> {
  return addon.withServices(({ PropertiesService }) => {
    const store = openSealStore(PropertiesService.getDocumentProperties());
    const states = new Map<string, CandidateState>();
    for (const { state } of allStates(store)) states.set(normalizeName(state.candidate), state);
    return states;
  });
}

/** Whether the store still holds a sealed scorecard of this interviewer for this candidate, readable. */
export function sealedInStore(addon: Addon, candidate: string, interviewer: string): boolean {
  return addon.withServices(({ PropertiesService }) => {
    const record = readCandidate(openSealStore(PropertiesService.getDocumentProperties()), 1, candidate);
    return record.sealed.some((s) => s.card !== null && normalizeName(s.submission.name) === normalizeName(interviewer));
  });
}

/**
 * The weights as typed beside each question's name on the Scoring rules sheet (wherever a sort or
 * an inserted row put them), and the evidence setting; or why the domain cannot read them.
 */
function settings(addon: Addon): { weights: Weights; minScored: number } | { unreadable: string } {
  const rules = partSheet(addon, 'rules');
  if (!rules) return { unreadable: 'rules sheet gone' };
  const values = rules.getDataRange().getValues();
  const weights: Weights = {};
  for (const q of hiring.questions) {
    const rows = values.filter((row) => cellText(row[0]).trim() === q.name);
    if (rows.length !== 1) return { unreadable: `${q.name} is on ${rows.length} rows` };
    const read = readWeight(rows[0][1]);
    if (!read.ok) return { unreadable: `weight of ${q.name}` };
    weights[q.id] = read.value;
  }
  const evidence = addon.spreadsheet.getRangeByName('DevRateEvidence');
  const min = evidence ? readMinScored(evidence.getValue()) : ({ ok: true, value: DEFAULT_MIN_SCORED } as const);
  if (!min.ok) return { unreadable: 'evidence setting' };
  return { weights, minScored: min.value };
}

export type Cells = ReturnType<typeof debriefCells>;

/** Each candidate on the Candidates sheet with the debrief cells the domain gives them; null when the rules cannot be read. */
export interface ExpectedDebrief {
  name: string;
  row: number;
  cells: Cells;
  revealed: boolean;
}

export function expectedDebriefs(addon: Addon): ExpectedDebrief[] | null {
  const candidates = storedTable(addon, 'candidates');
  const rules = settings(addon);
  if (!candidates || 'unreadable' in rules) return null;
  const states = storeStates(addon);
  const cards = sheetScorecards(addon).filter((c) => !c.sealed);
  return bodyRows(candidates).flatMap(({ row, values }): ExpectedDebrief[] => {
    const name = cellText(cellOf(candidates, values, 'name')).trim();
    if (!name) return [];
    const state = states.get(normalizeName(name));
    if (!state?.revealed) return [{ name, row, cells: debriefCells(null), revealed: false }];
    // With their rows: a row repeating another counts once, and the debrief names it by its row.
    const own = cards.filter((c) => normalizeName(c.candidate) === normalizeName(name)).map(({ sealed: _s, ...card }) => card);
    const submitted = submittedAfterReveal(
      state.submissions.map((s) => s.name),
      own,
    );
    const debrief = computeDebrief(name, own, rules.weights, { minScored: rules.minScored, panel: state.panel, submitted });
    return [{ name, row, cells: debriefCells(debrief), revealed: true }];
  });
}

/** What a debrief cell shows, as the cells compare: blank for an empty cell, numbers as numbers. */
const shownCell = (v: unknown): unknown => (v === null || v === undefined ? '' : v);

/** The debrief cells a Candidates row shows, for the debrief columns still on the sheet. */
export function shownDebrief(addon: Addon, row: number): Record<string, unknown> {
  const table = storedTable(addon, 'candidates')!;
  const values = table.values[row - 1] ?? [];
  return Object.fromEntries(
    DEBRIEF_COLUMNS.filter((c) => table.columns.has(c.key)).map((c) => [c.key, shownCell(cellOf(table, values, c.key))]),
  );
}

/** An answer of an endpoint: its value, or the message it refused with. */
export type Answer<T> = { value: T } | { refused: string };

export function answer<T>(run: () => T): Answer<T> {
  try {
    return { value: run() };
  } catch (e) {
    return { refused: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A refusal a person can act on: DevRate's own words, not a crash of its code (a TypeError's
 * "Cannot read properties of undefined" names nothing to fix).
 */
export function isWordedRefusal(message: string): boolean {
  return !/TypeError|ReferenceError|RangeError|Cannot read prop|is not a function|undefined|DevRate bug/.test(message);
}

/** What the sidebar shows for a revealed candidate (getDebrief, read only), as debrief cells. */
export function sidebarDebrief(addon: Addon, name: string): Answer<Cells> {
  const got = answer(() => call<DebriefView>(addon, 'getDebrief', { trackerId: 1, candidate: name, interviewer: 'Ben' }).value);
  return 'refused' in got ? got : { value: debriefCells(got.value) };
}

/** Where the debrief on the sheet and in the sidebar breaks the invariant (empty when it holds). */
export function debriefViolations(addon: Addon, checkSheet: boolean, seen: { refused?: boolean; sheetCompared?: boolean } = {}): string[] {
  const expected = expectedDebriefs(addon);
  if (!expected) return [];
  const problems: string[] = [];
  const context = answer(() => call(addon, 'getScoringContext', 1).value);
  let refused = 'refused' in context;
  if ('refused' in context && !isWordedRefusal(context.refused)) problems.push(`getScoringContext failed: ${context.refused}`);
  // A revealed candidate's debrief read without a refusal shows the tracker reads as the refresh
  // reads it (scorecards, candidates, rules): only then must the sheet show the refreshed figures.
  let readable = false;
  for (const { name, cells, revealed } of expected) {
    if (!revealed || refused) continue;
    const sidebar = sidebarDebrief(addon, name);
    if ('refused' in sidebar) {
      refused = true;
      if (!isWordedRefusal(sidebar.refused)) problems.push(`getDebrief of ${name} failed: ${sidebar.refused}`);
      continue;
    }
    readable = true;
    if (JSON.stringify(sidebar.value) !== JSON.stringify(cells))
      problems.push(`getDebrief of ${name}: ${JSON.stringify(sidebar.value)} where the domain gives ${JSON.stringify(cells)}`);
  }
  // A tracker the actions refuse (naming what to fix) is not refreshed: its figures wait for the fix.
  seen.refused = refused;
  if (refused) return problems;
  problems.push(...marketViolations(addon));
  if (!checkSheet || !readable) return problems;
  seen.sheetCompared = true;
  for (const { name, row, cells } of expected) {
    const shown = shownDebrief(addon, row);
    for (const [key, value] of Object.entries(shown))
      if (value !== cells[key])
        problems.push(`${name}'s ${key} on the sheet: ${JSON.stringify(value)} where the domain gives ${JSON.stringify(cells[key])}`);
  }
  return problems;
}

/** What a formula shows when it fails (the code, as getValues gives it). */
const isErrorCode = (v: unknown) => typeof v === 'string' && /^#[A-Z/0!?]+[!?A]?$/.test(v);

/** The computed columns, each with the custom function call its array formula makes for one row, or null where it leaves the row blank. */
const COMPUTED = {
  market: { header: 'Market $/hour', call: (level: unknown, row: RowInputs) => ['DEVRATE', [level, row.region, row.spec, 'mid']] as const },
  rate_check: {
    header: 'Rate check',
    call: (level: unknown, row: RowInputs) =>
      cellText(row.quote) === '' ? null : (['RATECHECK', [row.quote, level, row.region, row.spec]] as const),
  },
} as const;
interface RowInputs {
  region: unknown;
  spec: unknown;
  quote: unknown;
}

/**
 * Market $/hour and Rate check of each candidate row against DEVRATE and RATECHECK of the row's
 * inputs as they stand (each run on its own): a stale figure (a formula pasted over as values,
 * then an input changed) is a violation; an error in the column's header cell (blocked, named)
 * or in the cell is an error.
 */
export function marketViolations(addon: Addon): string[] {
  const table = storedTable(addon, 'candidates');
  if (!table?.header) return [];
  const problems: string[] = [];
  for (const [key, computed] of Object.entries(COMPUTED)) {
    const col = table.columns.get(key);
    if (col === undefined || isErrorCode(table.values[table.header - 1][col - 1])) continue;
    for (const { values } of bodyRows(table)) {
      const name = cellText(cellOf(table, values, 'name')).trim();
      const shown = values[col - 1];
      if (!name || isErrorCode(shown)) continue;
      const level = cellOf(table, values, 'level');
      const years = cellOf(table, values, 'years');
      const inputs = {
        region: cellOf(table, values, 'region'),
        spec: cellOf(table, values, 'spec'),
        quote: cellOf(table, values, 'quote'),
      };
      const call = cellText(level) === '' && cellText(years) === '' ? null : computed.call(cellText(level) === '' ? years : level, inputs);
      let expected: unknown = '';
      if (call) {
        const got = answer(() => addon.customFunction(call[0], [...call[1]]).value);
        if ('refused' in got) {
          problems.push(`${name}'s ${computed.header} shows ${JSON.stringify(shown)} where ${call[0]} fails (${got.refused})`);
          continue;
        }
        expected = got.value;
      }
      const close = typeof shown === 'number' && typeof expected === 'number' && Math.abs(shown - expected) < 1e-9;
      if (shown !== expected && !close)
        problems.push(
          `${name}'s ${computed.header} shows ${JSON.stringify(shown)} where ${call?.[0] ?? 'its formula'} of the row gives ${JSON.stringify(expected)}`,
        );
    }
  }
  return problems;
}
