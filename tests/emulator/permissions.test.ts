import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';

describe('custom functions run read-only', () => {
  it('refuses writes with "You do not have permission to call"', () => {
    const addon = loadFixture();
    expect(() => addon.customFunction('SNEAKY')).toThrow('You do not have permission to call setValue');
    expect(addon.spreadsheet.getActiveSheet().getRange('Z1').getValue()).toBe('');
  });

  it('shows the refusal as the cell error when a formula calls it', () => {
    const addon = loadFixture();
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('A1').setValue('=SNEAKY()');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(addon.workbook.readErrors(sheet.getSheetId(), { row: 1, col: 1, numRows: 1, numCols: 1 })[0][0]).toEqual({
      code: '#ERROR!',
      message: 'You do not have permission to call setValue',
    });
  });

  it('has no Ui in a custom function', () => {
    const addon = loadFixture();
    expect(() => addon.customFunction('SHOWUI')).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('may read the spreadsheet', () => {
    const addon = loadFixture();
    addon.spreadsheet.getActiveSheet().getRange('B2').setValue(7);
    expect(addon.customFunction('PEEK', ['B2']).value).toBe(7);
    const sheet = addon.spreadsheet.getActiveSheet();
    sheet.getRange('C1').setValue('=PEEK("B2")*2');
    expect(sheet.getRange('C1').getValue()).toBe(14);
  });
});

describe('AuthMode.NONE (onOpen before the add-on is used in this document)', () => {
  it('still builds the add-on menu', () => {
    const addon = loadFixture();
    const result = addon.open('NONE');
    expect(result?.error).toBeUndefined();
    expect(addon.ui.menus[0].items.map((i) => (i.kind === 'separator' ? '---' : i.caption))).toEqual(['About', '---', 'Tools']);
  });

  it('refuses the document and its properties', () => {
    const addon = loadFixture();
    expect(() => addon.run('onOpenReadingDocument', [{}], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => addon.run('seedRates', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call LockService.getDocumentLock',
    );
  });

  it('hides the user email', () => {
    const addon = loadFixture();
    expect(addon.run<{ user: string }>('getAboutInfo', [], { authMode: 'NONE' }).value.user).toBe('');
    expect(addon.run<{ user: string }>('getAboutInfo', [], { user: 'dev@example.com' }).value.user).toBe('dev@example.com');
  });

  it('reads document properties in LIMITED mode', () => {
    const addon = loadFixture();
    addon.run('seedRates');
    addon.open('LIMITED');
    expect(addon.ui.menus[0].items.map((i) => (i.kind === 'item' ? i.caption : i.kind))).toEqual([
      'About',
      'Reseed rates',
      'separator',
      'submenu',
    ]);
  });
});

describe('calls from the sidebar (google.script.run)', () => {
  it('cannot reach private functions', () => {
    const addon = loadFixture();
    expect(addon.run('helper_').value).toBe('private');
    expect(() => addon.run('helper_', [], { fromClient: true })).toThrow('Script function not found: helper_');
  });

  it('gets JSON-like copies of results', () => {
    const addon = loadFixture();
    const { value } = addon.run<{ when: unknown }>('getAboutInfo', [], { fromClient: true });
    expect(value.when).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('execution limits', () => {
  it('stops a runaway execution', () => {
    const addon = loadFixture({ timeoutMs: 200 });
    expect(() => addon.run('spin')).toThrow(/timed out/);
  });
});

describe('every emulated write is known to the policy', () => {
  it('lists each method that changes the spreadsheet, so custom functions cannot call it', async () => {
    const { WRITE_METHODS, SELECTION_METHODS } = await import('../../playground/emulator/policy');
    const { RangeFacade } = await import('../../playground/emulator/range');
    const { RangeListFacade } = await import('../../playground/emulator/range-list');
    const { SheetFacade } = await import('../../playground/emulator/sheet');
    const { SpreadsheetFacade } = await import('../../playground/emulator/spreadsheet');
    const { ProtectionFacade } = await import('../../playground/emulator/protection');
    const { NamedRangeFacade } = await import('../../playground/emulator/named-range');
    const { APPS_SCRIPT_METHODS } = await import('../../playground/emulator/apps-script-api.generated');
    const changes =
      /^(set|clear|insert|delete|remove|merge|break|check|uncheck|append|hide|show|add|protect|sort|move|rename|duplicate|update)/;
    const unlisted: string[] = [];
    for (const cls of [RangeFacade, RangeListFacade, SheetFacade, SpreadsheetFacade, ProtectionFacade, NamedRangeFacade]) {
      const api = cls.apiName;
      // Walk the prototype chain (Range inherits its formatting methods).
      for (
        let proto: object | null = cls.prototype;
        proto && proto !== Object.prototype;
        proto = Object.getPrototypeOf(proto) as object | null
      ) {
        for (const method of Object.getOwnPropertyNames(proto)) {
          if (!changes.test(method) || !APPS_SCRIPT_METHODS[api]?.includes(method)) continue;
          if (!WRITE_METHODS[api]?.has(method) && !SELECTION_METHODS[api]?.has(method)) unlisted.push(`${api}.${method}`);
        }
      }
    }
    expect(unlisted).toEqual([]);
  });
});
