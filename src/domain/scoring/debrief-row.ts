// Which figure of the debrief goes in which Candidates column: the one mapping from the domain's
// debrief to the sheet. The server writes these values; the tests read them back and compare
// them with the sidebar's debrief through this same mapping.
import { hiring } from '../dataset';
import { evidenceText, type Debrief } from './debrief';
import { voteSummary, votesAgainst } from './votes';

export const averageKey = (questionId: string) => `avg_${questionId}` as const;

/** The debrief columns of the Candidates sheet, in sheet order. */
export const DEBRIEF_KEYS = [
  'scorecards',
  'evidence',
  ...hiring.questions.map((q) => averageKey(q.id)),
  'weighted',
  'votes',
  'votes_against',
  'disagreements',
  'disagree_on',
  'red_flags',
  'red_flags_raised',
  'recommendation',
] as const;
export type DebriefKey = (typeof DEBRIEF_KEYS)[number];

export type DebriefCell = string | number;
export type DebriefRow = Record<DebriefKey, DebriefCell>;
type FixedKey = Exclude<DebriefKey, `avg_${string}`>;

const questionName = (id: string) => hiring.questions.find((q) => q.id === id)?.name ?? id;

/** "Overstated experience ×2 (Ben, Cleo)": each red flag raised, with how many raised it and who. */
export function redFlagsRaised(d: Pick<Debrief, 'redFlagsRaisedBy'>): string[] {
  return hiring.redFlags
    .filter((f) => d.redFlagsRaisedBy[f.id].length > 0)
    .map((f) => `${f.name} ×${d.redFlagsRaisedBy[f.id].length} (${d.redFlagsRaisedBy[f.id].join(', ')})`);
}

/** "Advance (incomplete panel: 1 of 2)": the label, with the panel's state beside it when incomplete. */
export const recommendationText = (d: Pick<Debrief, 'recommendation' | 'panelNote'>) =>
  d.panelNote ? `${d.recommendation.label} (${d.panelNote})` : d.recommendation.label;

/** The Candidates cells of a revealed candidate's debrief. */
export function debriefRow(d: Debrief): DebriefRow {
  const averages: Record<`avg_${string}`, DebriefCell> = Object.fromEntries(
    hiring.questions.map((q) => [averageKey(q.id), d.averages[q.id] ?? '']),
  );
  const fixed: Record<FixedKey, DebriefCell> = {
    scorecards: d.scorecards.length,
    evidence: evidenceText(d.evidence),
    weighted: d.weighted ?? '',
    votes: voteSummary(d.votes),
    votes_against: votesAgainst(d.votes),
    disagreements: d.disagreements.length,
    disagree_on: d.disagreements.map(questionName).join(', '),
    red_flags: d.redFlagTotal,
    red_flags_raised: redFlagsRaised(d).join('; '),
    recommendation: recommendationText(d),
  };
  return { ...averages, ...fixed };
}

/** A sealed candidate's debrief cells: blank until the reveal. */
export const sealedRow = (): DebriefRow => ({ ...Object.fromEntries(DEBRIEF_KEYS.map((k) => [k, ''])), ...blankFixed() });
const blankFixed = (): Record<FixedKey, DebriefCell> => ({
  scorecards: '',
  evidence: '',
  weighted: '',
  votes: '',
  votes_against: '',
  disagreements: '',
  disagree_on: '',
  red_flags: '',
  red_flags_raised: '',
  recommendation: '',
});
