// A spreadsheet sealed by the version before issue 17 (scorecards without a manifest, bindings
// without a name, panels and reveals read from cells): the first call after the update moves it
// into the seal store as it is now, losing nothing sealed and closing nothing revealed.
import { expect, it } from 'vitest';
import type { EndpointName, ResultOf } from '../../src/endpoints/registry';
import { CANDIDATE_COLUMNS, SCORECARD_COLUMNS, letterOf } from '../../src/sheets/tracker/layout';
import type { Addon } from '../../playground/emulator';
import { candidate, insertTracker, newAddon, scorecard } from './tracker-fixture';

const BEN = 'ben@example.com';
const CLEO = 'cleo@example.com';
const as = <K extends EndpointName>(addon: Addon, user: string, endpoint: K, ...args: unknown[]): ResultOf<K> =>
  addon.run<ResultOf<K>>(endpoint, args, { fromClient: true, user }).value;

/** Ana sealed by Ben (panel typed: Ben, Cleo), Bo revealed by Cleo, as the old version left them. */
function oldSpreadsheet(): Addon {
  const addon = newAddon();
  insertTracker(addon);
  for (const name of ['Ana', 'Bo']) as(addon, BEN, 'addCandidate', { trackerId: 1, name });
  as(addon, BEN, 'submitScorecard', scorecard('Ana', 'Ben', [4], { notes: 'ben on ana' })); // binds Ben, as the old version did
  const props = addon.workbook.documentProperties;
  const benKey = JSON.parse(props.get('devrate.name.ben')!) as { key: string; token: string };
  props.clear();
  const { trackerId: _t, ...card } = scorecard('Ana', 'Ben', [4], { notes: 'ben on ana' });
  const json = JSON.stringify(card);
  props.set('devrate.sealed.1.1.0of2', json.slice(0, 40));
  props.set('devrate.sealed.1.1.1of2', json.slice(40));
  props.set('devrate.name.ben', JSON.stringify({ key: benKey.key, token: benKey.token }));
  addon.edit('Candidates', `${letterOf(CANDIDATE_COLUMNS, 'panel')}2`, 'Ben, Cleo');
  const sheet = addon.spreadsheet.getSheetByName('Scorecards')!;
  sheet.getRange(`${letterOf(SCORECARD_COLUMNS, 'candidate')}3`).setValue('Bo');
  sheet.getRange(`${letterOf(SCORECARD_COLUMNS, 'interviewer')}3`).setValue('Cleo');
  sheet.getRange(`${letterOf(SCORECARD_COLUMNS, 'notes')}3`).setValue('cleo on bo');
  addon.edit('Candidates', `${letterOf(CANDIDATE_COLUMNS, 'revealed_by')}3`, 'Cleo');
  return addon;
}

it('keeps what the version before sealed, revealed and bound, then follows the store', () => {
  const addon = oldSpreadsheet();
  const listed = as(addon, CLEO, 'getScoringContext', null).candidates;
  expect(listed).toMatchObject([
    { name: 'Ana', panel: ['Ben', 'Cleo'], submitted: ['Ben'], revealed: null },
    { name: 'Bo', submitted: ['Cleo'], revealed: { by: 'Cleo' } },
  ]);
  const props = addon.workbook.documentProperties;
  expect([...props.keys()].filter((k) => /of\d+$/.test(k))).toEqual([]);
  // Ben still owns his name and reads his sealed scorecard; Cleo cannot take it.
  expect(as(addon, BEN, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Ben' }).scorecards[0].notes).toBe('ben on ana');
  expect(() => as(addon, CLEO, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Ben' })).toThrow(
    /already used by another account/,
  );
  // Bo stays revealed; from now on a typed cell changes nothing.
  expect(as(addon, CLEO, 'getDebrief', { trackerId: 1, candidate: 'Bo', interviewer: 'Cleo' }).scorecards[0].notes).toBe('cleo on bo');
  addon.edit('Candidates', `${letterOf(CANDIDATE_COLUMNS, 'revealed_by')}2`, 'x');
  expect(() => as(addon, CLEO, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Cleo' })).toThrow(/Submit your own scorecard/);
  // Cleo completes Ana's panel: Ben's old scorecard is revealed with hers.
  as(addon, CLEO, 'submitScorecard', scorecard('Ana', 'Cleo', [3], { notes: 'cleo on ana' }));
  expect(candidate(addon, 'Ana')['Revealed by']).toBe('DevRate (panel complete)');
  expect(as(addon, CLEO, 'getDebrief', { trackerId: 1, candidate: 'Ana', interviewer: 'Cleo' }).scorecards.map((c) => c.notes)).toEqual([
    'ben on ana',
    'cleo on ana',
  ]);
});
