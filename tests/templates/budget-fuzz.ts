// The budget's model-based fuzz: random sequences of what a team does to a budget sheet and its
// rate card, each step checked against the oracle (budget-oracle.ts): every headline figure right
// or an error naming the input to fix, and nothing anyone typed changed except by the step itself.
import fc from 'fast-check';
import { LEVEL_LABELS, REGION_LABELS, SPEC_LABELS } from '../../src/domain/budget/choices';
import { BUDGET_LINES, TOTAL_LINES } from '../../src/domain/budget/estimate';
import type { BudgetInput } from '../../src/domain/budget/schema';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import type { Addon } from '../../playground/emulator';
import { call, createBudget, newAddon, sheetNamed } from './budget-fixture';
import { shownHeadline, typedTeam, violations } from './budget-oracle';

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const member = fc.tuple(
  pick(Object.values(LEVEL_LABELS)),
  pick(Object.values(REGION_LABELS)),
  pick(Object.values(SPEC_LABELS)),
  fc.integer({ min: 1, max: 3 }),
  pick([0.25, 0.5, 1]),
);
/** Where in the team table: a fraction of its rows, so it fits however the table has grown. */
const where = fc.double({ min: 0, max: 0.999, noNaN: true });

export type Step =
  | { kind: 'sort team'; column: number; ascending: boolean; width: 5 | 11; withHeader: boolean }
  | { kind: 'insert a member'; at: number; values: (string | number)[] }
  | { kind: 'paste a region typo'; at: number; typo: string }
  | { kind: 'type over a computed rate'; at: number; column: number; value: number }
  | { kind: 'clear a cell'; at: number; column: number }
  | { kind: 'type over a computed line'; line: string; column: number; value: number }
  | { kind: 'clear a value typed over a rate'; at: number }
  | { kind: 'break a card row'; at: number; by: number }
  | { kind: 'mend a card row'; at: number }
  | { kind: 'sort the sheet'; ascending: boolean };

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sort team' as const),
      column: fc.integer({ min: 1, max: 5 }),
      ascending: fc.boolean(),
      width: pick([5, 11] as const),
      withHeader: fc.constant(false),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sort team' as const),
      column: fc.integer({ min: 1, max: 5 }),
      ascending: fc.boolean(),
      width: pick([5, 11] as const),
      withHeader: fc.constant(true),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert a member' as const), at: where, values: member }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('paste a region typo' as const),
      at: where,
      typo: pick(['Eastern Europ', 'Asai', 'Latam', 'EU']),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('type over a computed rate' as const),
      at: where,
      column: fc.integer({ min: 6, max: 11 }),
      value: fc.integer({ min: 1, max: 500 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('clear a cell' as const), at: where, column: fc.integer({ min: 1, max: 11 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('break a card row' as const), at: where, by: fc.integer({ min: 1, max: 50 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mend a card row' as const), at: where }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('clear a value typed over a rate' as const), at: where }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort the sheet' as const), ascending: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('type over a computed line' as const),
      line: pick([...BUDGET_LINES.map((l) => l.label), TOTAL_LINES.subtotal.label, TOTAL_LINES.total.label]),
      column: fc.integer({ min: 2, max: 4 }),
      value: fc.integer({ min: 1, max: 100_000 }),
    }),
  },
);

/** Every value stored (typed or written, not computed) on every sheet, as a sorted multiset. */
function stored(addon: Addon): string[] {
  const out: string[] = [];
  for (const sheet of addon.spreadsheet.getSheets()) {
    const model = addon.workbook.sheet(sheet.getSheetId());
    const rows = sheet.getMaxRows();
    const cols = sheet.getMaxColumns();
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        const cell = model.cell(r, c);
        if (cell && !cell.formula && cell.value !== undefined && cell.value !== '')
          out.push(`${sheet.getName()}|${JSON.stringify(cell.value)}`);
      }
  }
  return out.sort();
}

/** A budget (with a connected rate card or not), the steps applied one by one, the invariant checked after each. */
export class BudgetRun {
  readonly addon = newAddon();
  readonly sheetName: string;
  /** The card's rate rows as first written: what "mend" restores. */
  private readonly cardRows: { row: number; low: number; high: number }[] = [];
  private expected: string[];
  steps = 0;
  /** A computed cell below the headline was typed over: its formula is gone for good (clearing it leaves it blank). */
  private formulaLost = false;
  /** Checks after which the headline showed numbers, and after which it showed errors. */
  readonly outcomes = { figures: 0, errors: 0 };

  constructor(
    readonly input: BudgetInput,
    readonly withCard: boolean,
  ) {
    if (withCard) call(this.addon, 'insertRateCard', 'abbacus-2026');
    this.sheetName = createBudget(this.addon, input).value.sheetName;
    if (withCard) {
      const card = this.card();
      card.getValues().forEach((row, i) => {
        if ((row[0] === 'hourly' || row[0] === 'monthly') && typeof row[4] === 'number' && typeof row[5] === 'number')
          this.cardRows.push({ row: card.getRow() + i, low: row[4], high: row[5] });
      });
    }
    this.expected = stored(this.addon);
  }

  private card() {
    return this.addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!;
  }

  private sheet() {
    return sheetNamed(this.addon, this.sheetName);
  }

  /** Sets a cell and records the change in what is expected to be stored. */
  private write(sheetName: string, row: number, col: number, value: string | number, how: 'type' | 'paste') {
    const range = sheetNamed(this.addon, sheetName).getRange(row, col);
    const cell = this.addon.workbook.sheet(range.getSheet().getSheetId()).cell(row, col);
    if (cell && !cell.formula && cell.value !== undefined && cell.value !== '') {
      const old = `${sheetName}|${JSON.stringify(cell.value)}`;
      this.expected.splice(this.expected.indexOf(old), 1);
    }
    if (how === 'type') this.addon.edit(sheetName, range.getA1Notation(), value);
    else range.setValue(value);
    if (value !== '') this.expected.push(`${sheetName}|${JSON.stringify(value)}`);
    this.expected.sort();
  }

  /** A team row (between the tagged header and end rows) at a fraction of the table. */
  private teamRow(at: number): number {
    const { header, end } = typedTeam(this.addon, this.sheetName);
    return header + 1 + Math.floor(at * (end - header - 1));
  }

  apply(step: Step): void {
    const sheet = this.sheet();
    const name = this.sheetName;
    switch (step.kind) {
      case 'sort team': {
        const { header, end } = typedTeam(this.addon, name);
        const top = step.withHeader ? header : header + 1;
        sheet.getRange(top, 1, end - top, step.width).sort({ column: step.column, ascending: step.ascending });
        break;
      }
      case 'insert a member': {
        const { header, end } = typedTeam(this.addon, name);
        const row = header + 1 + Math.floor(step.at * (end - header)); // up to the end row: directly above it
        sheet.insertRowBefore(row);
        step.values.forEach((v, i) => this.write(name, row, i + 1, v, 'type'));
        break;
      }
      case 'paste a region typo':
        this.write(name, this.teamRow(step.at), 2, step.typo, 'paste');
        break;
      case 'type over a computed rate':
        this.write(name, this.teamRow(step.at), step.column, step.value, 'type');
        break;
      case 'clear a cell': {
        const row = this.teamRow(step.at);
        const cell = this.addon.workbook.sheet(sheet.getSheetId()).cell(row, step.column);
        if (cell?.formula) return; // a formula is the add-on's, not something typed
        this.write(name, row, step.column, '', 'type');
        break;
      }
      case 'clear a value typed over a rate': {
        const { header, end } = typedTeam(this.addon, name);
        const model = this.addon.workbook.sheet(sheet.getSheetId());
        const typed: [number, number][] = [];
        for (let row = header + 1; row < end; row++)
          for (let col = 6; col <= 11; col++) {
            const cell = model.cell(row, col);
            if (cell && !cell.formula && cell.value !== undefined && cell.value !== '') typed.push([row, col]);
          }
        const [row, col] = typed[Math.floor(step.at * typed.length)] ?? [];
        if (row !== undefined && col !== undefined) this.write(name, row, col, '', 'type');
        break;
      }
      case 'break a card row':
      case 'mend a card row': {
        if (!this.cardRows.length) return;
        const card = this.cardRows[Math.floor(step.at * this.cardRows.length)];
        const cardSheet = this.card().getSheet().getName();
        const col = this.card().getColumn();
        // Low above high, or both back as written (high first, so no step in between is odd).
        if (step.kind === 'break a card row') this.write(cardSheet, card.row, col + 4, card.high + step.by, 'type');
        else {
          this.write(cardSheet, card.row, col + 5, card.high, 'type');
          this.write(cardSheet, card.row, col + 4, card.low, 'type');
        }
        break;
      }
      case 'type over a computed line': {
        // The line by its label (the paid trial's names its member), wherever a sort put it.
        const labels = sheet
          .getRange(1, 1, sheet.getLastRow(), 1)
          .getValues()
          .map((r) => String(r[0]));
        const index = labels.findIndex((l) => l === step.line || (step.line === 'Paid trial' && l.startsWith('Paid trial: ')));
        if (index < 0) return;
        if (this.addon.workbook.sheet(sheet.getSheetId()).cell(index + 1, step.column)?.formula) this.formulaLost = true;
        this.write(name, index + 1, step.column, step.value, 'type');
        break;
      }
      case 'sort the sheet':
        sheet.sort(1, step.ascending);
        break;
    }
  }

  /** What is wrong after the last step (empty when the invariant holds). */
  check(): string[] {
    this.steps++;
    const problems = violations(this.addon, this.sheetName, this.input, this.withCard, { formulaLost: this.formulaLost });
    this.outcomes[typeof shownHeadline(this.addon, this.sheetName).total.mid === 'number' ? 'figures' : 'errors']++;
    const now = stored(this.addon);
    if (JSON.stringify(now) !== JSON.stringify(this.expected)) {
      const lost = this.expected.filter((v) => !now.includes(v));
      const extra = now.filter((v) => !this.expected.includes(v));
      problems.push(`stored values changed: lost ${JSON.stringify(lost.slice(0, 3))}, gained ${JSON.stringify(extra.slice(0, 3))}`);
    }
    return problems;
  }
}
