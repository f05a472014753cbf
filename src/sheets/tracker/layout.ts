// What the tracker's sheets hold. Columns are data: the writers lay them out in this order, and
// developer metadata on each column (see columns.ts) finds them again wherever people move them.
import { factors, hiring } from '../../domain/dataset';
import { REFERENCE_SLOTS } from '../../domain/scoring/pipeline';
import { averageKey } from '../../domain/scoring/debrief-row';
import { TOO_FEW } from '../../domain/scoring/evidence';
import { columnLetter } from '../a1';
import { roundColumn, sealingColumns, voteColumn, voteColumns } from './sealing-columns';

export const SHEET_TITLES = {
  candidates: 'Candidates',
  scorecards: 'Scorecards',
  rules: 'Scoring rules',
  checklist: 'Hiring checklist',
} as const;

/** Rows below the header of a new Candidates or Scorecards sheet (tracker-reads.ts adds more when they fill). */
export const FIRST_ROWS = 100;

/** Three widths, so neighbouring columns share one setColumnWidths call. */
export const WIDTH = { wide: 160, text: 110, narrow: 64 } as const;

export interface Column {
  key: string;
  header: string;
  width: number;
  /** Formula columns are one array formula in the header cell, protected (warning only); the rest is typed by people. */
  formula?: true;
  /**
   * Debrief columns hold values the server writes from the domain's debrief (debrief-sheet.ts):
   * protected (warning only) like formula columns, never typed by people.
   */
  debrief?: true;
  /** Hidden helper column. */
  hidden?: true;
  numberFormat?: string;
  note?: string;
}

const questions = hiring.questions;
const redFlags = hiring.redFlags;
const takeHome = factors.takeHome;

export { averageKey };
export const flagKey = (flagId: string) => `flag_${flagId}`;
export const scoreKey = (questionId: string) => `score_${questionId}`;

const referenceColumns: Column[] = Array.from({ length: REFERENCE_SLOTS }, (_, i) => [
  { key: `ref${i + 1}`, header: `Reference ${i + 1}`, width: WIDTH.text },
  {
    key: `ref${i + 1}_called`,
    header: `Called ${i + 1}`,
    width: WIDTH.narrow,
    note: 'Tick once someone has actually spoken to this reference (navspace-2026, Implementation Checklist).',
  },
]).flat();

export const CANDIDATE_COLUMNS: readonly Column[] = [
  { key: 'name', header: 'Candidate', width: WIDTH.wide },
  { key: 'profile', header: 'Profile link', width: WIDTH.wide },
  { key: 'stage', header: 'Stage', width: WIDTH.text },
  { key: 'level', header: 'Claimed level', width: WIDTH.text, note: 'The level the candidate claims. Leave blank to use Years instead.' },
  { key: 'years', header: 'Years', width: WIDTH.narrow, numberFormat: '0' },
  { key: 'region', header: 'Region', width: WIDTH.text },
  { key: 'spec', header: 'Specialization', width: WIDTH.text },
  { key: 'quote', header: 'Quoted $/hour', width: WIDTH.text, numberFormat: '$#,##0' },
  {
    key: 'market',
    header: 'Market $/hour',
    width: WIDTH.text,
    formula: true,
    numberFormat: '$#,##0',
    note: 'DEVRATE for the claimed level (or years), region and specialization: the midpoint of the market range.',
  },
  {
    key: 'rate_check',
    header: 'Rate check',
    width: WIDTH.text,
    formula: true,
    note: 'RATECHECK: where the quote sits in the market range for this profile.',
  },
  { key: 'take_home', header: 'Take-home', width: WIDTH.text },
  {
    key: 'take_home_hours',
    header: 'Take-home hours',
    width: WIDTH.narrow,
    numberFormat: '0.0',
    note: `${takeHome.hoursLow}–${takeHome.hoursHigh} hours of realistic work is the standard; longer ones lose strong seniors (${takeHome.source}). Highlighted above ${takeHome.hoursHigh}.`,
  },
  ...referenceColumns,
  {
    key: 'trial',
    header: 'Paid trial',
    width: WIDTH.text,
    note: 'A paid trial engagement before a full commitment (navspace-2026, Implementation Checklist).',
  },
  ...sealingColumns(WIDTH),
  {
    key: 'scorecards',
    header: 'Scorecards',
    width: WIDTH.text,
    debrief: true,
    numberFormat: '0',
    note: 'Scorecards for this candidate on the Scorecards sheet.',
  },
  {
    key: 'evidence',
    header: 'Evidence',
    width: WIDTH.wide,
    debrief: true,
    note: `Scorecards that count toward the recommendation; the others say why: "${TOO_FEW}" (fewer than the Scoring rules sheet asks) or a cell that cannot be read.`,
  },
  ...questions.map((q) => ({
    key: averageKey(q.id),
    header: `${q.name} (avg)`,
    width: WIDTH.text,
    debrief: true as const,
    numberFormat: '0.0',
  })),
  {
    key: 'weighted',
    header: 'Weighted score',
    width: WIDTH.text,
    debrief: true,
    numberFormat: '0.00',
    note: 'Averages × the weights to the right, over the questions someone scored; rounded to 2 decimals.',
  },
  ...voteColumns(WIDTH),
  {
    key: 'disagreements',
    header: 'Disagreements',
    width: WIDTH.text,
    debrief: true,
    numberFormat: '0',
    note: 'Questions where two interviewers are 2 or more points apart.',
  },
  { key: 'disagree_on', header: 'Disagree on', width: WIDTH.wide, debrief: true },
  {
    key: 'red_flags',
    header: 'Red flags',
    width: WIDTH.narrow,
    debrief: true,
    numberFormat: '0',
    note: "Different red flags ticked on this candidate's scorecards (one flag ticked by two interviewers is one).",
  },
  {
    key: 'red_flags_raised',
    header: 'Red flags raised',
    width: WIDTH.wide,
    debrief: true,
    note: 'Each red flag raised, how many interviewers raised it, and who.',
  },
  {
    key: 'recommendation',
    header: 'Recommendation',
    width: WIDTH.wide,
    debrief: true,
    note: 'The first rule that holds (see the Scoring rules sheet), with "incomplete panel: 1 of 2" beside it while panel members have not submitted.',
  },
];

export const SCORECARD_COLUMNS: readonly Column[] = [
  { key: 'candidate', header: 'Candidate', width: WIDTH.wide },
  { key: 'interviewer', header: 'Interviewer', width: WIDTH.text },
  roundColumn(WIDTH),
  { key: 'date', header: 'Date', width: WIDTH.text, numberFormat: 'yyyy-mm-dd' },
  ...questions.map((q) => ({ key: scoreKey(q.id), header: q.name, width: WIDTH.text, numberFormat: '0' })),
  voteColumn(WIDTH),
  ...redFlags.map((f) => ({ key: flagKey(f.id), header: f.name, width: WIDTH.text })),
  { key: 'notes', header: 'Notes', width: 2 * WIDTH.wide },
];

export const CHECKLIST_COLUMNS: readonly Column[] = [
  { key: 'done', header: 'Done', width: WIDTH.narrow },
  { key: 'task', header: 'Task', width: 3 * WIDTH.wide },
  { key: 'part', header: 'Part', width: WIDTH.text },
  { key: 'owner', header: 'Owner', width: WIDTH.text },
  { key: 'date', header: 'Date', width: WIDTH.text, numberFormat: 'yyyy-mm-dd' },
  { key: 'source', header: 'Source', width: 2 * WIDTH.wide },
];

/** 1-based column of a key; throws on a typo so a wrong layout fails the first test. */
export function columnOf(columns: readonly Column[], key: string): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`No tracker column "${key}".`);
  return i + 1;
}
export const letterOf = (columns: readonly Column[], key: string) => columnLetter(columnOf(columns, key));

/** The typed columns of a table, in sheet order. */
export const typedColumns = (columns: readonly Column[]) => columns.filter((c) => !c.formula && !c.debrief);
