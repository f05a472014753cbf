// The Candidates sheet's market rate and rate check: DevRate's own functions on each row,
// with the spreadsheet's rate card when it has one.
import { describe, expect, it } from 'vitest';
import type { Addon } from '../../playground/emulator';
import { rateCheck } from '../../src/domain/costs';
import { builtIn, mid } from '../support/figures';
import { candidate, insertTracker, newAddon } from '../templates/tracker-fixture';

/** Types candidate rows: name, claimed level, years, region, specialization, quote. */
function typeCandidates(addon: Addon, sheetName: string, rows: (string | number)[][]): void {
  const sheet = addon.spreadsheet.getSheetByName(sheetName)!;
  sheet.getRange(2, 1, rows.length, 1).setValues(rows.map((r) => [r[0]]));
  sheet.getRange(2, 4, rows.length, 5).setValues(rows.map((r) => r.slice(1)));
}

describe('market rate and rate check', () => {
  it('price each candidate from the claimed level, or from their years when no level is claimed', () => {
    const addon = newAddon();
    insertTracker(addon);
    typeCandidates(addon, 'Candidates', [
      ['Ana', 'senior', '', 'asia', '', 70],
      ['Bo', '', 4, '', 'ai', 500],
      ['Cy', '', '', '', '', 60],
      ['Di', 'senior', '', '', '', builtIn('hourly', 'senior').high + 20],
      ['Ed', 'senior', '', 'north_america', '', builtIn('hourly', 'senior', 'north_america').high + 20],
    ]);
    const seniorAsia = builtIn('hourly', 'senior', 'asia');
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Market $/hour': mid(seniorAsia), 'Rate check': rateCheck(70, seniorAsia) });
    const midAi = builtIn('hourly', 'mid', 'global', 'ai'); // 4 years is mid
    expect(candidate(addon, 'Bo')).toMatchObject({ 'Market $/hour': mid(midAi), 'Rate check': 'above range' });
    expect(candidate(addon, 'Cy')).toMatchObject({ 'Market $/hour': '', 'Rate check': '' }); // nothing to price
    // Above an open-ended top (the source writes 180+) the verdict says so; above a closed one it is "above range".
    expect(builtIn('hourly', 'senior').openEnded).toBe(true);
    expect(builtIn('hourly', 'senior', 'north_america').openEnded).toBeFalsy();
    expect(candidate(addon, 'Di')).toMatchObject({ 'Rate check': 'above listed top (open-ended)' });
    expect(candidate(addon, 'Ed')).toMatchObject({ 'Rate check': 'above range' });
  });

  it("use the spreadsheet's rate card, so editing the card reprices the candidates", () => {
    const addon = newAddon();
    const card = addon.spreadsheet.insertSheet('Rate Card');
    card.getRange(1, 1, 2, 6).setValues([
      ['kind', 'key', 'region', 'spec', 'low', 'high'],
      ['hourly', 'senior', 'asia', 'backend', 70, 110],
    ]);
    addon.spreadsheet.setNamedRange('DevRateCard', card.getRange(1, 1, 2, 6));
    insertTracker(addon);
    typeCandidates(addon, 'Candidates', [['Ana', 'senior', '', 'asia', '', 70]]);
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Market $/hour': 90, 'Rate check': 'low end' });
    card.getRange(2, 5, 1, 2).setValues([[40, 60]]);
    expect(candidate(addon, 'Ana')).toMatchObject({ 'Market $/hour': 50, 'Rate check': 'above range' });
  });
});
