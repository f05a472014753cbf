// The budget sheet survives what people do to it: each edit (insert a team row, insert a column,
// sort the team table) × each thing the add-on does with the sheet (its formulas recomputing,
// connecting it to a rate card) ends exactly as a pristine budget of the same team, read cell by
// cell by labels and headers wherever they moved. Then the team table sorted by every column, with
// and without its rate columns selected, and a value typed over a computed rate. Reads
// dist/Code.js: `npm run build` first.
import { beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_LABELS, REGION_LABELS, SPEC_LABELS } from '../../src/domain/budget/choices';
import type { BudgetInput } from '../../src/domain/budget/schema';
import type { Addon } from '../../playground/emulator';
import { call, createBudget, newAddon, readBudget, scenario, sheetNamed, teamCell } from './budget-fixture';

type Sheet = ReturnType<typeof sheetNamed>;
type Member = BudgetInput['team']['members'][number];

const TEAM_INPUTS = ['Level', 'Region', 'Specialization', 'Count', 'Allocation %'] as const;
const RATE_HEADERS = [
  'Freelance $/hour low',
  'Freelance $/hour high',
  'Freelance $/month low',
  'Freelance $/month high',
  'US salary $/year low',
  'US salary $/year high',
];
const EXTRA: Member = { level: 'junior', region: 'latin_america', spec: 'backend', count: 3, allocation: 50 };

/** Where a text sits on the sheet (first match), 1-based. */
function find(sheet: Sheet, text: string): { row: number; col: number } {
  const values = sheet.getDataRange().getValues();
  for (let r = 0; r < values.length; r++) {
    const c = values[r].indexOf(text);
    if (c >= 0) return { row: r + 1, col: c + 1 };
  }
  throw new Error(`no "${text}" on ${sheet.getName()}`);
}

/**
 * Everything the sheet computes, keyed by what a person sees: each labelled row's Low / Mid /
 * High (columns found by the headline's headers), the team table's rates by header for each
 * member typed, the verdict and the "Figures from" line.
 */
function figures(addon: Addon, name: string) {
  const sheet = sheetNamed(addon, name);
  const values = sheet.getDataRange().getValues();
  const labelCol = find(sheet, 'Total budget').col - 1;
  const head = find(sheet, 'Low');
  const points = ['Low', 'Mid', 'High'].map((h) => values[head.row - 1].indexOf(h));
  const out: Record<string, unknown> = {};
  values.forEach((row) => {
    const label = String(row[labelCol]);
    const triple = points.map((c) => row[c]);
    if (label && triple.some((v) => typeof v === 'number')) out[`${label} ${out[label] === undefined ? '' : '(again)'}`] = triple;
  });
  const verdict = find(sheet, 'Team cost against the typical range');
  out.verdict = values[verdict.row][verdict.col - 1];
  const from = find(sheet, 'Figures from');
  out.figuresFrom = values[from.row - 1][from.col];
  out.team = team(sheet).map((m) => ({ ...m.inputs, ...m.rates }));
  return out;
}

/** The team table's filled rows, each as header → value. */
function team(sheet: Sheet) {
  const values = sheet.getDataRange().getValues();
  const head = find(sheet, 'Level');
  const header = values[head.row - 1];
  const cols = (names: readonly string[]) => names.map((h) => [h, header.indexOf(h)] as const);
  const rows: { row: number; inputs: Record<string, unknown>; rates: Record<string, unknown> }[] = [];
  for (let r = head.row; r < values.length && values[r][head.col - 1] !== 'Hidden costs'; r++) {
    const inputs = Object.fromEntries(cols(TEAM_INPUTS).map(([h, c]) => [h, values[r][c]]));
    if (Object.values(inputs).every((v) => v === '')) continue;
    rows.push({ row: r + 1, inputs, rates: Object.fromEntries(cols(RATE_HEADERS).map(([h, c]) => [h, values[r][c]])) });
  }
  return rows;
}

/** What people typed on the sheet: every non-formula cell. */
function typed(sheet: Sheet): string[] {
  const values = sheet.getDataRange().getValues();
  const formulas = sheet.getDataRange().getFormulas();
  return values.flatMap((row, r) => row.flatMap((v, c) => (v === '' || formulas[r][c] ? [] : [JSON.stringify(v)]))).sort();
}

const memberRow = (m: Member) => [LEVEL_LABELS[m.level], REGION_LABELS[m.region], SPEC_LABELS[m.spec], m.count, m.allocation / 100];

/** Types a member into a team row, as a person does, cell by cell under each header. */
function typeMember(addon: Addon, sheet: Sheet, row: number, m: Member) {
  const header = sheet.getRange(find(sheet, 'Level').row, 1, 1, sheet.getMaxColumns()).getValues()[0];
  memberRow(m).forEach((v, i) => addon.edit(sheet.getName(), sheet.getRange(row, header.indexOf(TEAM_INPUTS[i]) + 1).getA1Notation(), v));
}

/**
 * Sorts the team table as a person does with Data › Sort range: the rows under its header down to
 * the last team row, the yellow input columns only or the whole table with its rate columns.
 */
function sortTeam(sheet: Sheet, column: string, ascending: boolean, width: 'inputs' | 'table') {
  const head = find(sheet, 'Level');
  const header = sheet.getRange(head.row, 1, 1, sheet.getMaxColumns()).getValues()[0];
  const last = find(sheet, 'Hidden costs').row - 2;
  const columns = TEAM_INPUTS.length + (width === 'table' ? RATE_HEADERS.length : 0);
  sheet.getRange(head.row + 1, head.col, last - head.row, columns).sort({ column: header.indexOf(column) + 1, ascending });
}

/**
 * The members in the order a sort by what each shows leaves them (text ignoring case). The teams
 * here have no ties, so the order does not depend on how Sheets breaks them.
 */
function orderBy(members: Member[], shown: (m: Member) => unknown, ascending: boolean): Member[] {
  return [...members].sort((a, b) => {
    const [x, y] = [shown(a), shown(b)];
    const diff = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { sensitivity: 'base' });
    if (diff === 0) throw new Error(`a tie on ${String(x)}: pick a team without ties`);
    return ascending ? diff : -diff;
  });
}

const inputShown = (column: (typeof TEAM_INPUTS)[number]) => (m: Member) => memberRow(m)[TEAM_INPUTS.indexOf(column)];

interface Edit {
  name: string;
  apply: (addon: Addon, sheet: Sheet) => void;
  /** The team a pristine budget needs to match the edited one. */
  team: (members: Member[]) => Member[];
}

const insertColumn = (where: (sheet: Sheet) => number) => (_: Addon, sheet: Sheet) => {
  const col = where(sheet);
  sheet.insertColumnBefore(col);
  sheet.getRange(find(sheet, 'Level').row, col).setValue('Email');
};

const EDITS: Edit[] = [
  { name: 'insert a column before the sheet', apply: insertColumn(() => 1), team: (m) => m },
  { name: 'insert a column inside the team table', apply: insertColumn((s) => find(s, 'Specialization').col), team: (m) => m },
  { name: 'insert a column among the rate columns', apply: insertColumn((s) => find(s, 'Freelance $/month low').col), team: (m) => m },
  { name: 'insert a column after the team table', apply: insertColumn((s) => find(s, 'US salary $/year high').col + 1), team: (m) => m },
  { name: 'insert an empty row inside the team table', apply: (_, s) => s.insertRowAfter(find(s, 'Level').row + 1), team: (m) => m },
  {
    name: 'insert a row inside the team table and fill it',
    apply: (addon, s) => {
      const row = find(s, 'Level').row + 2;
      s.insertRowBefore(row);
      typeMember(addon, s, row, EXTRA);
    },
    team: (m) => [m[0], EXTRA, ...m.slice(1)],
  },
  {
    // Above the first team row: the new row is the team's row 1, whose rate the paid trial takes.
    name: 'insert a row right under the team table header and fill it',
    apply: (addon, s) => {
      const row = find(s, 'Level').row + 1;
      s.insertRowBefore(row);
      typeMember(addon, s, row, EXTRA);
    },
    team: (m) => [EXTRA, ...m],
  },
  {
    name: 'insert a row below the last team row and fill it',
    apply: (addon, s) => {
      const last = find(s, 'Hidden costs').row - 2;
      s.insertRowAfter(last);
      typeMember(addon, s, last + 1, EXTRA);
    },
    team: (m) => [...m, EXTRA],
  },
  {
    // Below the blank row under the table: the team's ranges end on the "Hidden costs" row itself.
    name: 'insert a row directly above "Hidden costs" and fill it',
    apply: (addon, s) => {
      const row = find(s, 'Hidden costs').row;
      s.insertRowBefore(row);
      typeMember(addon, s, row, EXTRA);
    },
    team: (m) => [...m, EXTRA],
  },
  {
    name: 'type a member in the first empty team row',
    apply: (addon, s) => typeMember(addon, s, team(s).at(-1)!.row + 1, EXTRA),
    team: (m) => [...m, EXTRA],
  },
  // The yellow input columns only, or the whole table with the rate columns beside them (their
  // formulas sit in the header row, out of the sort's reach); every column and direction is below.
  {
    name: 'sort the team table by level (A to Z)',
    apply: (_, s) => sortTeam(s, 'Level', true, 'inputs'),
    // Mid before Senior: the paid trial follows the new row 1, as its "how" says.
    team: (m) => orderBy(m, inputShown('Level'), true),
  },
  {
    name: 'sort the whole team table, rate columns selected, by region (A to Z)',
    apply: (_, s) => sortTeam(s, 'Region', true, 'table'),
    team: (m) => orderBy(m, inputShown('Region'), true),
  },
];

function pristine(input: BudgetInput, withCard: boolean) {
  const addon = newAddon();
  const { sheetName } = createBudget(addon, input).value;
  if (withCard) {
    call(addon, 'insertRateCard', 'abbacus-2026');
    call(addon, 'connectBudgetsToRateCard', [sheetName]);
  }
  return figures(addon, sheetName);
}

describe('a budget sheet edited by its team', () => {
  for (const edit of EDITS) {
    describe(edit.name, () => {
      const input = scenario();
      const expected = scenario((i) => (i.team.members = edit.team(i.team.members)));

      it('computes every figure as a pristine budget of the same team', () => {
        const addon = newAddon();
        const { sheetName } = createBudget(addon, input).value;
        const sheet = sheetNamed(addon, sheetName);
        edit.apply(addon, sheet);
        expect(figures(addon, sheetName)).toEqual(pristine(expected, false));
      });

      it('connects to a rate card as a pristine budget does, changing nothing typed', () => {
        const addon = newAddon();
        const { sheetName } = createBudget(addon, input).value;
        const sheet = sheetNamed(addon, sheetName);
        edit.apply(addon, sheet);
        const before = typed(sheet);
        const inserted = call<{ unconnectedBudgets: string[] }>(addon, 'insertRateCard', 'abbacus-2026').value;
        expect(inserted.unconnectedBudgets).toEqual([sheetName]);
        expect(call(addon, 'connectBudgetsToRateCard', [sheetName]).value).toEqual({ connected: [sheetName], notBudgets: [] });
        expect(call<{ unconnectedBudgets: string[] }>(addon, 'getBudgetConnections').value.unconnectedBudgets).toEqual([]);
        const after = figures(addon, sheetName);
        expect(after).toEqual(pristine(expected, true));
        expect(after.figuresFrom).toMatch(/^the rate card DevRateCard/);
        const figuresFrom = JSON.stringify(after.figuresFrom);
        expect(typed(sheet).filter((v) => v !== figuresFrom)).toEqual(before.filter((v) => !/built-in figures/.test(v)));
      });
    });
  }
});

describe('the team table sorted by any column, with or without its rate columns selected', () => {
  const input = scenario();
  const members = input.team.members;
  /** What each member shows under each header on a pristine budget, rates included. */
  let shown: Record<string, unknown>[] = [];
  const pristineOrders = new Map<string, ReturnType<typeof figures>>();
  const teamOf = (team: Member[]) => scenario((i) => (i.team.members = team));
  const pristineOf = (team: Member[]) => {
    const key = JSON.stringify(team);
    const known = pristineOrders.get(key) ?? pristine(teamOf(team), false);
    pristineOrders.set(key, known);
    return known;
  };
  beforeAll(() => {
    shown = pristine(input, false).team as Record<string, unknown>[];
  });

  for (const width of ['inputs', 'table'] as const) {
    const columns = width === 'inputs' ? TEAM_INPUTS : [...TEAM_INPUTS, ...RATE_HEADERS];
    for (const column of columns) {
      for (const ascending of [true, false]) {
        const selected = width === 'inputs' ? 'the input columns selected' : 'the whole width selected';
        it(`by ${column}, ${ascending ? 'ascending' : 'descending'}, ${selected}: every member's rates and every total as a pristine budget of the sorted team`, () => {
          const addon = newAddon();
          const { sheetName } = createBudget(addon, input).value;
          sortTeam(sheetNamed(addon, sheetName), column, ascending, width);
          const sorted = orderBy(members, (m) => shown[members.indexOf(m)][column], ascending);
          expect(figures(addon, sheetName)).toEqual(pristineOf(sorted));
        });
      }
    }
  }
});

// A rate column's formula sits in the header row and fills the rows below; Sheets does not let it
// overwrite a value typed there: the formula stops, its header cell shows the error, and the rows
// it filled go blank. The sheet then says so where it matters rather than summing the typed value
// and blanks into a smaller total: every figure using that column shows the error, the others are
// unchanged, the typed value stays, and clearing it brings every figure back.
describe('a value typed over a computed rate', () => {
  it.each([
    ["a member's row", 1],
    ['a spare row', 4],
  ])('in %s: the totals using that rate column show an error, not a different number, until it is cleared', (_, member) => {
    const addon = newAddon();
    const { sheetName } = createBudget(addon, scenario()).value; // freelance, monthly retainer: priced by the monthly rates
    const sheet = sheetNamed(addon, sheetName);
    const before = figures(addon, sheetName);
    const pricedBefore = readBudget(addon, sheetName);
    const header = find(sheet, 'Freelance $/month low');
    const typedAt = teamCell(addon, sheetName, member, 'Freelance $/month low');

    addon.edit(sheetName, typedAt, 12345);
    expect(sheet.getRange(typedAt).getValue()).toBe(12345);
    expect(String(sheet.getRange(header.row, header.col).getValue())).toMatch(/^#/);
    const priced = readBudget(addon, sheetName);
    const isError = (v: unknown) => typeof v === 'string' && v.startsWith('#');
    for (const [what, triple] of Object.entries({
      'team cost (headline)': priced.headline.team,
      'total budget (headline)': priced.headline.total,
      'team line': priced.lines.team,
      'paid trial line': priced.lines.trial,
      total: priced.total,
      'freelance comparison row': priced.byHireType.freelance,
    })) {
      expect(Object.values(triple).every(isError), what).toBe(true);
    }
    expect(priced.byHireType.full_time).toEqual(pricedBefore.byHireType.full_time);
    expect(priced.byHireType.agency).toEqual(pricedBefore.byHireType.agency);

    addon.edit(sheetName, typedAt, '');
    expect(figures(addon, sheetName)).toEqual(before);
  });
});

describe('connecting a budget whose rows moved', () => {
  it('rewrites its own "Figures from" line, found by its tagged row, not a cell a person labelled the same above it', () => {
    const addon = newAddon();
    const { sheetName } = createBudget(addon, scenario()).value;
    const sheet = sheetNamed(addon, sheetName);
    sheet.insertRowBefore(1);
    sheet.insertColumnBefore(1);
    addon.edit(sheetName, 'H1', 'Figures from');
    addon.edit(sheetName, 'I1', 'our own notes');
    call(addon, 'insertRateCard', 'abbacus-2026');
    call(addon, 'connectBudgetsToRateCard', [sheetName]);
    expect(sheet.getRange('I1').getValue()).toBe('our own notes');
    const line = sheet.getRange(1 + 6, 2, 1, 2).getValues()[0];
    expect(line[0]).toBe('Figures from');
    expect(line[1]).toMatch(/^the rate card DevRateCard/);
  });
});
