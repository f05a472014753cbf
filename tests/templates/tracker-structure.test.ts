// The tracker's structure is found by developer metadata (issue 20, point 2): a header row sorted
// in with the data, a deleted header row, a weights block sorted, lengthened or shortened, a
// question's label typed over. Each is detected, every action refuses it naming the damage and
// "Use DevRate > Repair tracker", and Repair restores it without promoting a data row into the
// header or changing anything typed, after which the debrief on the sheet is the sidebar's.
import { describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import { dataset } from '../../src/domain/dataset';
import { ACTIONS, columnOf, headerRowOf, partSheet, recomputed, seededTracker, view } from './tracker-edits';
import { call } from './tracker-fixture';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const questions = dataset.hiring.questions;

const repair = (addon: Addon) =>
  addon.clickMenu(['DevRate', 'Repair tracker']) as { value: { restored: string[]; blocked: string[] }[]; error?: string };

/** Every action of the tracker, as the sidebar and the menu run them. */
const EVERY_ACTION: Record<string, (addon: Addon) => unknown> = {
  'add candidate': ACTIONS['add candidate'],
  submit: ACTIONS['submit scorecard'],
  reveal: ACTIONS['reveal scores'],
  'panel change': (addon) =>
    call(addon, 'setPanel', { trackerId: 1, candidate: 'Ana', panel: ['Ben', 'Cleo', 'Dee'], expected: '', interviewer: 'Ben' }).value,
  'read debrief': ACTIONS['read debrief'],
  'refresh debrief': (addon) => addon.clickMenu(['DevRate', 'Refresh debrief']),
  compare: (addon) => call(addon, 'compareCandidates', 1).value,
};

/** The message an action refused with, or '' when it did what it does. */
function refusalOf(run: () => unknown): string {
  try {
    const result = run();
    if (typeof result === 'object' && result !== null && 'error' in result && typeof result.error === 'string') return result.error;
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Each action refuses, naming the damage and the way out, and writes nothing. */
function expectEveryActionRefuses(addon: Addon, damage: RegExp): void {
  for (const [name, action] of Object.entries(EVERY_ACTION)) {
    const before = everything(addon);
    const message = refusalOf(() => action(addon));
    expect(message, name).toMatch(damage);
    expect(message, name).toMatch(/Use DevRate > Repair tracker/);
    expect(everything(addon), `${name} wrote nothing`).toEqual(before);
  }
}

/** Every cell of the tracker's sheets, as values. */
const everything = (addon: Addon) =>
  (['candidates', 'scorecards', 'rules'] as const).map((part) => JSON.stringify(partSheet(addon, part)!.getDataRange().getValues()));

/**
 * A person types over Ana's weighted score (row: where her row is now): the onEdit refresh, which
 * on a sound tracker writes the figure back, raises nothing and writes nothing.
 */
function expectOnEditWritesNothing(addon: Addon, weighted: number, row: number): void {
  const candidates = partSheet(addon, 'candidates')!;
  const cell = candidates.getRange(row, weighted);
  expect(candidates.getRange(row, 1).getValue()).toBe('Ana');
  const figure: unknown = cell.getValue();
  expect(figure).toEqual(expect.any(Number));
  const before = everything(addon);
  const result = addon.edit(candidates.getName(), cell.getA1Notation(), '9');
  expect(result?.error).toBeUndefined();
  expect(cell.getValue(), 'the figure typed over is not written back').toBe(9);
  cell.setValue(figure);
  expect(everything(addon), 'nothing else written').toEqual(before);
}

/** What people typed, row by row, order-free: a sort reorders rows, it changes no row. */
function typed(addon: Addon) {
  const pick = (row: string, keys: string[]) => {
    const all = JSON.parse(row) as Record<string, unknown>;
    return JSON.stringify(keys.map((k) => all[k]));
  };
  return {
    candidates: view(partSheet(addon, 'candidates'))
      .map((r) =>
        pick(r, ['Candidate', 'Profile link', 'Stage', 'Claimed level', 'Years', 'Region', 'Specialization', 'Quoted $/hour', 'Panel']),
      )
      .sort(),
    scorecards: view(partSheet(addon, 'scorecards'))
      .map((r) => pick(r, ['Candidate', 'Interviewer', 'Round', 'Notes', ...questions.map((q) => q.name), 'Overall vote']))
      .sort(),
    weights: weightsByQuestion(addon),
  };
}

/** Each question's weight as typed beside its name on Scoring rules, wherever the row is. */
function weightsByQuestion(addon: Addon): Record<string, unknown> {
  const rows = partSheet(addon, 'rules')!.getDataRange().getValues();
  return Object.fromEntries(questions.map((q) => [q.name, rows.find((r) => r[0] === q.name)?.[1]]));
}

/** After the repair: every action works again and the debrief on the sheet is the sidebar's. */
function expectWorking(addon: Addon): void {
  for (const name of ['add candidate', 'read debrief', 'compare', 'panel change', 'refresh debrief'])
    expect(
      refusalOf(() => EVERY_ACTION[name](addon)),
      name,
    ).toBe('');
  recomputed(addon);
}

/** Distinct weights, so a sort moves them. */
function typeWeights(addon: Addon, weights: (number | string)[]): Sheet {
  const range = addon.spreadsheet.getRangeByName('DevRateWeights')!;
  range.setValues(weights.map((w) => [w]));
  return partSheet(addon, 'rules')!;
}

describe('the header row, found by its metadata', () => {
  // Whether Sheets moves a row's metadata with the row in a sort is not documented (self-test row
  // sort-keeps-row-metadata): the emulator assumes it stays on its row number; both are run.
  it.each([
    ['candidates', 'stays'],
    ['scorecards', 'stays'],
    ['candidates', 'travels'],
    ['scorecards', 'travels'],
  ] as const)(
    'a %s sort that took the header row with it (the header tag %s): refused, the rows above named; Repair names them and freezes nothing onto them; moved back, all works',
    (part, belief) => {
      const addon = seededTracker({ rowMetadataOnSort: belief });
      const sheet = partSheet(addon, part)!;
      const before = typed(addon);
      sheet.setFrozenRows(0);
      sheet.sort(1); // by Candidate: "Ana" and "Bo" sort above the title "Candidate"
      const header = headerRowOf(sheet);
      expect(header).toBeGreaterThan(1);
      const tagRows = sheet
        .createDeveloperMetadataFinder()
        .withKey('devrate.header')
        .find()
        .map((m) => m.getLocation().getRow()?.getRow());
      expect(tagRows).toEqual([belief === 'travels' ? header : 1]);
      const title = part === 'candidates' ? 'Candidates' : 'Scorecards';
      expectEveryActionRefuses(addon, new RegExp(`Rows of "${title}" are above its header row, out of the table: row 1 \\("Ana"\\)`));

      const { value } = repair(addon);
      expect(value[0].blocked.join(' ')).toMatch(
        new RegExp(`Rows of data are above the header row \\(row ${header}\\) of "${title}".*row 1: "Ana"`),
      );
      expect(sheet.getFrozenRows(), 'no row of data is frozen above the header').toBe(0);
      expect(headerRowOf(sheet)).toBe(header); // no data row promoted into the header
      expectEveryActionRefuses(addon, /are above its header row/);

      // People move them as Repair says; Repair then freezes the header.
      sheet.moveRows(sheet.getRange(`1:${header - 1}`), header + 1);
      expect(headerRowOf(sheet)).toBe(1);
      expect(repair(addon).value[0].restored).toContain(
        `the frozen header of "${title}" (rows 1 to 1, so that sorting leaves its header row in place)`,
      );
      expect(typed(addon)).toEqual(before);
      expectWorking(addon);
    },
  );

  it.each(['candidates', 'scorecards'] as const)(
    'a deleted %s header row: refused; Repair inserts a new header row above the first row of data, nothing typed moves',
    (part) => {
      const addon = seededTracker();
      const sheet = partSheet(addon, part)!;
      const before = typed(addon);
      const firstRow = JSON.stringify(sheet.getRange(2, 1, 1, 6).getValues());
      const weighted = columnOf(partSheet(addon, 'candidates')!, 'Weighted score');
      sheet.deleteRow(1);
      const title = part === 'candidates' ? 'Candidates' : 'Scorecards';
      expectEveryActionRefuses(addon, new RegExp(`The header row of "${title}" is gone`));
      expectOnEditWritesNothing(addon, weighted, part === 'candidates' ? 1 : 2);

      const { value } = repair(addon);
      expect(value[0].restored).toContain(
        `a new header row on "${title}" at row 1, above the first row of data (the header row was deleted; every row below it is as it was)`,
      );
      expect(JSON.stringify(sheet.getRange(2, 1, 1, 6).getValues()), 'the first row of data stays data').toBe(firstRow);
      expect(sheet.getRange(1, 1).getValue()).toBe('Candidate');
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
      expect(sheet.getFrozenRows()).toBe(1);
      expect(typed(addon)).toEqual(before);
      expectWorking(addon);
    },
  );

  it.each(['stays', 'travels'] as const)(
    'a sort that moved the header row up, with no candidate above it (the tag %s): the market rates would sit beside other candidates, so every action refuses until Repair rewrites the formulas',
    (belief) => {
      const addon = seededTracker({ rowMetadataOnSort: belief });
      const sheet = partSheet(addon, 'candidates')!;
      const market = columnOf(sheet, 'Market $/hour');
      const rateOf = (name: string) =>
        sheet
          .getRange(
            sheet
              .getDataRange()
              .getValues()
              .findIndex((r) => r[0] === name) + 1,
            market,
          )
          .getValue();
      const rates = { Ana: rateOf('Ana'), Bo: rateOf('Bo') };
      // A note typed above the table, then Repair freezes down to the header (row 2) and anchors the formulas there.
      sheet.insertRowBefore(1);
      sheet.getRange(1, 1).setValue('A note on the hiring round');
      repair(addon);
      expect(headerRowOf(sheet)).toBe(2);
      // Unfrozen and sorted Z→A by the quote with the header: its title (text) first, the quotes, the note (no quote) last.
      sheet.setFrozenRows(0);
      const quote = columnOf(sheet, 'Quoted $/hour');
      sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).sort({ column: quote, ascending: false });
      expect(headerRowOf(sheet)).toBe(1);
      expectEveryActionRefuses(addon, /no longer starts? at the header row \(rows sorted together with the header row\)/);
      repair(addon);
      expect({ Ana: rateOf('Ana'), Bo: rateOf('Bo') }, 'each market rate in its own row again').toEqual(rates);
      expectWorking(addon);
    },
  );

  it('a tracker from before the header metadata: found by its titles, and Repair tags it', () => {
    const addon = seededTracker();
    const sheet = partSheet(addon, 'candidates')!;
    for (const m of sheet.createDeveloperMetadataFinder().withKey('devrate.header').find()) m.remove();
    expect(refusalOf(() => EVERY_ACTION['read debrief'](addon))).toBe('');
    repair(addon);
    const tags = sheet.createDeveloperMetadataFinder().withKey('devrate.header').find();
    expect(tags.map((m) => m.getLocation().getRow()?.getRow())).toEqual([1]);
  });
});

describe('header text never overrides metadata', () => {
  it('Stage renamed "Pipeline" and a column of your own called "Stage": new stages go to DevRate\'s column, Repair leaves yours alone', () => {
    const addon = seededTracker();
    const sheet = partSheet(addon, 'candidates')!;
    const stage = columnOf(sheet, 'Stage');
    sheet.getRange(1, stage).setValue('Pipeline');
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    const mine = sheet.getMaxColumns();
    sheet.getRange(1, mine).setValue('Stage');
    sheet.getRange(2, mine).setValue('our own note');
    ACTIONS['add candidate'](addon);
    const zed = view(sheet)
      .map((r) => JSON.parse(r) as Record<string, unknown>)
      .find((r) => r.Candidate === 'Zed')!;
    expect(zed.Pipeline).toBe('sourced');
    expect(zed.Stage).toBe('');
    const { value } = repair(addon);
    expect(value[0].restored).toEqual([]);
    expect(sheet.getRange(3, mine).getDataValidation(), 'no dropdown on your column').toBeNull();
    expect(sheet.getRange(3, stage).getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(sheet.getRange(2, mine).getValue()).toBe('our own note');
  });

  it('two header texts swapped: Repair re-points no formula and market rates stay', () => {
    const addon = seededTracker();
    const sheet = partSheet(addon, 'candidates')!;
    const [region, spec, market] = ['Region', 'Specialization', 'Market $/hour'].map((h) => columnOf(sheet, h));
    const formulas = JSON.stringify(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getFormulas());
    const rates = JSON.stringify(sheet.getRange(2, market, 3, 1).getValues());
    sheet.getRange(1, region).setValue('Specialization');
    sheet.getRange(1, spec).setValue('Region');
    expect(repair(addon).value[0].restored).toEqual([]);
    expect(JSON.stringify(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getFormulas())).toBe(formulas);
    expect(JSON.stringify(sheet.getRange(2, market, 3, 1).getValues())).toBe(rates);
    expectWorking(addon);
  });
});

describe('the weights block, found by its named range and row metadata', () => {
  const WEIGHTS = [3, 1, 4, "'2", 5, 0];

  it.each(['tag stays', 'tag travels'] as const)(
    'sorted (%s): refused; Repair puts each question back in its row with its own weight',
    (belief) => {
      const addon = seededTracker();
      const rules = typeWeights(addon, WEIGHTS);
      const before = typed(addon);
      const first = addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow();
      rules.getRange(first, 1, questions.length, 3).sort({ column: 2, ascending: true });
      if (belief === 'tag travels') {
        // Each question's tag goes where its label went, as if Sheets moved row metadata with the
        // cells (a sort of part of the rows, A:C, moves no row whole: the emulator's switch leaves it).
        const labels = rules
          .getRange(first, 1, questions.length, 1)
          .getValues()
          .map((r) => r[0]);
        for (const m of rules.createDeveloperMetadataFinder().withKey('devrate.weight').find()) {
          const row = first + labels.indexOf(questions.find((q) => q.id === m.getValue())!.name);
          m.moveToRow(rules.getRange(`${row}:${row}`));
        }
      }
      expect(weightsByQuestion(addon)).toEqual(before.weights); // the labels moved with their weights
      expectEveryActionRefuses(addon, /The scoring weights on "Scoring rules" are out of question order/);
      expect(repair(addon).value[0].restored.join(' ')).toMatch(/put each question back in its row in question order/);
      expect(rules.getRange(first, 1, questions.length, 1).getValues().flat()).toEqual(questions.map((q) => q.name));
      expect(typed(addon)).toEqual(before);
      expectWorking(addon);
    },
  );

  it('the whole Scoring rules sheet sorted: refused; Repair takes each weight from the row its label went to, overwriting nothing', () => {
    const addon = seededTracker();
    typeWeights(addon, WEIGHTS);
    const before = typed(addon);
    const rules = partSheet(addon, 'rules')!;
    const cells = () => rules.getDataRange().getValues().flat().map(String).filter(Boolean).sort();
    const typedCells = cells();
    rules.sort(1);
    expectEveryActionRefuses(addon, /of the scoring weights on "Scoring rules" reads/);
    repair(addon);
    const block = addon.spreadsheet.getRangeByName('DevRateWeights')!;
    const rows = rules.getRange(block.getRow(), 1, questions.length, 2).getValues();
    expect(rows.map((r) => r[0])).toEqual(questions.map((q) => q.name));
    expect(Object.fromEntries(rows.map((r) => [r[0], r[1]]))).toEqual(before.weights);
    // Every text that was on the sheet is still on it (the rows a sort moved are left where they went).
    const after = cells();
    for (const text of typedCells.filter((t) => !/^\d+(\.\d+)?$/.test(t))) expect(after, text).toContain(text);
  });

  it('a row inserted inside and typed in: refused; Repair moves it below the block, nothing lost', () => {
    const addon = seededTracker();
    const rules = typeWeights(addon, WEIGHTS);
    const before = typed(addon);
    const first = addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow();
    rules.insertRowAfter(first + 1);
    rules.getRange(first + 2, 1, 1, 2).setValues([['Pairing', 2]]);
    expectEveryActionRefuses(
      addon,
      new RegExp(
        `have ${questions.length + 1} rows where there should be ${questions.length}, one per question: row ${first + 2} \\("Pairing"\\)`,
      ),
    );
    const restored = repair(addon).value[0].restored.join(' ');
    expect(restored).toMatch(/moved a row that is no question's \(holding "Pairing", "2"\) below the Total row/);
    expect(restored, 'nothing was out of order').not.toMatch(/question order/);
    expect(addon.spreadsheet.getRangeByName('DevRateWeights')!.getNumRows()).toBe(questions.length);
    expect(
      rules
        .getDataRange()
        .getValues()
        .some((r) => r[0] === 'Pairing' && r[1] === 2),
    ).toBe(true);
    expect(typed(addon)).toEqual(before);
    expectWorking(addon);
  });

  it('a row deleted: refused; Repair gives the question back its row, at its default weight, and says so', () => {
    const addon = seededTracker();
    const rules = typeWeights(addon, WEIGHTS);
    const before = typed(addon);
    const first = addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow();
    const lost = questions[2];
    rules.deleteRow(first + 2);
    expectEveryActionRefuses(addon, new RegExp(`have no row for "${lost.name}" any more`));
    const restored = repair(addon).value[0].restored.join(' ');
    expect(restored, 'nothing was out of order').not.toMatch(/question order/);
    expect(restored).toMatch(new RegExp(`gave "${lost.name}" its default weight \\d+ \\(its row was deleted: check the weight\\)`));
    const after = typed(addon);
    expect({ ...after.weights, [lost.name]: before.weights[lost.name] }).toEqual(before.weights);
    expect({ ...after, weights: before.weights }).toEqual(before);
    expectWorking(addon);
  });

  it("a question's label typed over: refused; Repair writes the label again, the weight stays", () => {
    const addon = seededTracker();
    const rules = typeWeights(addon, WEIGHTS);
    const before = typed(addon);
    const first = addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow();
    rules.getRange(first + 1, 1).setValue('Culture');
    expectEveryActionRefuses(addon, new RegExp(`reads "Culture" where DevRate wrote "${questions[1].name}"`));
    repair(addon);
    expect(typed(addon)).toEqual(before);
    expectWorking(addon);
  });

  it('a weight typed as text that is no number: every read of the weights refuses, naming the cell', () => {
    const addon = seededTracker();
    const range = addon.spreadsheet.getRangeByName('DevRateWeights')!;
    range.getCell(2, 1).setValue('lots');
    const cell = `B${range.getRow() + 1}`;
    for (const name of ['submit', 'read debrief', 'refresh debrief'])
      expect(
        refusalOf(() => EVERY_ACTION[name](addon)),
        name,
      ).toMatch(new RegExp(`The weight of "${questions[1].name}" \\(cell ${cell} of the Scoring rules sheet\\) holds "lots"`));
  });

  it('its named range removed after rows were inserted above the weights: Repair points it at the tagged rows', () => {
    const addon = seededTracker();
    typeWeights(addon, WEIGHTS);
    const before = typed(addon);
    const rules = partSheet(addon, 'rules')!;
    rules.insertRowsBefore(1, 2);
    const first = addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow();
    addon.spreadsheet.removeNamedRange('DevRateWeights');
    repair(addon);
    expect(addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow()).toBe(first);
    expect(typed(addon)).toEqual(before);
    expectWorking(addon);
  });

  it('a tracker from before the weight metadata: read by its labels, and Repair tags each row with its question', () => {
    const addon = seededTracker();
    const rules = partSheet(addon, 'rules')!;
    for (const m of rules.createDeveloperMetadataFinder().withKey('devrate.weight').find()) m.remove();
    expectWorking(addon);
    repair(addon);
    const first = addon.spreadsheet.getRangeByName('DevRateWeights')!.getRow();
    const tags = rules.createDeveloperMetadataFinder().withKey('devrate.weight').find();
    expect(tags.map((m) => [m.getLocation().getRow()?.getRow(), m.getValue()])).toEqual(questions.map((q, i) => [first + i, q.id]));
  });
});
