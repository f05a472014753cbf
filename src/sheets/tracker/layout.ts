// What the tracker's sheets hold. Columns are data: the writers lay them out in this order, and
// developer metadata on each column (see columns.ts) finds them again wherever people move them.
// Each entry holds all of its column (column.ts): a typed column its rule, a formula column its
// formula's body, a debrief column the figure of the debrief it shows. The tables are `as const`,
// so their keys are unions (CandidateKey, ScorecardKey) the compiler checks wherever code names a column.
import { factors, hiring } from '../../domain/dataset';
import { evidenceText } from '../../domain/scoring/debrief';
import { disagreementText, recommendationText, redFlagsRaised, scorecardCount } from '../../domain/scoring/debrief-text';
import { duplicateRowFlags } from '../../domain/scoring/duplicates';
import { TOO_FEW } from '../../domain/scoring/evidence';
import { MAX_TAKE_HOME_HOURS, MAX_YEARS, REFERENCE_SLOTS, STAGES, TAKE_HOME_STATUSES, TRIAL_STATUSES } from '../../domain/scoring/pipeline';
import { SCALE_TEXT, SCORE_SCALE } from '../../domain/scoring/scale';
import { LEVELS, REGIONS, SPECS } from '../../domain/terms';
import { marketRate, rateCheck } from './candidate-formulas';
import { WIDTH, averageKey, flagKey, scoreKey, sharedRule, type Column, type KeyOf } from './column';
import { ROUND_COLUMN, SEALING_COLUMNS, VOTE_COLUMN, VOTE_COLUMNS } from './sealing-columns';

export { WIDTH, averageKey, columnOf, flagKey, letterOf, scoreKey, typedColumns, type Column } from './column';

export const SHEET_TITLES = {
  candidates: 'Candidates',
  scorecards: 'Scorecards',
  rules: 'Scoring rules',
  checklist: 'Hiring checklist',
} as const;

/** Rows below the header of a new Candidates or Scorecards sheet (tracker-reads.ts adds more when they fill). */
export const FIRST_ROWS = 100;

const { questions, redFlags } = hiring;
const takeHome = factors.takeHome;
const checkbox = sharedRule((rules) => rules.checkbox());

const referenceColumns = Array.from({ length: REFERENCE_SLOTS }, (_, i) => [
  { key: `ref${i + 1}` as const, header: `Reference ${i + 1}`, width: WIDTH.text },
  {
    key: `ref${i + 1}_called` as const,
    header: `Called ${i + 1}`,
    width: WIDTH.narrow,
    rule: checkbox,
    note: 'Tick once someone has actually spoken to this reference (navspace-2026, Implementation Checklist).',
  },
]).flat() satisfies Column[];

const CANDIDATE_TABLE = [
  // Its rule (unique names) is set on the whole column by candidates-sheet.ts's nameRule: it refers to its own cell.
  { key: 'name', header: 'Candidate', width: WIDTH.wide },
  {
    key: 'profile',
    header: 'Profile link',
    width: WIDTH.wide,
    rule: ({ rules }) => rules.url('A link to the profile, portfolio or GitHub.'),
  },
  { key: 'stage', header: 'Stage', width: WIDTH.text, rule: ({ rules }) => rules.dropdown(STAGES, `Stage: ${STAGES.join(', ')}.`) },
  {
    key: 'level',
    header: 'Claimed level',
    width: WIDTH.text,
    rule: ({ rules }) => rules.dropdown(LEVELS, 'The level the candidate claims.'),
    note: 'The level the candidate claims. Leave blank to use Years instead.',
  },
  {
    key: 'years',
    header: 'Years',
    width: WIDTH.narrow,
    numberFormat: '0',
    rule: ({ rules }) => rules.numberBetween(0, MAX_YEARS, `Years of experience, 0 to ${MAX_YEARS}.`),
  },
  { key: 'region', header: 'Region', width: WIDTH.text, rule: ({ rules }) => rules.dropdown(REGIONS, 'Where the candidate works from.') },
  { key: 'spec', header: 'Specialization', width: WIDTH.text, rule: ({ rules }) => rules.dropdown(SPECS, 'backend or ai.') },
  {
    key: 'quote',
    header: 'Quoted $/hour',
    width: WIDTH.text,
    numberFormat: '$#,##0',
    rule: ({ rules }) => rules.nonNegative('The hourly rate the candidate quoted, in USD.'),
  },
  {
    key: 'market',
    header: 'Market $/hour',
    width: WIDTH.text,
    formula: marketRate,
    numberFormat: '$#,##0',
    note: 'DEVRATE for the claimed level (or years), region and specialization: the midpoint of the market range.',
  },
  {
    key: 'rate_check',
    header: 'Rate check',
    width: WIDTH.text,
    formula: rateCheck,
    note: 'RATECHECK: where the quote sits in the market range for this profile. Above a top the source leaves open-ended (180+) it says "above listed top (open-ended)", in yellow: the source sets no ceiling.',
  },
  {
    key: 'take_home',
    header: 'Take-home',
    width: WIDTH.text,
    rule: ({ rules }) => rules.dropdown(TAKE_HOME_STATUSES, `Take-home: ${TAKE_HOME_STATUSES.join(', ')}.`),
  },
  {
    key: 'take_home_hours',
    header: 'Take-home hours',
    width: WIDTH.narrow,
    numberFormat: '0.0',
    rule: ({ rules }) => rules.numberBetween(0, MAX_TAKE_HOME_HOURS, `Hours the take-home took, 0 to ${MAX_TAKE_HOME_HOURS}.`),
    note: `${takeHome.hoursLow}–${takeHome.hoursHigh} hours of realistic work is the standard; longer ones lose strong seniors (${takeHome.source}). Highlighted above ${takeHome.hoursHigh}.`,
  },
  ...referenceColumns,
  {
    key: 'trial',
    header: 'Paid trial',
    width: WIDTH.text,
    rule: ({ rules }) => rules.dropdown(TRIAL_STATUSES, `Paid trial: ${TRIAL_STATUSES.join(', ')}.`),
    note: 'A paid trial engagement before a full commitment (navspace-2026, Implementation Checklist).',
  },
  ...SEALING_COLUMNS,
  {
    key: 'scorecards',
    header: 'Scorecards',
    width: WIDTH.text,
    debrief: scorecardCount,
    numberFormat: '0',
    note: 'Scorecards for this candidate on the Scorecards sheet (a row repeating another is one scorecard).',
  },
  {
    key: 'evidence',
    header: 'Evidence',
    width: WIDTH.wide,
    debrief: (d) => evidenceText(d.evidence),
    note: `Scorecards that count toward the recommendation; the others say why: "${TOO_FEW}" (fewer than the Scoring rules sheet asks), a cell that cannot be read, or a duplicate row (see the Scorecards sheet's Duplicate column).`,
  },
  ...questions.map(
    (q) =>
      ({
        key: averageKey(q.id),
        header: `${q.name} (avg)`,
        width: WIDTH.text,
        debrief: (d) => d.averages[q.id] ?? '',
        numberFormat: '0.0',
      }) satisfies Column,
  ),
  {
    key: 'weighted',
    header: 'Weighted score',
    width: WIDTH.text,
    debrief: (d) => d.weighted ?? '',
    numberFormat: '0.00',
    note: 'Averages × the weights on Scoring rules, over the questions someone scored; rounded to 2 decimals.',
  },
  ...VOTE_COLUMNS,
  {
    key: 'disagreements',
    header: 'Disagreements',
    width: WIDTH.text,
    debrief: (d) => d.disagreements.length,
    numberFormat: '0',
    note: 'Questions where two interviewers are 2 or more points apart.',
  },
  { key: 'disagree_on', header: 'Disagree on', width: WIDTH.wide, debrief: disagreementText },
  {
    key: 'red_flags',
    header: 'Red flags',
    width: WIDTH.narrow,
    debrief: (d) => d.redFlagTotal,
    numberFormat: '0',
    note: "Different red flags ticked on this candidate's scorecards (one flag ticked by two interviewers is one).",
  },
  {
    key: 'red_flags_raised',
    header: 'Red flags raised',
    width: WIDTH.wide,
    debrief: (d) => redFlagsRaised(d).join('; '),
    note: 'Each red flag raised, how many interviewers raised it, and who.',
  },
  {
    key: 'recommendation',
    header: 'Recommendation',
    width: WIDTH.wide,
    debrief: recommendationText,
    note: 'The first rule that holds (see the Scoring rules sheet), with "incomplete panel: 1 of 2" beside it while panel members have not submitted.',
  },
] as const satisfies readonly Column[];
export type CandidateKey = KeyOf<typeof CANDIDATE_TABLE>;
/** The Candidates sheet's columns, in sheet order, keyed by CandidateKey. */
export const CANDIDATE_COLUMNS: readonly Column<CandidateKey>[] = CANDIDATE_TABLE;

const scoreRule = sharedRule((rules) =>
  rules.dropdown(
    SCORE_SCALE.map((s) => String(s.value)),
    `${SCALE_TEXT}.`,
  ),
);

const SCORECARD_TABLE = [
  {
    key: 'candidate',
    header: 'Candidate',
    width: WIDTH.wide,
    rule: ({ rules, candidateNames }) => (candidateNames ? rules.inRange(candidateNames, 'A candidate from the Candidates sheet.') : null),
  },
  { key: 'interviewer', header: 'Interviewer', width: WIDTH.text },
  ROUND_COLUMN,
  {
    key: 'date',
    header: 'Date',
    width: WIDTH.text,
    numberFormat: 'yyyy-mm-dd',
    rule: ({ rules }) => rules.date('The day of the interview.'),
  },
  ...questions.map(
    (q) => ({ key: scoreKey(q.id), header: q.name, width: WIDTH.text, numberFormat: '0', rule: scoreRule }) satisfies Column,
  ),
  VOTE_COLUMN,
  ...redFlags.map((f) => ({ key: flagKey(f.id), header: f.name, width: WIDTH.text, rule: checkbox }) satisfies Column),
  { key: 'notes', header: 'Notes', width: 2 * WIDTH.wide },
  {
    key: 'duplicate',
    header: 'Duplicate',
    width: WIDTH.wide,
    rowDebrief: (d, row) => duplicateRowFlags(d.evidence).get(row) ?? '',
    note: 'DevRate marks a row that repeats another of the same interviewer for the same candidate (counted once), and rows of one interviewer that differ (neither counted until the wrong one is deleted). Written with the debrief; what is typed here is replaced.',
  },
] as const satisfies readonly Column[];
export type ScorecardKey = KeyOf<typeof SCORECARD_TABLE>;
/** The Scorecards sheet's columns, in sheet order, keyed by ScorecardKey. */
export const SCORECARD_COLUMNS: readonly Column<ScorecardKey>[] = SCORECARD_TABLE;

const CHECKLIST_TABLE = [
  { key: 'done', header: 'Done', width: WIDTH.narrow },
  { key: 'task', header: 'Task', width: 3 * WIDTH.wide },
  { key: 'part', header: 'Part', width: WIDTH.text },
  { key: 'owner', header: 'Owner', width: WIDTH.text },
  { key: 'date', header: 'Date', width: WIDTH.text, numberFormat: 'yyyy-mm-dd' },
  { key: 'source', header: 'Source', width: 2 * WIDTH.wide },
] as const satisfies readonly Column[];
export const CHECKLIST_COLUMNS: readonly Column<KeyOf<typeof CHECKLIST_TABLE>>[] = CHECKLIST_TABLE;

type DebriefColumn = Column<CandidateKey> & Required<Pick<Column, 'debrief'>>;
/** The debrief columns of the Candidates sheet, in sheet order. */
export const DEBRIEF_COLUMNS: readonly DebriefColumn[] = CANDIDATE_COLUMNS.filter((c): c is DebriefColumn => c.debrief !== undefined);
