// Checks of merges, as a team makes them over the tracker's headers (issue 20): what a merge
// keeps, and whether a formula written under one still computes (Repair writes a computed
// column's header formula back into a header cell a merge covers). The emulator has no switch to
// do otherwise, so both run on real Sheets only.
import { show, thrown, type SelfTestCheck } from './check';

export const mergeKeepsTopLeft: SelfTestCheck = {
  id: 'merge-keeps-top-left',
  assumption:
    "Range.merge keeps only the top-left cell's value and empties the others for good (breakApart does not bring them back): merging two computed headers erases the right one's formula.",
  where: 'real Sheets only',
  run({ sheet }) {
    sheet.getRange('A1').setValue('keep');
    sheet.getRange('B1').setFormula('=1+1');
    const merged = sheet.getRange('A1:B1').merge();
    const during = [sheet.getRange('A1').getValue(), sheet.getRange('B1').getFormula(), sheet.getRange('B1').getValue()];
    merged.breakApart();
    const after = [sheet.getRange('A1').getValue(), sheet.getRange('B1').getFormula(), sheet.getRange('B1').getValue()];
    return {
      observed: `A1 "keep" and B1 =1+1 merged: A1, B1's formula and value read ${show(during)}; after breakApart ${show(after)}.`,
      pass: show(during) === show(['keep', '', '']) && show(after) === show(['keep', '', '']),
    };
  },
};

export const formulaUnderMerge: SelfTestCheck = {
  id: 'formula-under-merge',
  assumption:
    'A formula set in a cell a merge covers (not its top-left) is kept and its array fills the cells below, as Repair restores "Rate check" under a merged header (otherwise Repair must break the merge apart first).',
  where: 'real Sheets only',
  run({ sheet }) {
    sheet.getRange('A1').setValue('Market');
    sheet.getRange('A1:B1').merge();
    let written: string;
    try {
      sheet.getRange('B1').setFormula('=ARRAYFORMULA({"Rate check";"low end"})');
      written = 'setFormula on B1 was accepted';
    } catch (error) {
      written = `setFormula on B1 threw "${thrown(error)}"`;
    }
    SpreadsheetApp.flush();
    const formula = sheet.getRange('B1').getFormula();
    const below: unknown = sheet.getRange('B2').getValue();
    return {
      observed: `With A1:B1 merged, ${written}; B1's formula reads ${show(formula)} and B2 shows ${show(below)}.`,
      pass: formula !== '' && below === 'low end',
    };
  },
};
