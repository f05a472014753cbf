// Cell formats as Apps Script reads them back, recorded against live Sheets by gas-fakes
// (test/testsheets.js unless said otherwise).
import { describe, expect, it } from 'vitest';
import { call, gas, thrown } from './gas';

/**
 * gas-fakes' format round trip (test/testsheets.js:2015-2075): set a grid with set<Plural>, read it
 * with get<Plural>; set one value on every cell with set<Single>, read it with both getters.
 * `reads` maps what was set to what Sheets gives back (null: the default).
 */
function roundTrip(single: string, plural: string, values: Array<string | number | null>, reads: (v: string | number | null) => unknown) {
  return gas(({ SpreadsheetApp }) => {
    const range = SpreadsheetApp.getActiveSheet().getRange('B2:E5');
    const grid = [0, 1, 2, 3].map((r) => [0, 1, 2, 3].map((c) => values[(r + c) % values.length]));
    call(range, `set${plural}`, grid);
    const many = call(range, `get${plural}`);
    call(range, `set${single}`, values[0]);
    return { many, expected: grid.map((row) => row.map(reads)), allOne: call(range, `get${plural}`), one: call(range, `get${single}`) };
  });
}

describe('format round trips (test/testsheets.js:2076-2163)', () => {
  it.each([
    ['FontWeight', 2079, 'FontWeights', ['bold', 'normal', null], 'normal'],
    ['FontStyle', 2086, 'FontStyles', ['italic', 'normal', null], 'normal'],
    ['FontSize', 2094, 'FontSizes', [10, 8, 4, 5, 20, 11], null],
    ['FontFamily', 2115, 'FontFamilies', ['Arial,Tahoma,Times New Roman', 'Helvetica', 'Verdana,Sans Serif', 'Courier New'], null],
    ['VerticalAlignment', 2149, 'VerticalAlignments', ['top', 'middle', 'bottom', null], 'bottom'],
  ] as const)('%s reads back what was set, a reset as the default (line %i)', (single, _line, plural, values, nullIs) => {
    const got = roundTrip(single, plural, [...values], (v) => v ?? nullIs);
    expect(got.many).toEqual(got.expected);
    expect(got.allOne).toEqual(got.expected.map((row) => row.map(() => got.expected[0][0])));
    expect(got.one).toBe(got.expected[0][0]);
  });

  it('reads "general" back as the pattern 0.############### (lines 2125-2136)', () => {
    const got = roundTrip('NumberFormat', 'NumberFormats', ['general', '0.0000', '#,##0.00', '$#.##0.00'], (v) =>
      v === 'general' ? '0.###############' : v,
    );
    expect(got.many).toEqual(got.expected);
    expect(got.one).toBe('0.###############');
    expect(got.allOne).toEqual(got.expected.map((row) => row.map(() => '0.###############')));
  });

  it('reads horizontal "normal" back as "general-left" and a reset as "general" (lines 2137-2147)', () => {
    const got = roundTrip('HorizontalAlignment', 'HorizontalAlignments', ['normal', 'left', 'center', 'right', null], (v) =>
      v === null ? 'general' : v === 'normal' ? 'general-left' : v,
    );
    expect(got.many).toEqual(got.expected);
    expect(got.one).toBe('general-left');
  });

  it('reads formulas back as set, "" for none (lines 2167-2173)', () => {
    const got = roundTrip('Formula', 'Formulas', ['=SUM($B$2:$B$4)', null, '=AVERAGE($C$2:$C$4)'], (v) => v ?? '');
    expect(got.many).toEqual(got.expected);
    expect(got.one).toBe('=SUM($B$2:$B$4)');
  });

  it('moves relative references when one formula fills a block (lines 2177-2184)', () => {
    const got = gas(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().getRange('B52:C53').setFormula('=A1').getFormulas());
    expect(got).toEqual([
      ['=A1', '=B1'],
      ['=A2', '=B2'],
    ]);
  });
});

describe("a new sheet's look (test/testsheets.js:2371-2570)", () => {
  it('is white, Arial 10, wrapped, bottom and general aligned', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('A1:C5');
      return {
        background: range.getBackground(),
        backgrounds: range.getBackgrounds(),
        family: [range.getFontFamily(), range.getFontFamilies().flat()],
        size: [range.getFontSize(), range.getFontSizes().flat()],
        wrap: [range.getWrap(), range.getWraps().flat()],
        vertical: range.getVerticalAlignment(),
        verticals: range.getVerticalAlignments().flat(),
        horizontal: [range.getHorizontalAlignment(), range.getHorizontalAlignments().flat()],
      };
    });
    expect(got.background).toBe('#ffffff'); // 2420-2425
    expect(got.backgrounds).toHaveLength(5); // 2414
    expect(got.backgrounds[0]).toHaveLength(3); // 2415
    expect(got.backgrounds.flat().every((b) => b === got.background)).toBe(true); // 2416-2417
    expect(got.family).toEqual(['Arial', Array(15).fill('Arial')]); // 2478-2485
    expect(got.size).toEqual([10, Array(15).fill(10)]); // 2488-2495
    expect(got.wrap).toEqual([true, Array(15).fill(true)]); // 2498-2505
    expect(got.vertical.toUpperCase()).toBe('BOTTOM'); // 2555-2560
    expect(got.verticals).toEqual(Array(15).fill(got.vertical)); // 2553
    expect(got.horizontal).toEqual(['general', Array(15).fill('general')]); // 2562-2572
  });

  it('takes backgrounds and font colours, one or a grid (lines 2427-2470)', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('A1:B2');
      range.setBackground('#1a2b3c');
      const one = [range.getBackground(), range.getBackgrounds().flat()];
      range.setBackgrounds([
        ['#111111', '#222222'],
        ['#333333', '#444444'],
      ]);
      range.setFontColors([
        ['#aa0000', '#00bb00'],
        ['#0000cc', '#dddddd'],
      ]);
      return { one, grid: range.getBackgrounds(), fonts: range.getFontColors(), font: range.getFontColor() };
    });
    expect(got.one).toEqual(['#1a2b3c', Array(4).fill('#1a2b3c')]);
    expect(got.grid).toEqual([
      ['#111111', '#222222'],
      ['#333333', '#444444'],
    ]);
    expect(got.fonts).toEqual([
      ['#aa0000', '#00bb00'],
      ['#0000cc', '#dddddd'],
    ]);
    expect(got.font).toBe('#aa0000');
  });
});

describe('colour names (test/testsheetssets.js:256-330)', () => {
  // A sample of the 147 CSS names the test sets, with the hex Sheets gives back (lines 260-290).
  const SAMPLE: Record<string, string> = {
    aliceblue: '#f0f8ff',
    black: '#000000',
    blue: '#0000ff',
    darkgrey: '#a9a9a9',
    fuchsia: '#ff00ff',
    gold: '#ffd700',
    lightcoral: '#f08080',
    navy: '#000080',
    red: '#ff0000',
    white: '#ffffff',
    yellowgreen: '#9acd32',
  };

  it('reads names back as hex, for backgrounds and font colours (lines 309-327)', () => {
    const names = Object.keys(SAMPLE);
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, names.length);
      range.setBackgrounds([names]);
      range.setFontColors([names]);
      return { backgrounds: range.getBackgrounds()[0], fonts: range.getFontColors()[0] };
    });
    const hex = names.map((name) => SAMPLE[name]);
    expect(got.backgrounds).toEqual(hex);
    expect(got.fonts).toEqual(hex);
  });

  it('ignores the case of a name (lines 330-331)', () => {
    const got = gas(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().getRange('A1').setBackground('LIGHTCORAL').getBackground());
    expect(got).toBe('#f08080');
  });
});

describe('notes (test/testsheets.js:770-795)', () => {
  it('sets one note on every cell or a grid of notes, and refuses a non-grid', () => {
    const got = gas(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('C2:D3');
      range.setNote('foo');
      const one = [range.getNote(), range.getNotes()];
      range.setNotes([
        ['foo', 'bar'],
        ['', 'foo'],
      ]);
      return { one, grid: range.getNotes(), refused: thrown(() => call(range, 'setNotes', 'foo')) };
    });
    expect(got.one).toEqual([
      'foo',
      [
        ['foo', 'foo'],
        ['foo', 'foo'],
      ],
    ]);
    expect(got.grid).toEqual([
      ['foo', 'bar'],
      ['', 'foo'],
    ]);
    expect(got.refused).toMatch(/don't match the method signature/);
  });
});
