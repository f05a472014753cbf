// The debrief's figures as the words the sheet and the sidebar show: one wording for both.
import { hiring } from '../dataset';
import type { Debrief } from './debrief';

export const averageKey = (questionId: string) => `avg_${questionId}` as const;

/** "Overstated experience ×2 (Ben, Cleo)": each red flag raised, with how many raised it and who. */
export function redFlagsRaised(d: Pick<Debrief, 'redFlagsRaisedBy'>): string[] {
  return hiring.redFlags
    .filter((f) => d.redFlagsRaisedBy[f.id].length > 0)
    .map((f) => `${f.name} ×${d.redFlagsRaisedBy[f.id].length} (${d.redFlagsRaisedBy[f.id].join(', ')})`);
}

/** How many scorecards the debrief read: a row repeating another is the same scorecard (duplicates.ts). */
export const scorecardCount = (d: Pick<Debrief, 'scorecards' | 'evidence'>) => d.scorecards.length - d.evidence.repeats.length;

/** "Advance (incomplete panel: 1 of 2)": the label, with the panel's state beside it when incomplete. */
export const recommendationText = (d: Pick<Debrief, 'recommendation' | 'panelNote'>) =>
  d.panelNote ? `${d.recommendation.label} (${d.panelNote})` : d.recommendation.label;

/** "Database, Production incident": the questions interviewers disagree on. */
export const disagreementText = (d: Pick<Debrief, 'disagreements'>) =>
  d.disagreements.map((id) => hiring.questions.find((q) => q.id === id)?.name ?? id).join(', ');
