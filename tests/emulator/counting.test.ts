import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

describe('service call counting', () => {
  it('counts each call on a service object, per method, for one execution', () => {
    const addon = loadFixture();
    const result = addon.run('countedWork');
    expect(result.value).toBe(10);
    expect(result.counts.byMethod).toEqual({
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Range.setFormula': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 4,
      'SpreadsheetApp.getActiveSheet': 1,
    });
    expect(result.counts.total).toBe(9);
  });

  it('starts from zero for each execution', () => {
    const addon = loadFixture();
    addon.run('countedWork');
    expect(addon.run('countedWork').counts.total).toBe(9);
  });

  it('counts a custom function run by a formula as its own execution', () => {
    const addon = loadFixture();
    const seen: Array<{ entryPoint: string; total: number; authMode: string }> = [];
    addon.onExecution((r) => seen.push({ entryPoint: r.entryPoint, total: r.counts.total, authMode: r.authMode }));
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue(3);
    sheet.getRange('B1').setValue('=PEEK("A1")');
    expect(sheet.getRange('B1').getValue()).toBe(3);
    expect(seen).toEqual([{ entryPoint: 'PEEK', total: 3, authMode: 'CUSTOM_FUNCTION' }]);
  });

  it('runs a custom function as a nested execution when an entry point reads its formula', () => {
    const addon = loadFixture();
    const seen: string[] = [];
    addon.onExecution((r) => seen.push(`${r.entryPoint}:${r.authMode}:${r.counts.total}`));
    const result = addon.run('formulaInsideRun');
    expect(result.value).toBe(42);
    expect(result.counts.byMethod).toEqual({
      'Range.getValue': 1,
      'Range.setFormula': 1,
      'Sheet.getRange': 1,
      'SpreadsheetApp.getActiveSheet': 1,
    });
    expect(seen).toEqual(['DOUBLE:CUSTOM_FUNCTION:0', 'formulaInsideRun:FULL:4']);
  });

  it('keeps Logger and console output per execution', () => {
    const addon = loadFixture();
    const result = addon.run('logSomething');
    expect(result.value).toBe('hello logger');
    expect(result.logs).toEqual([
      { level: 'Logger', message: 'hello logger' },
      { level: 'log', message: 'hello console 42' },
    ]);
    expect(result.counts.byMethod).toEqual({ 'Logger.getLog': 1, 'Logger.log': 1 });
  });
});
