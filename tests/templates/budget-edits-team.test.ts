// The rest of a team's edits to a budget sheet (issue 20, item 6): a member's row moved with
// moveRows, cut and pasted, duplicated by copy and paste, a filter hiding a member. Each ends as a
// pristine budget of the team the sheet now lists, or, where a pasted value sits where a rate
// formula fills, every total that uses it shows an error rather than a different number. A whole
// budget pasted as values is not here: its figures then go stale (an open item of the budget's
// owners). Reads dist/Code.js: `npm run build` first.
import { describe, expect, it } from 'vitest';
import type { BudgetInput } from '../../src/domain/budget/schema';
import type { Addon } from '../../playground/emulator';
import { CANNOT_JUDGE } from '../../src/sheets/budget/checks';
import { PASTED_AS_VALUES } from '../../src/server/pasted-budget';
import { createBudget, newAddon, readBudget, rowLabelled, scenario, sheetNamed } from './budget-fixture';

type Member = BudgetInput['team']['members'][number];
type Sheet = ReturnType<typeof sheetNamed>;

/** The scenario's team and a third member, so a row moved between others changes the order. */
const THIRD: Member = { level: 'junior', region: 'latin_america', spec: 'backend', count: 3, allocation: 50 };
const teamOf = (team: (members: Member[]) => Member[]) => scenario((i) => (i.team.members = team([...i.team.members, THIRD])));

/** The budget a pristine sheet of this team shows. */
const pristine = (team: (members: Member[]) => Member[]) => {
  const addon = newAddon();
  const { sheetName } = createBudget(addon, teamOf(team)).value;
  return readBudget(addon, sheetName);
};

/** A budget of the scenario's team, the sheet, its team header row and how many members it lists. */
function budget() {
  const addon = newAddon();
  const input = teamOf((m) => m);
  const { sheetName } = createBudget(addon, input).value;
  return {
    addon,
    sheetName,
    sheet: sheetNamed(addon, sheetName),
    header: rowLabelled(addon, sheetName, 'Level'),
    size: input.team.members.length,
  };
}

/** The team table's input columns (Level … Allocation %), the ones people type. */
const INPUT_COLUMNS = 5;

interface Edit {
  name: string;
  apply: (addon: Addon, sheet: Sheet, header: number, size: number, sheetName: string) => void;
  /** The team a pristine budget needs to match the edited one. */
  team: (members: Member[]) => Member[];
}

const EDITS: Edit[] = [
  {
    name: 'move the last member row up under the first (moveRows)',
    apply: (_, sheet, header, size) => sheet.moveRows(sheet.getRange(header + size, 1), header + 2),
    team: (m) => [m[0], m[m.length - 1], ...m.slice(1, -1)],
  },
  {
    name: "duplicate the first member's inputs into the next empty row (copy and paste)",
    apply: (_, sheet, header, size) => sheet.getRange(header + 1, 1, 1, INPUT_COLUMNS).copyTo(sheet.getRange(header + 1 + size, 1)),
    team: (m) => [...m, m[0]],
  },
  {
    name: "cut the last member's inputs and paste them into the next empty row (moveTo)",
    apply: (_, sheet, header, size) => sheet.getRange(header + size, 1, 1, INPUT_COLUMNS).moveTo(sheet.getRange(header + size + 1, 1)),
    team: (m) => m,
  },
  {
    name: 'filter the team table to show the seniors only',
    apply: (addon, _, header, size, sheetName) =>
      addon.withServices(({ SpreadsheetApp }) => {
        const table = SpreadsheetApp.getActiveSpreadsheet()
          .getSheetByName(sheetName)!
          .getRange(header, 1, size + 1, INPUT_COLUMNS);
        table.createFilter().setColumnFilterCriteria(1, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('Senior').build());
      }),
    team: (m) => m,
  },
];

describe('a budget sheet after the rest of a team edits it', () => {
  it.each(EDITS.map((e) => [e.name, e] as const))('%s: every figure as a pristine budget of the team it lists', (_name, edit) => {
    const { addon, sheetName, sheet, header, size } = budget();
    edit.apply(addon, sheet, header, size, sheetName);
    expect(readBudget(addon, sheetName)).toEqual(pristine(edit.team));
  });

  it('the whole sheet pasted as values, then a count edited: the headline shows errors, and its verdict says why and what to do', () => {
    const { addon, sheetName, sheet, header } = budget();
    const before = readBudget(addon, sheetName).headline;
    const area = { row: 1, col: 1, numRows: sheet.getLastRow(), numCols: sheet.getLastColumn() };
    addon.paste({ from: { sheet: sheetName, area }, to: { sheet: sheetName, row: 1, col: 1 }, valuesOnly: true });
    addon.edit(sheetName, sheet.getRange(header + 1, 4).getA1Notation(), 5); // the first member's count
    const { headline } = readBudget(addon, sheetName);
    for (const triple of [headline.team, headline.total])
      expect(Object.values(triple).every((v: unknown) => typeof v === 'string' && v.startsWith('#'))).toBe(true);
    expect(before.team.mid).toEqual(expect.any(Number));
    const verdict = String(sheet.getRange(rowLabelled(addon, sheetName, 'Team (development) cost'), 5).getValue());
    expect(verdict).toBe(CANNOT_JUDGE + PASTED_AS_VALUES);
    // Below the headline, what was pasted stays as pasted: DevRate writes only the headline.
    expect(sheet.getRange(header + 1, 4).getValue()).toBe(5);
  });

  it('a whole member row copied, rate cells included, into the next empty row: the totals show an error, not a different number', () => {
    const { addon, sheetName, sheet, header, size } = budget();
    sheet.getRange(header + 1, 1, 1, sheet.getLastColumn()).copyTo(sheet.getRange(header + 1 + size, 1));
    const { headline } = readBudget(addon, sheetName);
    for (const triple of [headline.team, headline.total])
      expect(Object.values(triple).every((v: unknown) => typeof v === 'string' && v.startsWith('#'))).toBe(true);
  });
});
