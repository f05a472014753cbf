// The tracker's model-based fuzz: random sequences of a team's edits and the tracker's actions
// (tracker-fuzz-steps.ts), each step checked against the oracle (tracker-oracle.ts): every debrief
// figure on Candidates and in the sidebar is the domain's debrief of the rows, or the tracker
// refuses naming what to fix; nothing a person typed changed except where they typed; every
// submitted scorecard is on the sheet or still sealed in the store.
import { VOTES } from '../../src/domain/scoring/votes';
import { normalizeName } from '../../src/domain/scoring/interviewer';
import { panelText } from '../../src/domain/scoring/panel';
import { LEVELS, REGIONS, SPECS } from '../../src/domain/terms';
import { cellText } from '../../src/sheets/cell-text';
import { scoreKey } from '../../src/sheets/tracker/layout';
import { hiring } from '../../src/domain/dataset';
import { InvalidInput } from '../../playground/emulator/user-edit';
import type { Addon } from '../../playground/emulator';
import { PEOPLES_HEADER, partSheet, seededTracker } from './tracker-edits';
import { scorecard } from './tracker-fixture';
import { COMPUTED_COLUMNS, INTERVIEWERS, NOTE_COLUMNS, waiting, type Interviewer, type Step, type TablePart } from './tracker-fuzz-steps';
import {
  answer,
  bodyRows,
  cellOf,
  debriefViolations,
  isWordedRefusal,
  sealedInStore,
  sheetScorecards,
  storeStates,
  storedTable,
} from './tracker-oracle';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const inside = (r: Rect, row: number, col: number) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
const index = (at: number, n: number) => Math.min(n - 1, Math.floor(at * n));

/** A seeded tracker, steps applied one by one, the invariant checked after each. */
export class TrackerRun {
  readonly addon: Addon = seededTracker();
  /** Notes people typed (each unique), by the part whose sheet must keep them. */
  private readonly markers = new Map<string, TablePart>();
  /** Scorecards submitted and not since removed by a person: on the sheet or sealed in the store. */
  private cards: { candidate: string; interviewer: string }[] = [
    { candidate: 'Ana', interviewer: 'Ben' },
    { candidate: 'Ana', interviewer: 'Cleo' },
    { candidate: 'Bo', interviewer: 'Ben' },
  ];
  /** A structural edit changed what the debrief reads without an onEdit: the sheet waits for the next refresh. */
  private stale = false;
  private problems: string[] = [];
  private counter = 0;
  steps = 0;
  /** Steps skipped (waiting for a feature), actions refused, reveals; checks where the tracker refused, and where the sheet's figures were compared. */
  readonly outcomes = { skipped: 0, refusals: 0, revealed: 0, trackerRefused: 0, sheetCompared: 0 };

  private sheet(part: TablePart | 'rules'): Sheet {
    return partSheet(this.addon, part)!;
  }

  /** Body rows holding anything (1-based). */
  private usedRows(part: TablePart): number[] {
    const table = storedTable(this.addon, part)!;
    return bodyRows(table)
      .filter(({ values }) => values.some((v) => v !== '' && v !== false))
      .map(({ row }) => row);
  }

  private rowAt(part: TablePart, at: number): number | undefined {
    const rows = this.usedRows(part);
    return rows.length ? rows[index(at, rows.length)] : undefined;
  }

  private columnAt(part: TablePart, at: number): number {
    return 1 + index(at, this.sheet(part).getLastColumn());
  }

  /** Candidates' names and rows on the sheet. */
  private candidates(): { name: string; row: number }[] {
    const table = storedTable(this.addon, 'candidates')!;
    return bodyRows(table)
      .map(({ row, values }) => ({ row, name: cellText(cellOf(table, values, 'name')).trim() }))
      .filter((c) => c.name);
  }

  /** What a person's edit of these cells takes away: the notes there and the scorecards named there. */
  private forget(part: TablePart, rect: Rect, keepTopLeft = false): void {
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

  private marker(part: TablePart): string {
    const marker = `${part} note ${++this.counter}`;
    this.markers.set(marker, part);
    return marker;
  }

  /** A person types into one cell (onEdit runs); a value the cell's dropdown refuses is not entered. */
  private type(part: TablePart, row: number, col: number, value: string | number, expect = true): void {
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
  private act(what: string, run: () => unknown): boolean {
    const got = answer(run);
    if (!('refused' in got)) return true;
    this.outcomes.refusals++;
    if (!isWordedRefusal(got.refused)) this.problems.push(`${what} failed: ${got.refused}`);
    return false;
  }

  private endpoint(name: string, payload: unknown, who: Interviewer = 'Ben'): boolean {
    return this.act(name, () => this.addon.run(name, [payload], { fromClient: true, user: INTERVIEWERS[who] }));
  }

  apply(step: Step): void {
    if (waiting(step)) {
      this.outcomes.skipped++;
      return;
    }
    if (step.kind !== 'rename a tab' && 'part' in step) this.edit(step);
    else this.action(step);
  }

  private edit(step: Exclude<Extract<Step, { part: TablePart }>, { kind: 'rename a tab' }>): void {
    const { part } = step;
    const sheet = this.sheet(part);
    const table = storedTable(this.addon, part)!;
    const name = sheet.getName();
    const width = sheet.getLastColumn();
    const wholeColumn = (col: number): Rect => ({ row: 1, col, numRows: sheet.getMaxRows(), numCols: 1 });
    const wholeRow = (row: number): Rect => ({ row, col: 1, numRows: 1, numCols: sheet.getMaxColumns() });
    switch (step.kind) {
      case 'insert a column': {
        const col = this.columnAt(part, step.at);
        sheet.insertColumnBefore(col);
        sheet.getRange(table.header || 1, col).setValue(PEOPLES_HEADER);
        return;
      }
      case 'delete a column': {
        const col = this.columnAt(part, step.at);
        this.forget(part, wholeColumn(col));
        sheet.deleteColumn(col);
        this.stale = true;
        return;
      }
      case 'move a column': {
        const from = this.columnAt(part, step.from);
        const to = 1 + index(step.to, width + 1);
        if (to !== from && to !== from + 1) sheet.moveColumns(sheet.getRange(1, from, sheet.getMaxRows(), 1), to);
        return;
      }
      case 'sort':
        sheet.sort(this.columnAt(part, step.column), step.ascending);
        return;
      case 'insert a row': {
        const rows = this.usedRows(part);
        sheet.insertRowBefore(rows.length ? rows[index(step.at, rows.length)] : (table.header || 1) + 1);
        return;
      }
      case 'delete a row': {
        const row = this.rowAt(part, step.at);
        if (row === undefined) return;
        this.forget(part, wholeRow(row));
        sheet.deleteRow(row);
        this.stale = true;
        return;
      }
      case 'type a note': {
        const key = NOTE_COLUMNS[part][index(step.column, NOTE_COLUMNS[part].length)];
        const header = table.values[table.header - 1] ?? [];
        const col = key === 'people' ? header.indexOf(PEOPLES_HEADER) + 1 : (table.columns.get(key) ?? 0);
        const row = step.below ? sheet.getLastRow() + 1 : this.rowAt(part, step.at);
        if (col > 0 && row !== undefined && row <= sheet.getMaxRows()) this.type(part, row, col, this.marker(part));
        return;
      }
      case 'clear a cell': {
        const row = this.rowAt(part, step.at);
        if (row === undefined) return;
        const col = this.columnAt(part, step.column);
        this.forget(part, { row, col, numRows: 1, numCols: 1 });
        this.addon.clearRange(name, { row, col, numRows: 1, numCols: 1 });
        this.stale = false;
        return;
      }
      case 'copy a row below the table': {
        const row = this.rowAt(part, step.at);
        const to = sheet.getLastRow() + 1;
        if (row === undefined || to > sheet.getMaxRows()) return;
        this.addon.paste({ from: { sheet: name, area: wholeRow(row) }, to: { sheet: name, row: to, col: 1 } });
        this.stale = false;
        return;
      }
      case 'merge cells': {
        const row = this.rowAt(part, step.at);
        const col = this.columnAt(part, step.column);
        if (row === undefined || col + step.width - 1 > width) return;
        const rect = { row, col, numRows: 1, numCols: step.width };
        this.forget(part, rect, true);
        sheet.getRange(row, col, 1, step.width).merge();
        this.stale = true;
        return;
      }
      case 'merge header cells': {
        const col = this.columnAt(part, step.column);
        if (!table.header || col + 1 > width) return;
        sheet.getRange(table.header, col, 1, 2).merge();
        this.stale = true;
        return;
      }
      case 'paste a row as values': {
        const row = this.rowAt(part, step.at);
        if (row === undefined) return;
        this.addon.paste({ from: { sheet: name, area: wholeRow(row) }, to: { sheet: name, row, col: 1 }, valuesOnly: true });
        this.stale = false;
        return;
      }
      case 'paste the sheet as values': {
        const area = { row: 1, col: 1, numRows: sheet.getLastRow(), numCols: width };
        this.addon.paste({ from: { sheet: name, area }, to: { sheet: name, row: 1, col: 1 }, valuesOnly: true });
        this.stale = false;
        return;
      }
      case 'sort with the header': {
        // Unfreeze, then Data > Sort sheet: the header row sorts with the rest.
        this.stale = true;
        sheet.setFrozenRows(0);
        sheet.sort(this.columnAt(part, step.column), step.ascending);
        return;
      }
      case 'delete the header row':
        if (!table.header) return;
        this.forget(part, wholeRow(table.header));
        sheet.deleteRow(table.header);
        this.stale = true;
        return;
      case 'filter': {
        const header = table.header || 1;
        const row = this.rowAt(part, step.at);
        const nameCol = table.columns.get(part === 'candidates' ? 'name' : 'candidate');
        if (row === undefined || nameCol === undefined) return;
        const hidden = cellText(table.values[row - 1]?.[nameCol - 1]);
        this.addon.withServices(({ SpreadsheetApp }) => {
          const live = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
          const existing = live.getFilter();
          if (existing) {
            existing.remove();
            return;
          }
          const filter = live.getRange(header, 1, sheet.getLastRow() - header + 1, width).createFilter();
          filter.setColumnFilterCriteria(nameCol, SpreadsheetApp.newFilterCriteria().setHiddenValues([hidden]).build());
        });
        return;
      }
    }
  }

  private action(step: Exclude<Step, { part: TablePart; at: number }> | Extract<Step, { kind: 'rename a tab' }>): void {
    const candidates = this.candidates();
    const candidateAt = (at: number) => (candidates.length ? candidates[index(at, candidates.length)].name : undefined);
    switch (step.kind) {
      case 'type a score': {
        const row = this.rowAt('scorecards', step.at);
        const col = storedTable(this.addon, 'scorecards')!.columns.get(scoreKey(hiring.questions[step.question].id));
        if (row !== undefined && col !== undefined) this.type('scorecards', row, col, step.score);
        return;
      }
      case 'type a profile': {
        const row = candidates.length ? candidates[index(step.at, candidates.length)].row : undefined;
        const col = storedTable(this.addon, 'candidates')!.columns.get(step.field);
        const choices = { level: LEVELS, region: REGIONS, spec: SPECS, years: null, quote: null }[step.field];
        const value = choices ? choices[step.choice % choices.length] : step.field === 'quote' ? 20 + step.choice * 9 : step.choice;
        if (row !== undefined && col !== undefined) this.type('candidates', row, col, value);
        return;
      }
      case 'type over a computed cell': {
        const key = COMPUTED_COLUMNS[step.column];
        const col = storedTable(this.addon, 'candidates')!.columns.get(key);
        const row = candidates.length ? candidates[index(step.at, candidates.length)].row : undefined;
        // A value typed where an array formula writes stays (and blocks it); one typed over a
        // debrief figure is written over by the refresh: those cells are the debrief's view.
        const stays = key === 'market' || key === 'rate_check';
        if (row !== undefined && col !== undefined) this.type('candidates', row, col, this.marker('candidates'), stays);
        return;
      }
      case 'type a weight': {
        const rules = this.sheet('rules');
        const row = rules
          .getDataRange()
          .getValues()
          .findIndex((r) => cellText(r[0]).trim() === hiring.questions[step.question].name);
        if (row < 0) return;
        try {
          this.addon.edit(rules.getName(), rules.getRange(row + 1, 2).getA1Notation(), step.weight);
          this.stale = false;
        } catch (e) {
          if (!(e instanceof InvalidInput)) throw e; // the weight's rule refuses it, as in Sheets
        }
        return;
      }
      case 'sort the weights': {
        const weights = this.addon.spreadsheet.getRangeByName('DevRateWeights');
        if (!weights) return;
        const block = this.sheet('rules').getRange(weights.getRow(), 1, weights.getNumRows(), 3);
        block.sort({ column: 2, ascending: step.ascending });
        this.stale = true;
        return;
      }
      case 'insert a row inside the weights': {
        const weights = this.addon.spreadsheet.getRangeByName('DevRateWeights');
        if (!weights || weights.getNumRows() < 2) return;
        this.sheet('rules').insertRowBefore(weights.getRow() + 1 + index(step.at, weights.getNumRows() - 1));
        this.stale = true;
        return;
      }
      case 'rename a tab':
        this.sheet(step.part).setName(`Our ${step.part} ${++this.counter}`);
        return;
      case 'add candidate': {
        const name = `Cand ${++this.counter}`;
        const profile = step.level < 0 ? { years: step.quote % 15 } : { level: LEVELS[step.level] };
        this.endpoint('addCandidate', {
          trackerId: 1,
          name,
          ...profile,
          region: REGIONS[step.region],
          spec: SPECS[step.spec],
          quote: step.quote,
        });
        return;
      }
      case 'submit scorecard': {
        const name = candidateAt(step.at);
        if (!name) return;
        const card = scorecard(name, step.interviewer, step.scores, { vote: VOTES[step.vote] });
        if (this.endpoint('submitScorecard', card, step.interviewer)) this.cards.push({ candidate: name, interviewer: step.interviewer });
        return;
      }
      case 'reveal': {
        const name = candidateAt(step.at);
        if (name && this.endpoint('revealScores', { trackerId: 1, candidate: name, interviewer: step.interviewer }, step.interviewer))
          this.outcomes.revealed++;
        return;
      }
      case 'set panel': {
        const name = candidateAt(step.at);
        if (!name) return;
        const expected = panelText(storeStates(this.addon).get(normalizeName(name))?.panel ?? []);
        const request = { trackerId: 1, candidate: name, panel: step.panel, expected, interviewer: step.interviewer };
        this.endpoint('setPanel', request, step.interviewer);
        return;
      }
      case 'refresh debrief':
        if (this.act('Refresh debrief', () => this.addon.clickMenu(['DevRate', 'Refresh debrief']))) this.stale = false;
        return;
      case 'repair':
        if (this.act('Repair tracker', () => this.addon.clickMenu(['DevRate', 'Repair tracker']))) this.stale = false;
        return;
    }
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
