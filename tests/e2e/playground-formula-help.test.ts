// The playground's formula editor logic without a browser: which word the caret is on, which
// function's parentheses hold it and at which argument (strings and nested calls included), the
// completion, and how a recorded chart's table becomes labels and series as Sheets reads them.
import { describe, expect, it } from 'vitest';
import { chartData } from '../../playground/client/chart-config';
import { complete, isOptional, suggestions, summaryAndExample, typingAt } from '../../playground/client/formula-help';
import type { ChartView, FunctionHelp } from '../../playground/protocol';

const fn = (name: string, params: string[] = ['a', 'b']): FunctionHelp => ({
  name,
  description: `${name} does it. Example: =${name}(1)`,
  params: params.map((p) => ({ name: p, description: `the ${p}`, optional: false })),
});
const FUNCTIONS = [fn('DEVRATE'), fn('DEVMONTHLY'), fn('SALARY')];

describe('formula editor: autocomplete and helper', () => {
  it('lists the functions starting with the word at the caret, in any case, only in formulas', () => {
    const at = (text: string) => suggestions(typingAt(text, text.length, FUNCTIONS).word, FUNCTIONS).map((f) => f.name);
    expect(at('=DEV')).toEqual(['DEVRATE', 'DEVMONTHLY']);
    expect(at('=1+dev')).toEqual(['DEVRATE', 'DEVMONTHLY']);
    expect(at('=DEVR')).toEqual(['DEVRATE']);
    expect(at('DEV')).toEqual([]); // text, not a formula
    expect(at('=DEVRATE')).toEqual([]); // already complete
    expect(at('="DEV')).toEqual([]); // inside a string
    expect(at('=A1')).toEqual([]);
  });

  it('finds the innermost known function around the caret and the argument it is on', () => {
    const call = (text: string, caret = text.length) => {
      const found = typingAt(text, caret, FUNCTIONS).call;
      return found && [found.fn.name, found.argument];
    };
    expect(call('=DEVRATE(')).toEqual(['DEVRATE', 0]);
    expect(call('=DEVRATE("senior", ')).toEqual(['DEVRATE', 1]);
    expect(call('=DEVRATE("a, b", ')).toEqual(['DEVRATE', 1]); // a comma in a string is text
    expect(call('=DEVRATE(SALARY("mid"), ')).toEqual(['DEVRATE', 1]);
    expect(call('=DEVRATE(SALARY("mid"')).toEqual(['SALARY', 0]);
    expect(call('=SUM(DEVRATE(1), ')).toBeNull(); // SUM is not one of ours
    expect(call('=DEVRATE(1)')).toBeNull();
    expect(call('=DEVRATE("senior", "asia")', 10)).toEqual(['DEVRATE', 0]);
  });

  it('completes the word to NAME( and puts the caret after the parenthesis', () => {
    const text = '=1+dev*2';
    const typing = typingAt(text, 6, FUNCTIONS);
    expect(complete(text, typing.word!, 6, FUNCTIONS[1])).toEqual({ text: '=1+DEVMONTHLY(*2', caret: 14 });
  });

  it('splits a JSDoc description into summary and example, and reads optional parameters', () => {
    expect(summaryAndExample('Market rate. Example: =DEVRATE("senior")')).toEqual({
      summary: 'Market rate.',
      example: '=DEVRATE("senior")',
    });
    expect(summaryAndExample('No example here.')).toEqual({ summary: 'No example here.', example: null });
    expect(isOptional({ name: 'region', description: '[optional] where', optional: false })).toBe(true);
    expect(isOptional({ name: 'region', description: 'where', optional: true })).toBe(true);
    expect(isOptional({ name: 'level', description: 'junior, mid or senior', optional: false })).toBe(false);
  });
});

describe('embedded chart data', () => {
  const chart = (table: ChartView['table'], change: Partial<ChartView> = {}): ChartView => ({
    id: 1,
    chartType: 'COLUMN',
    anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    title: '',
    width: 600,
    height: 371,
    table,
    numHeaders: -1,
    transpose: false,
    options: {},
    ...change,
  });

  it('reads a header row of text as the series names, the first column as labels', () => {
    expect(
      chartData(
        chart([
          ['', 'Low', 'Mid', 'High'],
          ['Total budget', 1, 2, 3],
        ]),
      ),
    ).toEqual({
      labels: ['Total budget'],
      series: [
        { name: 'Low', values: [1] },
        { name: 'Mid', values: [2] },
        { name: 'High', values: [3] },
      ],
    });
  });

  it('names series itself without a header row, takes numHeaders when set, and transposes', () => {
    expect(
      chartData(
        chart([
          ['a', 1],
          ['b', 2],
        ]),
      ),
    ).toEqual({ labels: ['a', 'b'], series: [{ name: 'Series 1', values: [1, 2] }] });
    expect(
      chartData(
        chart(
          [
            ['x', 'y'],
            ['a', 1],
          ],
          { numHeaders: 0 },
        ),
      ).labels,
    ).toEqual(['x', 'a']);
    expect(
      chartData(
        chart(
          [
            ['', 'a', 'b'],
            ['S', 1, 2],
          ],
          { transpose: true },
        ),
      ),
    ).toEqual({ labels: ['a', 'b'], series: [{ name: 'S', values: [1, 2] }] });
  });

  it('leaves text in a series out of the bars instead of drawing it as zero', () => {
    expect(
      chartData(
        chart([
          ['', 'v'],
          ['a', 'n/a'],
          ['b', 4],
        ]),
      ).series[0].values,
    ).toEqual([null, 4]);
  });
});
