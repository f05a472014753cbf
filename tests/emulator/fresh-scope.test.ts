// Apps Script runs the script's top-level code afresh for every execution, custom functions
// included; the emulator does too unless told otherwise, so state leaked between executions fails
// in tests as it would in Sheets.
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../playground/emulator';

const LEAKY = `
var calls = 0;
var cache;
function bump() { calls++; return calls; }
function remember(value) { if (cache === undefined) cache = value; return cache; }
/** @customfunction */
function CALLS() { calls++; return calls; }
function writeFormula() { SpreadsheetApp.getActiveSheet().getRange('A1').setFormula('=CALLS()'); bump(); return calls; }
`;

describe('every execution starts from a fresh global scope', () => {
  it('forgets what the last execution left in globals', () => {
    const addon = loadAddon({ code: LEAKY });
    expect([addon.run('bump').value, addon.run('bump').value]).toEqual([1, 1]);
    expect([addon.run('remember', ['first']).value, addon.run('remember', ['second']).value]).toEqual(['first', 'second']);
  });

  it('runs a custom function recalculated during an execution in a scope of its own', () => {
    const addon = loadAddon({ code: LEAKY });
    expect(addon.run('writeFormula').value).toBe(1); // the custom function's calls++ did not reach this scope
    expect(addon.spreadsheet.getSheets()[0].getRange('A1').getValue()).toBe(1);
  });

  it('keeps one global scope when asked to (freshScope: false), so a leak shows as a difference', () => {
    const addon = loadAddon({ code: LEAKY, freshScope: false });
    expect([addon.run('bump').value, addon.run('bump').value]).toEqual([1, 2]);
    expect(addon.run('remember', ['second']).value).toBe('second');
    expect(addon.run('remember', ['third']).value).toBe('second');
  });
});
