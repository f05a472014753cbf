// The tracker's model-based fuzz: random sequences of a team's edits and the tracker's actions
// (tracker-fuzz-steps.ts) applied to a seeded tracker in the emulator, each step then checked
// (TrackerModel.check, tracker-fuzz-model.ts).
import { VOTES } from '../../src/domain/scoring/votes';
import { normalizeName } from '../../src/domain/scoring/interviewer';
import { panelText } from '../../src/domain/scoring/panel';
import { LEVELS, REGIONS, SPECS } from '../../src/domain/terms';
import { cellText } from '../../src/sheets/cell-text';
import { scoreKey } from '../../src/sheets/tracker/layout';
import { hiring } from '../../src/domain/dataset';
import { InvalidInput } from '../../playground/emulator/user-edit';
import { PEOPLES_HEADER } from './tracker-edits';
import { scorecard } from './tracker-fixture';
import { COMPUTED_COLUMNS, NOTE_COLUMNS, type Step, type TablePart } from './tracker-fuzz-steps';
import { TrackerModel, index, type Rect } from './tracker-fuzz-model';
import { storeStates, storedTable } from './tracker-oracle';

/** A seeded tracker, steps applied one by one; check() after each says what breaks the invariant. */
export class TrackerRun extends TrackerModel {
  apply(step: Step): void {
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
        // A script's sort fires no onEdit, and the debrief names scorecard rows by number (duplicates).
        if (part === 'scorecards') this.stale = true;
        return;
      case 'insert a row': {
        const rows = this.usedRows(part);
        sheet.insertRowBefore(rows.length ? rows[index(step.at, rows.length)] : (table.header || 1) + 1);
        // An inserted row fires no onEdit, and the debrief names scorecard rows by number (duplicates).
        if (part === 'scorecards') this.stale = true;
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
      case 'repair': {
        // Repair writes the debrief last, unless the structure it leaves to people still stops it (it says so).
        let report = '';
        const run = () => {
          const result = this.addon.clickMenu(['DevRate', 'Repair tracker']);
          report = JSON.stringify(result);
          return result;
        };
        if (this.act('Repair tracker', run) && !report.includes('The debrief could not be written')) this.stale = false;
        return;
      }
    }
  }
}
