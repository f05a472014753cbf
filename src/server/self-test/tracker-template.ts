// The candidate tracker on real Sheets: inserted, the tests' fixture candidates recorded as
// revealed in the seal store (the authority; the "Revealed by" cell is its view) and their
// scorecards written through the tracker's own row writers, the debrief written as DevRate writes
// it (Refresh debrief's code path), then every debrief cell of each candidate read back from
// Sheets and compared with what the domain's computeDebrief gives for the fixture (as the scoring
// sidebar shows it), and each scorecard row's Duplicate cell (the fixture's first scorecard is
// written twice, as a row pasted again: issue 20); then removed with all it made. Cells are found
// by the tracker's column map.
import { computeDebrief } from '../../domain/scoring/debrief';
import { duplicateRowFlags } from '../../domain/scoring/duplicates';
import { sameName } from '../../domain/scoring/interviewer';
import { a1 } from '../../sheets/a1';
import { asText } from '../../sheets/cell-text';
import { debriefCells, refreshDebrief, submittedAfterReveal } from '../../sheets/tracker/debrief-sheet';
import { insertTracker } from '../../sheets/tracker/insert-tracker';
import { CANDIDATE_COLUMNS, DEBRIEF_COLUMNS, SCORECARD_COLUMNS } from '../../sheets/tracker/layout';
import { scorecardValues } from '../../sheets/tracker/scorecard-rows';
import { readEvidenceSetting, readTable, readWeights, SCORECARD_TYPED, writeRow } from '../../sheets/tracker/tracker-reads';
import { openTracker } from '../../sheets/tracker/tracker-registry';
import { storeSeals } from '../sealed/listing';
import { recordRevealed } from '../sealed/recorded-reveal';
import type { SelfTestCheck } from './check';
import { fixtureRecord, TRACKER_FIXTURE } from './fixtures';
import { comparison, differences, type Expectation } from './template-compare';

const OUTCOME = 'The self-test removes this tracker.';
const DEBRIEF_KEYS = DEBRIEF_COLUMNS.map((c) => c.key);
const header = (key: string) => CANDIDATE_COLUMNS.find((c) => c.key === key)?.header ?? key;

export const trackerTemplate: SelfTestCheck = {
  id: 'tracker-template',
  assumption:
    "A candidate tracker holding the tests' fixture candidates and scorecards (one row written twice) shows, in each candidate's debrief cells (scorecards, evidence, averages, weighted score, votes, disagreements, red flags, recommendation) and each scorecard row's Duplicate cell, what DevRate's domain computes; the tracker is then removed.",
  run({ spreadsheet, leaveAsFound }) {
    leaveAsFound();
    const { trackerId } = insertTracker(spreadsheet);
    const tracker = openTracker(spreadsheet, trackerId, OUTCOME);
    recordRevealed(
      PropertiesService.getDocumentProperties(),
      trackerId,
      TRACKER_FIXTURE.candidates.map((name) => ({ name })),
      'DevRate self-test',
      '',
    );
    const candidates = readTable(tracker.candidates, CANDIDATE_COLUMNS, ['name', 'revealed_by'], OUTCOME);
    for (const name of TRACKER_FIXTURE.candidates) writeRow(candidates, { name: asText(name), revealed_by: 'DevRate self-test' });
    const scorecards = readTable(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, OUTCOME);
    const fixture = TRACKER_FIXTURE.scorecards.map(fixtureRecord);
    // The first scorecard again at the end: a row pasted twice counts once and is flagged.
    const records = [...fixture, fixture[0]].map((record) => ({
      ...record,
      row: writeRow(scorecards, scorecardValues(record, record.candidate)),
    }));
    refreshDebrief(tracker, OUTCOME, storeSeals(trackerId));
    SpreadsheetApp.flush();
    const weights = readWeights(tracker, OUTCOME);
    const minScored = readEvidenceSetting(tracker, OUTCOME);
    const shown = readTable(tracker.candidates, CANDIDATE_COLUMNS, DEBRIEF_KEYS, OUTCOME);
    const nameColumn = shown.columns.get('name') ?? 0;
    const missing: string[] = [];
    const flags = new Map<number, string>();
    const expectations = TRACKER_FIXTURE.candidates.flatMap((name) => {
      const row = shown.values.findIndex((values, i) => i > shown.header && values[nameColumn - 1] === name) + 1;
      if (row === 0) {
        missing.push(`${name} has no row on the Candidates sheet`);
        return [];
      }
      const theirs = records.filter((r) => sameName(r.candidate, name));
      const debrief = computeDebrief(name, theirs, weights, { minScored, panel: [], submitted: submittedAfterReveal([], theirs) });
      for (const [at, flag] of duplicateRowFlags(debrief.evidence)) flags.set(at, flag);
      const expected = debriefCells(debrief);
      return DEBRIEF_KEYS.map((key): Expectation => ({
        what: `${name}'s ${header(key)}`,
        a1: a1(row, shown.columns.get(key) ?? 0),
        expected: expected[key],
      }));
    });
    const duplicateColumn = scorecards.columns.get('duplicate') ?? 0;
    const flagged = records.map(({ row, interviewer, candidate }): Expectation => ({
      what: `the Duplicate cell of ${interviewer}'s scorecard of ${candidate}`,
      a1: a1(row, duplicateColumn),
      expected: flags.get(row) ?? '',
    }));
    const found = [...missing, ...differences(tracker.candidates, expectations), ...differences(tracker.scorecards, flagged)];
    return comparison('candidate tracker', expectations.length + flagged.length + missing.length, found);
  },
};
