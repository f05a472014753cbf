// Checks of where things are found: range lists, sheet names, named ranges, protections.
import { show, thrown, type SelfTestCheck } from './check';

const a1s = (ranges: GoogleAppsScript.Spreadsheet.Range[]) => ranges.map((r) => r.getA1Notation());

export const rangeListOrder: SelfTestCheck = {
  id: 'range-list-order',
  assumption:
    'Sheet.getRangeList(["C3", "A1", "B2"]).getRanges() returns the ranges in the order given (the tracker matches them by position).',
  run({ sheet }) {
    const got = a1s(sheet.getRangeList(['C3', 'A1', 'B2']).getRanges());
    return { observed: `getRanges() gave ${show(got)}.`, pass: got.join() === 'C3,A1,B2' };
  },
};

export const sheetNameCase: SelfTestCheck = {
  id: 'sheet-name-case',
  assumption: 'getSheetByName ignores case, as sheet names are unique regardless of case (new sheet names are chosen with getSheetByName).',
  run({ spreadsheet, sheet, newSheet }) {
    const name = sheet.getName();
    const found = spreadsheet.getSheetByName(name.toUpperCase());
    let insert: string;
    try {
      newSheet(name.toLowerCase());
      insert = 'insertSheet accepted the same name in lower case';
    } catch (error) {
      insert = `insertSheet refused it in lower case (${thrown(error)})`;
    }
    const sameSheet = found !== null && found.getSheetId() === sheet.getSheetId();
    return {
      observed: `getSheetByName(${show(name.toUpperCase())}) found ${found ? show(found.getName()) : 'nothing'}; ${insert}.`,
      pass: sameSheet && insert.startsWith('insertSheet refused'),
    };
  },
};

export const namedRangeOfDeletedSheet: SelfTestCheck = {
  id: 'named-range-deleted-sheet',
  assumption:
    'Deleting a sheet removes the named ranges on it: getRangeByName gives null and getNamedRanges no longer lists them (a rate card deleted with its sheet is seen as gone).',
  run({ spreadsheet, stamp, newSheet, afterwards }) {
    const name = `DevRateSelfTest_${stamp}`;
    const doomed = newSheet(`DevRate self-test named ${stamp}`);
    spreadsheet.setNamedRange(name, doomed.getRange('A1:B2'));
    afterwards(() => {
      if (spreadsheet.getNamedRanges().some((n) => n.getName() === name)) spreadsheet.removeNamedRange(name);
    });
    spreadsheet.deleteSheet(doomed);
    let byName: string;
    try {
      const range = spreadsheet.getRangeByName(name);
      byName = range === null ? 'null' : `a range (${range.getA1Notation()})`;
    } catch (error) {
      byName = `an error (${thrown(error)})`;
    }
    const listed = spreadsheet.getNamedRanges().some((n) => n.getName() === name);
    return {
      observed: `After deleting its sheet, getRangeByName gave ${byName}; getNamedRanges ${listed ? 'still lists it' : 'no longer lists it'}.`,
      pass: byName === 'null' && !listed,
    };
  },
};

export const protectionUnprotectedRanges: SelfTestCheck = {
  id: 'protection-unprotected-ranges',
  assumption: 'A warning-only sheet protection keeps the unprotected ranges set on it (budget inputs stay editable without a warning).',
  run({ sheet }) {
    sheet
      .protect()
      .setDescription('DevRate self-test')
      .setWarningOnly(true)
      .setUnprotectedRanges([sheet.getRange('A1:A2'), sheet.getRange('C3')]);
    const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] as GoogleAppsScript.Spreadsheet.Protection | undefined;
    const kept = protection ? a1s(protection.getUnprotectedRanges()).sort() : [];
    const warning = protection ? protection.isWarningOnly() : false;
    return {
      observed: protection
        ? `The sheet's protection is ${warning ? 'warning-only' : 'not warning-only'}; getUnprotectedRanges gave ${show(kept)}.`
        : 'The sheet has no protection after protect().',
      pass: warning && kept.join() === 'A1:A2,C3',
    };
  },
};

export const sortKeepsFrozenRows: SelfTestCheck = {
  id: 'sort-keeps-frozen-rows',
  assumption:
    'Sheet.sort(column) sorts only the rows below the frozen rows (the tracker keeps its header-row array formulas there, and people sort its sheets).',
  run({ sheet }) {
    sheet.getRange('A1:A3').setValues([['zz header'], ['b'], ['a']]);
    sheet.setFrozenRows(1);
    sheet.sort(1);
    const got = sheet
      .getRange('A1:A3')
      .getValues()
      .map((r) => r[0] as unknown);
    return { observed: `After sort(1), A1:A3 held ${show(got)}.`, pass: got.join() === 'zz header,a,b' };
  },
};

export const sortKeepsRowMetadata: SelfTestCheck = {
  id: 'sort-keeps-row-metadata',
  assumption:
    "Sheet.sort(column) leaves a row's developer metadata on its row number rather than moving it with the row's cells (the tracker finds its header and weight rows either way, checking a tag against the titles that travel with the cells; this row says which holds).",
  run({ sheet }) {
    sheet.getRange('A1:A2').setValues([['b'], ['a']]);
    sheet.getRange('1:1').addDeveloperMetadata('devrate.selftest.sort', 'b');
    sheet.sort(1);
    const tag = sheet.createDeveloperMetadataFinder().withKey('devrate.selftest.sort').find()[0] as
      GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined;
    const row = tag?.getLocation().getRow()?.getRow();
    const cell = row === undefined ? undefined : (sheet.getRange(row, 1).getValue() as unknown);
    return {
      observed: `After sort(1), A1:A2 held ${show(
        sheet
          .getRange('A1:A2')
          .getValues()
          .map((r) => r[0] as unknown),
      )}; the tag put on row 1 (holding "b") is on ${row === undefined ? 'no row' : `row ${row} (holding ${show(cell)})`}.`,
      pass: row === 1,
    };
  },
};

export const ruleFormulasFollowEdits: SelfTestCheck = {
  id: 'rule-formulas-follow-edits',
  assumption:
    "Inserting a row above a colour rule or a validation shifts the references in its custom formula as it shifts a cell's formula, and deleting the rule's first row leaves its relative references on the row now in its place (the tracker's name rule and colour rules keep pointing at their own rows).",
  run({ sheet }) {
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .setRanges([sheet.getRange('A2:A4')])
        .whenFormulaSatisfied('=$A2>$C$1')
        .setBackground('#f4cccc')
        .build(),
    ]);
    sheet.getRange('B2:B4').setDataValidation(SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=COUNTIF($B:$B,B2)<=1').build());
    const formulas = () => {
      const rule = sheet.getConditionalFormatRules()[0] as GoogleAppsScript.Spreadsheet.ConditionalFormatRule | undefined;
      const colour = rule?.getBooleanCondition()?.getCriteriaValues()[0] as unknown;
      const range = rule ? a1s(rule.getRanges()).join() : 'no rule';
      const validation = sheet.getRange('B3').getDataValidation()?.getCriteriaValues()[0] as unknown;
      return { colour, range, validation };
    };
    sheet.insertRowBefore(1);
    const inserted = formulas();
    sheet.deleteRow(3);
    const deleted = formulas();
    const text = (f: typeof inserted) => `the colour rule on ${f.range} reads ${show(f.colour)}, B3's validation ${show(f.validation)}`;
    return {
      observed: `After insertRowBefore(1), ${text(inserted)}; after deleteRow(3), ${text(deleted)}.`,
      pass:
        inserted.colour === '=$A3>$C$2' &&
        inserted.validation === '=COUNTIF($B:$B,B3)<=1' &&
        deleted.colour === '=$A3>$C$2' &&
        deleted.validation === '=COUNTIF($B:$B,B3)<=1',
    };
  },
};
