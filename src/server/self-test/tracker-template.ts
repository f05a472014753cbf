// The candidate tracker on real Sheets: inserted, the tests' fixture candidates (revealed) and
// scorecards written through the tracker's own row writers, and every debrief cell of each
// candidate compared with what the domain's computeDebrief gives for the fixture (as the scoring
// sidebar shows it); then removed with all it made. Cells are found by the tracker's column map,
// whether the debrief is formulas or values the server writes.
import { hiring } from '../../domain/dataset';
import { computeDebrief } from '../../domain/scoring/debrief';
import { sameName } from '../../domain/scoring/interviewer';
import { voteSummary, votesAgainst } from '../../domain/scoring/votes';
import { a1 } from '../../sheets/a1';
import { asText } from '../../sheets/cell-text';
import { insertTracker } from '../../sheets/tracker/insert-tracker';
import { averageKey, CANDIDATE_COLUMNS, SCORECARD_COLUMNS } from '../../sheets/tracker/layout';
import { scorecardValues } from '../../sheets/tracker/scorecard-rows';
import { readTable, readWeights, SCORECARD_TYPED, writeRow } from '../../sheets/tracker/tracker-reads';
import { openTracker } from '../../sheets/tracker/tracker-registry';
import type { SelfTestCheck } from './check';
import { fixtureRecord, TRACKER_FIXTURE } from './fixtures';
import { comparison, differences, type Expectation } from './template-compare';

const OUTCOME = 'The self-test removes this tracker.';
const { questions, redFlags } = hiring;
/** How the debrief lists names in one cell (as voteSummary does). */
const list = (names: readonly string[]) => names.join(', ');

const DEBRIEF_KEYS = [
  'scorecards',
  ...questions.map((q) => averageKey(q.id)),
  'weighted',
  'votes',
  'votes_against',
  'disagreements',
  'disagree_on',
  'red_flags',
  'red_flags_raised',
  'recommendation',
];

const header = (key: string) => CANDIDATE_COLUMNS.find((c) => c.key === key)?.header ?? key;

export const trackerTemplate: SelfTestCheck = {
  id: 'tracker-template',
  assumption:
    "A candidate tracker holding the tests' fixture candidates and scorecards shows, in each candidate's debrief cells (scorecards, averages, weighted score, votes, disagreements, red flags, recommendation), what DevRate's domain computes; the tracker is then removed.",
  run({ spreadsheet, leaveAsFound }) {
    leaveAsFound();
    const { trackerId } = insertTracker(spreadsheet);
    const tracker = openTracker(spreadsheet, trackerId, OUTCOME);
    const candidates = readTable(tracker.candidates, CANDIDATE_COLUMNS, ['name', 'revealed_by'], OUTCOME);
    for (const name of TRACKER_FIXTURE.candidates) writeRow(candidates, { name: asText(name), revealed_by: 'DevRate self-test' });
    const scorecards = readTable(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, OUTCOME);
    const records = TRACKER_FIXTURE.scorecards.map(fixtureRecord);
    for (const record of records) writeRow(scorecards, scorecardValues(record, record.candidate));
    SpreadsheetApp.flush();
    const weights = readWeights(tracker, OUTCOME);
    const shown = readTable(tracker.candidates, CANDIDATE_COLUMNS, DEBRIEF_KEYS, OUTCOME);
    const nameColumn = shown.columns.get('name') ?? 0;
    const missing: string[] = [];
    const expectations = TRACKER_FIXTURE.candidates.flatMap((name) => {
      const row = shown.values.findIndex((values, i) => i > shown.header && values[nameColumn - 1] === name) + 1;
      if (row === 0) {
        missing.push(`${name} has no row on the Candidates sheet`);
        return [];
      }
      const d = computeDebrief(
        name,
        records.filter((r) => sameName(r.candidate, name)),
        weights,
      );
      const expected: Record<string, number | string> = {
        scorecards: d.scorecards.length,
        ...Object.fromEntries(questions.map((q) => [averageKey(q.id), d.averages[q.id] ?? ''])),
        weighted: d.weighted ?? '',
        votes: voteSummary(d.votes),
        votes_against: votesAgainst(d.votes),
        disagreements: d.disagreements.length,
        disagree_on: list(questions.filter((q) => d.disagreements.includes(q.id)).map((q) => q.name)),
        red_flags: d.redFlagTotal,
        red_flags_raised: list(redFlags.filter((f) => d.redFlagCounts[f.id] > 0).map((f) => f.name)),
        recommendation: d.recommendation.label,
      };
      return DEBRIEF_KEYS.map((key): Expectation => ({
        what: `${name}'s ${header(key)}`,
        a1: a1(row, shown.columns.get(key) ?? 0),
        expected: expected[key],
      }));
    });
    const found = [...missing, ...differences(tracker.candidates, expectations)];
    return comparison('candidate tracker', expectations.length + missing.length, found);
  },
};
