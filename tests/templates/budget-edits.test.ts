// The budget sheet survives what people do to it: each edit (insert a team row, insert a column,
// sort the team table) × each thing the add-on does with the sheet (its formulas recomputing,
// connecting it to a rate card) ends exactly as a pristine budget of the same team, read cell by
// cell by labels and headers wherever they moved. Reads dist/Code.js: `npm run build` first.
import { describe, expect, it } from 'vitest';
import { LEVEL_LABELS, REGION_LABELS, SPEC_LABELS } from '../../src/domain/budget/choices';
import type { BudgetInput } from '../../src/domain/budget/schema';
import type { Addon } from '../../playground/emulator';
import { call, createBudget, newAddon, scenario, sheetNamed } from './budget-fixture';

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
    name: 'insert a row below the last team row and fill it',
    apply: (addon, s) => {
      const last = find(s, 'Hidden costs').row - 2;
      s.insertRowAfter(last);
      typeMember(addon, s, last + 1, EXTRA);
    },
    team: (m) => [...m, EXTRA],
  },
  {
    name: 'type a member in the first empty team row',
    apply: (addon, s) => typeMember(addon, s, team(s).at(-1)!.row + 1, EXTRA),
    team: (m) => [...m, EXTRA],
  },
  // The yellow input columns, as a person selects them: the rate columns beside them are
  // protected formulas spilling from the table's first row, and sorting them too is not covered.
  {
    name: 'sort the team table by level (A to Z)',
    apply: (_, s) => {
      const head = find(s, 'Level');
      const last = find(s, 'Hidden costs').row - 2;
      s.getRange(head.row + 1, head.col, last - head.row, TEAM_INPUTS.length).sort({ column: head.col, ascending: true });
    },
    // Mid before Senior: the paid trial follows the new row 1, as its "how" says.
    team: (m) => [...m].sort((a, b) => LEVEL_LABELS[a.level].localeCompare(LEVEL_LABELS[b.level])),
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
