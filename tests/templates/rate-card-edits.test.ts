// The rate card survives what people do to it: rows inserted inside it, a figure typed in an
// inserted row, directly below the laid-out rows or far below them. Each edit × each thing that
// reads the card (every DevRate function given DevRateCard, creating a budget on the card,
// connecting an earlier budget) gives exactly what a pristine card holding the same figures
// gives. Reads dist/Code.js: `npm run build` first.
import { describe, expect, it } from 'vitest';
import { RATE_CARD_RANGE_NAME } from '../../src/sheets/rate-card-range';
import type { Addon } from '../../playground/emulator';
import { call, createBudget, newAddon, readBudget, scenario, sheetNamed } from './budget-fixture';

type Sheet = ReturnType<typeof sheetNamed>;

/** A figure of the scenario's first member (senior, Eastern Europe, backend), given a new low. */
const MOVED = { kind: 'hourly', key: 'senior', region: 'eastern_europe', spec: 'backend' };
const NEW_LOW = 11;

/** One call of every DevRate function that takes the card, in a scratch sheet. */
const CALLS = [
  `=DEVRATE("senior", "eastern_europe", "backend", "low", ${RATE_CARD_RANGE_NAME})`,
  `=DEVRATE("mid", "asia", "ai", "high", ${RATE_CARD_RANGE_NAME})`,
  `=DEVMONTHLY("senior", "eastern_europe", "backend", "low", ${RATE_CARD_RANGE_NAME})`,
  `=PROJECTCOST("mvp", "mid", ${RATE_CARD_RANGE_NAME})`,
  `=PROJECTTIMELINE("mvp", "high", "months", ${RATE_CARD_RANGE_NAME})`,
  `=SALARY("senior", "low", ${RATE_CARD_RANGE_NAME})`,
  `=AGENCYRATE("eastern_europe", "mid", ${RATE_CARD_RANGE_NAME})`,
  `=RATECHECK(60, "senior", "eastern_europe", "backend", ${RATE_CARD_RANGE_NAME})`,
  `=HIRECOMPARE("senior", 6, "eastern_europe", "backend", 160, ${RATE_CARD_RANGE_NAME})`,
  `=RATESOURCE("hourly", "senior", "eastern_europe", "backend", ${RATE_CARD_RANGE_NAME})`,
];

const cardSheet = (addon: Addon) => addon.spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME)!.getSheet();

/** The card's row (sheet row number) holding a figure, and its headers. */
function rowOf(sheet: Sheet, match: Record<string, string>) {
  const values = sheet.getDataRange().getValues();
  const headers = values[0];
  const index = values.findIndex((r) => Object.entries(match).every(([k, v]) => r[headers.indexOf(k)] === v));
  if (index < 0) throw new Error('no such card row');
  return { row: index + 1, headers, values: values[index] };
}

/** Moves the MOVED figure to another row (as a person retypes it there) with NEW_LOW. */
function retypeAt(addon: Addon, where: (sheet: Sheet) => number) {
  const sheet = cardSheet(addon);
  const { row, headers, values } = rowOf(sheet, MOVED);
  const width = headers.filter((h) => h !== '').length;
  const line = values.slice(0, width).map((v, i) => (headers[i] === 'low' ? NEW_LOW : v));
  sheet.getRange(row, 1, 1, width).clearContent();
  const target = where(sheet);
  line.forEach((v, i) => addon.edit(sheet.getName(), sheet.getRange(target, i + 1).getA1Notation(), v));
}

/** What the pristine card gives: the same figure edited in place. */
function editInPlace(addon: Addon) {
  const sheet = cardSheet(addon);
  const { row, headers } = rowOf(sheet, MOVED);
  addon.edit(sheet.getName(), sheet.getRange(row, headers.indexOf('low') + 1).getA1Notation(), NEW_LOW);
}

/** The last sheet row with a kind in column A. */
const lastFilled = (sheet: Sheet) =>
  sheet
    .getRange(1, 1, sheet.getMaxRows(), 1)
    .getValues()
    .reduce((last: number, r, i) => (r[0] !== '' ? i + 1 : last), 0);

interface Edit {
  name: string;
  apply: (addon: Addon) => void;
  /** Whether the edit moves the MOVED figure to NEW_LOW (else the card's figures are untouched). */
  changes: boolean;
}

const EDITS: Edit[] = [
  { name: 'insert empty rows inside the card', apply: (addon) => cardSheet(addon).insertRowsAfter(3, 2), changes: false },
  {
    name: 'insert a row inside the card and type a figure in it',
    apply: (addon) => {
      cardSheet(addon).insertRowBefore(4);
      retypeAt(addon, () => 4);
    },
    changes: true,
  },
  { name: 'type a figure directly below the card', apply: (addon) => retypeAt(addon, (s) => lastFilled(s) + 1), changes: true },
  { name: 'type a figure far below the card', apply: (addon) => retypeAt(addon, (s) => Math.min(s.getMaxRows(), 400)), changes: true },
  {
    name: 'insert rows below the figures and type a figure there',
    apply: (addon) => {
      const sheet = cardSheet(addon);
      const at = lastFilled(sheet) + 1;
      sheet.insertRowsBefore(at, 3);
      retypeAt(addon, () => at + 1);
    },
    changes: true,
  },
];

/** Everything the card feeds: each function's value, a budget created now, an earlier budget connected to it. */
function outcome(addon: Addon, earlier: string) {
  const scratch = addon.spreadsheet.insertSheet('Scratch');
  CALLS.forEach((f, i) => scratch.getRange(i + 1, 1).setFormula(f));
  const functions = scratch.getRange(1, 1, CALLS.length, 4).getValues();
  // RATESOURCE names the card row the figure is on, wherever it went: check it, then compare the rest.
  const source = String(functions[CALLS.length - 1][0]);
  expect(Number(/from row (\d+) of the rate card/.exec(source)?.[1])).toBe(rowOf(cardSheet(addon), MOVED).row);
  functions[CALLS.length - 1][0] = source.replace(/from row \d+/, 'from its row');
  const created = createBudget(addon, scenario()).value;
  expect(created.usesRateCard).toBe(true);
  expect(call(addon, 'connectBudgetsToRateCard', [earlier]).value).toEqual({ connected: [earlier], notBudgets: [] });
  const budget = (name: string) => {
    const b = readBudget(addon, name);
    return { total: b.total, lines: b.lines, byHireType: b.byHireType, typicalText: b.typicalText, figuresFrom: b.headline.figuresFrom };
  };
  return { functions, created: budget(created.sheetName), connected: budget(earlier) };
}

function withCard(edit: (addon: Addon) => void) {
  const addon = newAddon();
  const earlier = createBudget(addon, scenario()).value.sheetName;
  call(addon, 'insertRateCard', 'both');
  edit(addon);
  return { addon, earlier };
}

describe('a rate card edited by its team', () => {
  for (const edit of EDITS) {
    it(`${edit.name}: every function, a new budget and a connected budget read it as a pristine card`, () => {
      const { addon, earlier } = withCard(edit.apply);
      const before = cardSheet(addon).getDataRange().getValues();
      const got = outcome(addon, earlier);
      expect(cardSheet(addon).getDataRange().getValues()).toEqual(before); // nothing typed on the card changed

      const pristine = withCard(edit.changes ? editInPlace : () => {});
      expect(got).toEqual(outcome(pristine.addon, pristine.earlier));
      if (edit.changes) expect(got.functions[0][0]).toBe(NEW_LOW); // the moved figure is read
    });
  }

  it('a figure typed below the card changes what the functions give (the card is read past its laid-out rows)', () => {
    const plain = withCard(() => {});
    const moved = withCard((addon) => retypeAt(addon, (s) => lastFilled(s) + 1));
    const a = outcome(plain.addon, plain.earlier);
    const b = outcome(moved.addon, moved.earlier);
    expect(b.functions[0][0]).toBe(NEW_LOW);
    expect(a.functions[0][0]).not.toBe(NEW_LOW);
    expect(b.created.total.low).toBeLessThan(a.created.total.low);
    expect(b.connected.total.low).toBeLessThan(a.connected.total.low);
  });
});
