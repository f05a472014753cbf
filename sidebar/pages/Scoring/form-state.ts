// The scorecard form's state, the payload built from it, and zod's complaints mapped to fields.
import { hiring } from '../../../src/domain/dataset';
import { problemsByPath } from '../../../src/domain/validation-problems';
import { scorecardSchema, type ScorecardPayload } from '../../../src/domain/scoring/payloads';

export interface ScorecardForm {
  candidate: string;
  interviewer: string;
  /** '' until picked; one of ROUNDS. */
  round: string;
  date: string;
  /** '' until picked; one of VOTES. */
  vote: string;
  /** '' is "no evidence"; otherwise '1'…'4' as the select gives it. */
  scores: Record<string, string>;
  redFlags: string[];
  notes: string;
}

export const emptyScores = (): Record<string, string> => Object.fromEntries(hiring.questions.map((q) => [q.id, '']));

/** Today in the interviewer's own time zone, as an <input type="date"> wants it. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type FieldErrors = Record<string, string>;

/** The payload, or the errors keyed by field ("candidate", "scores.database", "form"…). */
export function buildScorecard(trackerId: number, form: ScorecardForm): { payload: ScorecardPayload } | { errors: FieldErrors } {
  const scores = Object.fromEntries(Object.entries(form.scores).map(([id, s]) => [id, s === '' ? null : Number(s)]));
  const result = scorecardSchema.safeParse({ trackerId, ...form, scores });
  if (result.success) return { payload: result.data };
  const errors: FieldErrors = {};
  for (const [path, message] of problemsByPath(result.error)) errors[path || 'form'] ??= message;
  return { errors };
}

const INTERVIEWER_KEY = 'devrate.interviewer';

/** The name typed last time on this browser, so an interviewer types it once. */
export function rememberedInterviewer(): string {
  try {
    return window.localStorage.getItem(INTERVIEWER_KEY) ?? '';
  } catch {
    return ''; // storage blocked in this frame: the user types their name
  }
}

export function rememberInterviewer(name: string): void {
  try {
    window.localStorage.setItem(INTERVIEWER_KEY, name);
  } catch {
    // nothing to do: remembering is a convenience
  }
}
