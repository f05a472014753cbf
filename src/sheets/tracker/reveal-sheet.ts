// The tracker's side of sealed scoring (issue 12): reading panels and reveal records from the
// Candidates sheet, appending sealed rows, and writing revealed scorecards into them. Columns are
// found as every tracker column is (columns.ts); new rows only ever go into entirely empty rows
// (tracker-reads.ts). Call the writers under the document lock.
import { sameName } from '../../domain/scoring/interviewer';
import { panelSubmittedText, parsePanel, type RevealRecord } from '../../domain/scoring/panel';
import type { RevealSheet } from '../../server/sealed/reveal';
import { asText, cellText } from '../cell-text';
import { CANDIDATE_COLUMNS } from './layout';
import { SEALED, SEALED_CELLS, scorecardValues, sealedRow, type ScorecardCells } from './scorecard-rows';
import { blockedColumns, blockedColumnsError, readScorecards, readTable, writeCells, writeRow, type Table } from './tracker-reads';
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
  panel: string[];
  revealed: RevealRecord | null;
  rateCheck: string;
  /** Where the Candidates columns were when it was read. */
  table: Pick<Table, 'sheet' | 'columns'>;
}

/**
 * Every candidate with their panel, reveal record and rate check: one read; refuses when a column
 * it needs is gone, or when a computed column it reads (computed) is blocked by something typed in it.
 */
export function readCandidateDetails(
  tracker: OpenTracker<'candidates'>,
  outcome: string,
  required: readonly string[] = SEALING_READ,
  computed: readonly string[] = [],
): CandidateDetails[] {
  const table = readTable(tracker.candidates, CANDIDATE_COLUMNS, required, outcome);
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
      panel: parsePanel(panelCell),
      revealed: revealRecordOf(cell),
      rateCheck: text(cell('rate_check')),
      table,
    });
  }
  return details;
}

const cellsOf =
  (table: Pick<Table, 'columns'>, row: readonly unknown[]) =>
  (key: string): unknown => {
    const position = table.columns.get(key);
    return position === undefined ? '' : row[position - 1];
  };

function revealRecordOf(cell: (key: string) => unknown): RevealRecord | null {
  const by = text(cell('revealed_by'));
  if (!by) return null;
  const counted = /^(\d+) of (\d+)$/.exec(text(cell('panel_submitted')));
  return {
    by,
    at: text(cell('revealed_on')),
    panelSubmitted: counted ? Number(counted[1]) : 0,
    panelSize: counted ? Number(counted[2]) : 0,
  };
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

const NOT_SAVED = 'Your scorecard was not saved.';

/** Writes a sealed row into the first entirely empty row of the Scorecards sheet. */
export function appendSealedRow(
  tracker: OpenTracker<'scorecards'>,
  card: Pick<ScorecardCells, 'interviewer' | 'round' | 'date'>,
  candidate: string,
): void {
  writeRow(readScorecards(tracker, NOT_SAVED).table, sealedRow(card, candidate));
}

const NOT_REVEALED = 'Nothing was revealed; the scorecards stay sealed.';

/** The RevealSheet of one candidate row. */
export function revealSheet(tracker: OpenTracker<'candidates' | 'scorecards'>, candidate: CandidateDetails): RevealSheet {
  return {
    check() {
      currentRow(candidate, NOT_REVEALED); // the Scorecards columns are checked by the read before the first write
    },
    writeScorecards(cards) {
      const { table, scorecards } = readScorecards(tracker, NOT_REVEALED);
      let written = 0;
      for (const card of cards) {
        const values = scorecardValues(card, candidate.name);
        const row = scorecards.find((s) => sameName(s.candidate, candidate.name) && sameName(s.interviewer, card.interviewer));
        if (!row) {
          writeRow(table, values); // its row was deleted: a new one, in an empty row
          written++;
        } else if (row.sealed) {
          writeOverSealed(table, row.row, values);
          written++;
        } // a row that no longer says "sealed" was written already
      }
      return written;
    },
    recorded() {
      return revealRecordOf(currentRow(candidate, NOT_REVEALED));
    },
    record(reveal) {
      const values = [reveal.by, reveal.at, panelSubmittedText(reveal)];
      writeCells(candidate.table, candidate.row, Object.fromEntries(REVEAL_RECORD.map((key, i) => [key, asText(values[i])])));
    },
  };
}

/** The cells still saying "sealed", in as few calls as their columns allow; a cell a person typed over stays theirs. */
function writeOverSealed(table: Table, row: number, values: Readonly<Record<string, unknown>>): void {
  const current = cellsOf(table, table.values[row - 1]);
  const keys = SEALED_CELLS.filter((key) => text(current(key)) === SEALED);
  writeCells(table, row, Object.fromEntries(keys.map((key) => [key, values[key]])));
}
