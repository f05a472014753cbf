// What the scoring sidebar sends, parsed with these schemas twice: in the sidebar to show field
// errors, and again on the server (parsePayload) because the server trusts no caller.
import * as z from 'zod';
import { dataset } from '../dataset';
import { LEVELS, REGIONS, SPECS } from '../terms';
import { MAX_YEARS, STAGES } from './pipeline';
import { MAX_SCORE, MIN_SCORE } from './scale';
import { ROUNDS, VOTES } from './votes';

export const MAX_NAME_LENGTH = 100;
export const MAX_NOTES_LENGTH = 5000;

const questionIds = dataset.hiring.questions.map((q) => q.id) as [string, ...string[]];
const redFlagIds = dataset.hiring.redFlags.map((f) => f.id) as [string, ...string[]];

/** One line, trimmed, inner runs of space collapsed. */
export const personName = (what: string) =>
  z
    .string(`${what} must be text`)
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${what} is required`).max(MAX_NAME_LENGTH, `${what} is longer than ${MAX_NAME_LENGTH} characters`));

// Any name: the sheet's formulas match * ? ~ and a leading = < > literally, as the server does.
export const candidateName = personName('Candidate');

export const trackerIdSchema = z.number('Tracker must be a number').int().positive();

const score = z
  .number(`use a whole number from ${MIN_SCORE} to ${MAX_SCORE}, or leave it blank for no evidence`)
  .int(`use a whole number from ${MIN_SCORE} to ${MAX_SCORE}`)
  .min(MIN_SCORE, `the lowest score is ${MIN_SCORE}`)
  .max(MAX_SCORE, `the highest score is ${MAX_SCORE}`)
  .nullable()
  .optional()
  .transform((s) => s ?? null);

/** A real calendar date as YYYY-MM-DD (what an <input type="date"> gives). */
const isoDate = z
  .string('Date must be text')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date must look like 2026-05-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Date is not a real calendar day');

export const scorecardSchema = z
  .object({
    trackerId: trackerIdSchema,
    candidate: candidateName,
    interviewer: personName('Interviewer'),
    round: z.enum(ROUNDS, `Round: use one of ${ROUNDS.join(', ')}`),
    date: isoDate,
    vote: z.enum(VOTES, `Overall vote: use one of ${VOTES.join(', ')}`),
    scores: z.strictObject(Object.fromEntries(questionIds.map((id) => [id, score])) as Record<string, typeof score>),
    redFlags: z
      .array(z.enum(redFlagIds, `unknown red flag; use one of ${redFlagIds.join(', ')}`))
      .max(redFlagIds.length)
      .refine((ids) => new Set(ids).size === ids.length, 'a red flag is listed twice'),
    notes: z.string('Notes must be text').max(MAX_NOTES_LENGTH, `Notes are longer than ${MAX_NOTES_LENGTH} characters`),
  })
  .strict()
  .refine((card) => card.redFlags.length > 0 || Object.values(card.scores).some((s) => s !== null), {
    message: 'Score at least one question or tick a red flag: an empty scorecard says nothing',
  });
export type ScorecardPayload = z.infer<typeof scorecardSchema>;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, `${what}: use one of ${values.join(', ')}`).optional();

export const newCandidateSchema = z
  .object({
    trackerId: trackerIdSchema,
    name: candidateName,
    profileUrl: z
      .string()
      .trim()
      .max(500)
      .refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), 'Profile link must start with http:// or https://')
      .optional(),
    stage: optionalEnum(STAGES, 'Stage'),
    level: optionalEnum(LEVELS, 'Claimed level'),
    years: z.number('Years must be a number').min(0, 'Years cannot be negative').max(MAX_YEARS, `Years above ${MAX_YEARS}?`).optional(),
    region: optionalEnum(REGIONS, 'Region'),
    spec: optionalEnum(SPECS, 'Specialization'),
    quote: z
      .number('Quoted $/hour must be a number')
      .min(0, 'Quoted $/hour cannot be negative')
      .max(10_000, 'Quoted $/hour above 10,000?')
      .optional(),
  })
  .strict();
export type NewCandidatePayload = z.infer<typeof newCandidateSchema>;

export const debriefRequestSchema = z
  .object({ trackerId: trackerIdSchema, candidate: candidateName, interviewer: personName('Interviewer') })
  .strict();
export type DebriefRequest = z.infer<typeof debriefRequestSchema>;
