// The model the tracker's fuzz keeps beside the emulated spreadsheet (tracker-fuzz.ts applies the
// steps): the notes people typed and the scorecards submitted, what a person's own edit takes
// away from them, and the invariant checked after every step against the oracle (tracker-oracle.ts):
// every debrief figure on Candidates and in the sidebar is the domain's debrief of the rows, or
// the tracker refuses naming what to fix; nothing a person typed changed except where they typed;
// every submitted scorecard is on the sheet or still sealed in the store.
import { normalizeName } from '../../src/domain/scoring/interviewer';
import { cellText } from '../../src/sheets/cell-text';
import { InvalidInput } from '../../playground/emulator/user-edit';
import type { Addon } from '../../playground/emulator';
import { partSheet, seededTracker } from './tracker-edits';
import { INTERVIEWERS, type Interviewer, type TablePart } from './tracker-fuzz-steps';
import {
  answer,
  bodyRows,
  cellOf,
  debriefViolations,
  isWordedRefusal,
  sealedInStore,
  sheetScorecards,
  storedTable,
} from './tracker-oracle';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const inside = (r: Rect, row: number, col: number) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
/** The item at a fraction of n (a step's position in a table of any size). */
export const index = (at: number, n: number) => Math.min(n - 1, Math.floor(at * n));

/** A seeded tracker and what the fuzz knows of it; the invariant checked after each step. */
export class TrackerModel {
  readonly addon: Addon = seededTracker();
  /** Notes people typed (each unique), by the part whose sheet must keep them. */
  protected readonly markers = new Map<string, TablePart>();
  /** Scorecards submitted and not since removed by a person: on the sheet or sealed in the store. */
  protected cards: { candidate: string; interviewer: string }[] = [
    { candidate: 'Ana', interviewer: 'Ben' },
    { candidate: 'Ana', interviewer: 'Cleo' },
    { candidate: 'Bo', interviewer: 'Ben' },
  ];
  /** A structural edit changed what the debrief reads without an onEdit: the sheet waits for the next refresh. */
  protected stale = false;
  protected problems: string[] = [];
  protected counter = 0;
  steps = 0;
  /** Actions refused, reveals; checks where the tracker refused, and where the sheet's figures were compared. */
  readonly outcomes = { refusals: 0, revealed: 0, trackerRefused: 0, sheetCompared: 0 };

  protected sheet(part: TablePart | 'rules'): Sheet {
    return partSheet(this.addon, part)!;
  }

  /** Body rows holding anything (1-based). */
  protected usedRows(part: TablePart): number[] {
    const table = storedTable(this.addon, part)!;
    return bodyRows(table)
      .filter(({ values }) => values.some((v) => v !== '' && v !== false))
      .map(({ row }) => row);
  }

  protected rowAt(part: TablePart, at: number): number | undefined {
    const rows = this.usedRows(part);
    return rows.length ? rows[index(at, rows.length)] : undefined;
  }

  protected columnAt(part: TablePart, at: number): number {
    return 1 + index(at, this.sheet(part).getLastColumn());
  }

  /** Candidates' names and rows on the sheet. */
  protected candidates(): { name: string; row: number }[] {
    const table = storedTable(this.addon, 'candidates')!;
    return bodyRows(table)
      .map(({ row, values }) => ({ row, name: cellText(cellOf(table, values, 'name')).trim() }))
      .filter((c) => c.name);
  }

  /** What a person's edit of these cells takes away: the notes there and the scorecards named there. */
  protected forget(part: TablePart, rect: Rect, keepTopLeft = false): void {
    const sheet = this.sheet(part);
    const values = sheet.getDataRange().getValues();
    const gone = (row: number, col: number) => inside(rect, row, col) && !(keepTopLeft && row === rect.row && col === rect.col);
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (typeof v === 'string' && this.markers.get(v) === part && gone(r + 1, c + 1)) this.markers.delete(v);
      }),
    );
    if (part !== 'scorecards') return;
    const table = storedTable(this.addon, 'scorecards')!;
    const identity = ['candidate', 'interviewer'].map((k) => table.columns.get(k));
    for (const card of sheetScorecards(this.addon))
      if (!card.sealed && identity.some((col) => col !== undefined && gone(card.row, col)))
        this.cards = this.cards.filter(
          (c) =>
            !(
              normalizeName(c.candidate) === normalizeName(card.candidate) &&
              normalizeName(c.interviewer) === normalizeName(card.interviewer)
            ),
        );
  }

  protected marker(part: TablePart): string {
    const marker = `${part} note ${++this.counter}`;
    this.markers.set(marker, part);
    return marker;
  }

  /** A person types into one cell (onEdit runs); a value the cell's dropdown refuses is not entered. */
  protected type(part: TablePart, row: number, col: number, value: string | number, expect = true): void {
    this.forget(part, { row, col, numRows: 1, numCols: 1 });
    const sheet = this.sheet(part);
    try {
      this.addon.edit(sheet.getName(), sheet.getRange(row, col).getA1Notation(), value);
    } catch (e) {
      if (!(e instanceof InvalidInput)) throw e;
      if (typeof value === 'string') this.markers.delete(value);
      return;
    }
    if (!expect && typeof value === 'string') this.markers.delete(value);
    this.stale = false;
  }

  /** An endpoint or menu item as the sidebar (or a person) calls it; a refusal must be worded. */
  protected act(what: string, run: () => unknown): boolean {
    const got = answer(run);
    if (!('refused' in got)) return true;
    this.outcomes.refusals++;
    if (!isWordedRefusal(got.refused)) this.problems.push(`${what} failed: ${got.refused}`);
    return false;
  }

  protected endpoint(name: string, payload: unknown, who: Interviewer = 'Ben'): boolean {
    return this.act(name, () => this.addon.run(name, [payload], { fromClient: true, user: INTERVIEWERS[who] }));
  }

  /** What is wrong after the last step (empty when the invariant holds). */
  check(): string[] {
    this.steps++;
    const seen: { refused?: boolean; sheetCompared?: boolean } = {};
    const problems = [...this.problems, ...debriefViolations(this.addon, !this.stale, seen)];
    if (seen.refused) this.outcomes.trackerRefused++;
    if (seen.sheetCompared) this.outcomes.sheetCompared++;
    this.problems = [];
    for (const [marker, part] of this.markers) {
      const values = this.sheet(part).getDataRange().getValues();
      if (!values.some((row) => row.includes(marker))) problems.push(`"${marker}", typed on the ${part} sheet, is gone`);
    }
    const onSheet = sheetScorecards(this.addon).filter((c) => !c.sealed);
    for (const { candidate, interviewer } of this.cards) {
      const same = (a: string, b: string) => normalizeName(a) === normalizeName(b);
      if (
        !onSheet.some((c) => same(c.candidate, candidate) && same(c.interviewer, interviewer)) &&
        !sealedInStore(this.addon, candidate, interviewer)
      )
        problems.push(`${interviewer}'s scorecard of ${candidate} is neither on the sheet nor sealed in the store`);
    }
    return problems;
  }
}
