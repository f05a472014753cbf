// Writes into a protected range fail for a script as Sheets fails them; warning-only protections
// let scripts write (playground/emulator/protected-writes.ts).
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../playground/emulator';
import { PROTECTED_CELL_MESSAGE } from '../../playground/emulator/protected-writes';
import type { SheetFacade } from '../../playground/emulator/sheet';

const OWNER = 'owner@example.com';
const MEMBER = 'member@example.com';

function protectedSheet(warningOnly: boolean) {
  const addon = loadAddon({ code: '', defaultUser: OWNER });
  addon.withServices(
    ({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:B2').setValues([
        ['Total', 10],
        ['typed', 1],
      ]);
      sheet.getRange('A1:B1').protect().setDescription('Totals').setWarningOnly(warningOnly);
    },
    { user: OWNER },
  );
  return addon;
}

/** What `user`'s script gets when it runs `write`, and what the cells hold afterwards. */
function attempt(addon: ReturnType<typeof protectedSheet>, user: string, write: (sheet: SheetFacade) => void) {
  return addon.withServices(
    ({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      let error = '';
      try {
        write(sheet);
      } catch (e) {
        error = (e as Error).message;
      }
      return { error, cells: sheet.getRange('A1:B2').getValues() };
    },
    { user },
  );
}

describe('a protection that is not warning-only', () => {
  it("refuses a non-editor's script with Sheets' message and changes nothing", () => {
    const addon = protectedSheet(false);
    for (const write of [
      (s: SheetFacade) => s.getRange('B1').setValue(99),
      (s: SheetFacade) => s.getRange('A1:B2').clearContent(),
      (s: SheetFacade) => s.getRange('A2:B2').copyTo(s.getRange('A1')),
      (s: SheetFacade) => s.deleteRow(1),
    ]) {
      expect(attempt(addon, MEMBER, write)).toEqual({
        error: PROTECTED_CELL_MESSAGE,
        cells: [
          ['Total', 10],
          ['typed', 1],
        ],
      });
    }
  });

  it('lets a non-editor write outside it, and its editor write inside it', () => {
    const addon = protectedSheet(false);
    expect(attempt(addon, MEMBER, (s) => s.getRange('B2').setValue(2))).toEqual({
      error: '',
      cells: [
        ['Total', 10],
        ['typed', 2],
      ],
    });
    expect(attempt(addon, OWNER, (s) => s.getRange('B1').setValue(11)).cells[0]).toEqual(['Total', 11]);
  });

  it('answers canEdit for the user running the script', () => {
    const addon = protectedSheet(false);
    const canEdit = (user: string) =>
      addon.withServices(
        ({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].canEdit(),
        {
          user,
        },
      );
    expect([canEdit(OWNER), canEdit(MEMBER)]).toEqual([true, false]);
  });

  it('a sheet protection blocks all but its unprotected ranges', () => {
    const addon = loadAddon({ code: '', defaultUser: OWNER });
    addon.withServices(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.protect().setUnprotectedRanges([sheet.getRange('C1:C9')]);
    });
    expect(attempt(addon, MEMBER, (s) => s.getRange('A1').setValue('x')).error).toBe(PROTECTED_CELL_MESSAGE);
    expect(attempt(addon, MEMBER, (s) => s.getRange('C2').setValue('x')).error).toBe('');
  });
});

describe('a warning-only protection', () => {
  it("lets any user's script write (the warning is a person's prompt)", () => {
    const addon = protectedSheet(true);
    expect(attempt(addon, MEMBER, (s) => s.getRange('B1').setValue(99))).toEqual({
      error: '',
      cells: [
        ['Total', 99],
        ['typed', 1],
      ],
    });
  });
});
