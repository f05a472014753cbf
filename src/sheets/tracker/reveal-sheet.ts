// The tracker's side of sealed scoring (issues 12 and 17): finding candidates and their rows,
// writing the views of the seal store (the Panel cell, sealed rows, the reveal record) and putting
// revealed scorecards on the sheet, then reading them back. Nothing here is read as access. Columns are
// found as every tracker column is (columns.ts); new rows only ever go into entirely empty rows
// (tracker-reads.ts). Call the writers under the document lock.
import { sameName } from '../../domain/scoring/interviewer';
import { panelSubmittedText } from '../../domain/scoring/panel';
import type { RevealSheet } from '../../server/sealed/reveal';
import { asText, cellText } from '../cell-text';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, type Column } from './layout';
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import {
  SEALED_CELLS,
  isSealedRow,
  isUntouchedSealedRow,
  scorecardFromRow,
  scorecardValues,
  sealedRow,
  type ScorecardCells,
} from './scorecard-rows';
import {
  FreeRows,
  cellsByKey,
  columnBelow,
  firstDataRow,
  namesMatcher,
  readHead,
  readRows,
  readScorecardsOf,
  rereadScorecardsOf,
  writeFreeRow,
  type CandidateScorecards,
  type TableHead,
} from './targeted-reads';
import {
  SCORECARD_TYPED,
  blockedColumns,
  blockedColumnsError,
  formulaLostColumns,
  formulaLostError,
  readTable,
  requiredColumn,
  writeCells,
  type Table,
} from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

const text = (v: unknown) => cellText(v).trim();

/** The Candidates columns sealed scoring needs; stage and rate check are read when present. */
export const SEALING_READ = ['name', 'panel', 'revealed_by', 'revealed_on', 'panel_submitted'];
const REVEAL_RECORD = ['revealed_by', 'revealed_on', 'panel_submitted'] as const;

export interface CandidateDetails {
  name: string;
  stage: string;
  /** The sheet row (1-based) when it was read. */
  row: number;
  panelCell: string;
  rateCheck: string;
  /** Where the Candidates columns were when it was read. */
  table: Pick<Table, 'sheet' | 'columns'>;
}

/**
 * Every candidate with their Panel cell (a view) and rate check: one read; refuses when a column
 * it needs is gone, or when a computed column it reads (computed) is blocked by something typed in it.
 */
export function readCandidateDetails(
  tracker: OpenTracker<'candidates'>,
  outcome: string,
  required: readonly string[] = SEALING_READ,
  computed: readonly string[] = [],
): CandidateDetails[] {
  const table = readTable(tracker.candidates, CANDIDATE_COLUMNS, required, outcome);
  const lost = formulaLostColumns(table);
  if (lost.length) throw formulaLostError(table, lost, outcome);
  const blocked = computed.length ? blockedColumns(table, computed) : [];
  if (blocked.length) throw blockedColumnsError(table, blocked, outcome);
  const details: CandidateDetails[] = [];
  for (let i = table.header + 1; i < table.values.length; i++) {
    const cell = cellsOf(table, table.values[i]);
    const name = text(cell('name'));
    if (!name) continue;
    const panelCell = text(cell('panel'));
    details.push({
      name,
      stage: text(cell('stage')),
      row: i + 1,
      panelCell,
      rateCheck: text(cell('rate_check')),
      table,
    });
  }
  return details;
}

const cellsOf = cellsByKey;

/**
 * One candidate, as readCandidateDetails would find them (the first row whose name is the same
 * name), reading the header, the name column and their row only; undefined when not there.
 */
export function findCandidateDetails(
  tracker: OpenTracker<'candidates'>,
  name: string,
  outcome: string,
  required: readonly string[] = SEALING_READ,
): CandidateDetails | undefined {
  const head = readHead(tracker.candidates, CANDIDATE_COLUMNS, required, outcome);
  const at = columnBelow(head, 'name').findIndex(namesMatcher(name));
  if (at < 0) return undefined;
  const row = firstDataRow(head) + at;
  const cell = cellsOf(head, readRows(head, [row]).get(row) ?? []);
  return {
    name: text(cell('name')),
    stage: text(cell('stage')),
    row,
    panelCell: text(cell('panel')),
    rateCheck: text(cell('rate_check')),
    table: head,
  };
}

/** A candidate as the sidebar lists them. */
export interface ListedCandidate {
  name: string;
  stage: string;
  row: number;
  panelCell: string;
}

/**
 * Every candidate's name, stage and Panel cell: one call per column, not the whole sheet.
 * Refuses, as readCandidateDetails does, when a required column is gone.
 */
export function listCandidateRows(tracker: OpenTracker<'candidates'>, outcome: string, required: readonly string[]): ListedCandidate[] {
  const head = readHead(tracker.candidates, CANDIDATE_COLUMNS, required, outcome);
  const below = (key: string) => (head.columns.has(key) ? columnBelow(head, key) : []);
  const [names, stages, panels] = [below('name'), below('stage'), below('panel')];
  const listed: ListedCandidate[] = [];
  names.forEach((cell, i) => {
    const name = text(cell);
    if (name) listed.push({ name, stage: text(stages[i]), row: firstDataRow(head) + i, panelCell: text(panels[i]) });
  });
  return listed;
}

/** Checks, reading the header only, that a table has the columns an action needs (refused as a whole-sheet read refuses). */
export function checkColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: readonly Column[],
  required: readonly string[],
  outcome: string,
): void {
  readHead(sheet, layout, required, outcome);
}

/** The candidate's row as it is now; refuses (writing nothing) when someone moved or renamed them since the read. */
function currentRow(candidate: CandidateDetails, outcome: string): (key: string) => unknown {
  const { sheet } = candidate.table;
  const cell = cellsOf(candidate.table, sheet.getRange(candidate.row, 1, 1, sheet.getLastColumn()).getValues()[0]);
  if (!sameName(text(cell('name')), candidate.name)) {
    throw new Error(
      `${candidate.name} is no longer on row ${candidate.row} of "${sheet.getName()}" (the sheet changed meanwhile). Try again. ${outcome}`,
    );
  }
  return cell;
}

/** Writes the Panel cell as text ('' clears it). */
export function writePanel(candidate: CandidateDetails, panel: string): void {
  currentRow(candidate, 'The panel was not changed.');
  writeCells(candidate.table, candidate.row, { panel: panel ? asText(panel) : '' });
}

/** Writes a sealed row into the first entirely empty row of the Scorecards sheet (head and free rows: read before the store was written). */
export function appendSealedRow(
  head: TableHead,
  free: FreeRows,
  card: Pick<ScorecardCells, 'interviewer' | 'round' | 'date'>,
  candidate: string,
): void {
  writeFreeRow(head, free, sealedRow(card, candidate));
}

const NOT_REVEALED = 'Nothing was revealed; the scorecards stay sealed.';

/** A RevealSheet that, once the reveal is done, answers the candidate's scorecard rows. */
export interface CandidateRevealSheet extends RevealSheet {
  /**
   * The candidate's scorecards as they are after place (dates as shown): their rows found in the
   * candidate column place read and among the rows it wrote, so the column is read once per reveal.
   */
  scorecardsAfter(outcome: string): CandidateScorecards;
}

/** The RevealSheet of one candidate row. */
export function revealSheet(tracker: OpenTracker<'candidates' | 'scorecards'>, candidate: CandidateDetails): CandidateRevealSheet {
  let placed: { earlier: CandidateScorecards; rows: number[] } | undefined;
  return {
    check() {
      currentRow(candidate, NOT_REVEALED); // the Scorecards columns are checked by the read before the first write
    },
    place(cards) {
      const earlier = readScorecardsOf(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, candidate.name, NOT_REVEALED);
      const { head, naming, values } = earlier;
      const free = new FreeRows(head, naming);
      const rows: number[] = [];
      let written = 0;
      for (const card of cards) {
        const theirs = rowsOf(head, values, card.interviewer);
        const there = theirs.find((r) => holds(r.cell, card));
        if (there) {
          rows.push(there.row); // a reveal cut short wrote it already
          continue;
        }
        const cells = scorecardValues(card, candidate.name);
        const sealed = theirs.find((r) => isUntouchedSealedRow(r.cell));
        if (sealed) {
          writeCells(head, sealed.row, Object.fromEntries(SEALED_CELLS.map((key) => [key, cells[key]])));
          rows.push(sealed.row);
        } else {
          // Its sealed row is gone or someone typed in it: what they typed stays, the scorecard gets a row of its own.
          const row = writeFreeRow(head, free, cells);
          const typedOver = theirs.find((r) => isSealedRow(r.cell));
          if (typedOver) noteTypedOver(head, typedOver.row, row, card.interviewer);
          rows.push(row);
        }
        written++;
      }
      placed = { earlier, rows };
      return { written, rows };
    },
    scorecardsAfter(outcome) {
      return placed
        ? rereadScorecardsOf(placed.earlier, placed.rows, SCORECARD_TYPED, candidate.name, outcome, true)
        : readScorecardsOf(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, candidate.name, outcome, true);
    },
    confirm(cards, rows) {
      // The columns found again (someone may have moved one since the write), then the rows written.
      const head = readHead(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, NOT_REVEALED);
      const values = readRows(head, rows);
      cards.forEach((card, i) => {
        if (!holds(cellsOf(head, values.get(rows[i]) ?? []), card)) {
          throw new Error(
            `${card.interviewer}'s scorecard for ${candidate.name} did not read back from row ${rows[i]} of "${head.sheet.getName()}" as it was written (someone may be editing that row). ${NOT_REVEALED} Try again.`,
          );
        }
      });
    },
    record(reveal) {
      const values = [reveal.by, reveal.at, panelSubmittedText(reveal)];
      writeCells(candidate.table, candidate.row, Object.fromEntries(REVEAL_RECORD.map((key, i) => [key, asText(values[i])])));
    },
  };
}

/** The candidate's rows (values: theirs, read by row) by this interviewer, top first, with their cells by column key. */
function rowsOf(head: TableHead, values: ReadonlyMap<number, unknown[]>, interviewer: string) {
  const found: { row: number; cell: (key: string) => unknown }[] = [];
  for (const [row, cells] of [...values].sort((a, b) => a[0] - b[0])) {
    const cell = cellsOf(head, cells);
    if (sameName(text(cell('interviewer')), interviewer)) found.push({ row, cell });
  }
  return found;
}

/** Whether a row holds the scorecard (its date aside, which the sheet shows in its own format). */
function holds(cell: (key: string) => unknown, card: ScorecardRecord): boolean {
  const onSheet = scorecardFromRow(cell, card.date);
  if (!onSheet) return false;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    sameName(onSheet.interviewer, card.interviewer) &&
    onSheet.round === card.round &&
    onSheet.vote === card.vote &&
    onSheet.notes === card.notes.trim() &&
    same([...onSheet.redFlags].sort(), [...card.redFlags].sort()) &&
    Object.keys(onSheet.scores).every((id) => (onSheet.scores[id] ?? null) === (card.scores[id] ?? null))
  );
}

/** Notes on both rows, so whoever typed over a sealed row finds where the scorecard went. */
function noteTypedOver(table: Pick<Table, 'sheet' | 'columns'>, typedRow: number, newRow: number, interviewer: string): void {
  const at = requiredColumn(table, 'interviewer');
  table.sheet
    .getRange(typedRow, at)
    .setNote(
      `Someone typed in this sealed row before the reveal. DevRate kept what was typed; ${interviewer}'s scorecard as submitted is in row ${newRow}.`,
    );
  table.sheet
    .getRange(newRow, at)
    .setNote(
      `${interviewer}'s scorecard as submitted, revealed from DevRate's seal store: row ${typedRow}, where it was sealed, had been typed in (kept as typed).`,
    );
}
