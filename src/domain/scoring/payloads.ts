// What the scoring sidebar sends, parsed with these schemas twice: in the sidebar to show field
// errors, and again on the server (parsePayload) because the server trusts no caller.
import { hiring } from '../dataset';
import * as z from '../validator';
import { LEVELS, REGIONS, SPECS } from '../terms';
import { reservedNameProblem } from './interviewer';
import { hiddenCharactersProblem } from './name-skeleton';
import { MAX_YEARS, STAGES } from './pipeline';
import { MAX_SCORE, MIN_SCORE } from './scale';
import { ROUNDS, VOTES } from './votes';

export const MAX_NAME_LENGTH = 100;
export const MAX_NOTES_LENGTH = 5000;

const questionIds = hiring.questions.map((q) => q.id) as [string, ...string[]];
const redFlagIds = hiring.redFlags.map((f) => f.id) as [string, ...string[]];

/** One line, trimmed, inner runs of space collapsed; no invisible or direction-changing characters (a name must look like what it is). */
export const personName = (what: string) =>
  z.pipe(
    z.pipe(
      z.string(`${what} must be text`),
      z.transform((s) => s.trim().replace(/\s+/g, ' ')),
    ),
    z.string().check(
      z.minLength(1, `${what} is required`),
      z.maxLength(MAX_NAME_LENGTH, `${what} is longer than ${MAX_NAME_LENGTH} characters`),
      z.refine((s) => !hiddenCharactersProblem(what, s), { error: (issue) => hiddenCharactersProblem(what, String(issue.input)) }),
    ),
  );

/** An interviewer's name: a person's name that is not DevRate's own. */
export const interviewerName = (what: string) =>
  personName(what).check(
    z.refine((s) => !reservedNameProblem(what, s), { error: (issue) => reservedNameProblem(what, String(issue.input)) }),
  );

// Any name: the sheet's formulas match * ? ~ and a leading = < > literally, as the server does.
export const candidateName = personName('Candidate');

export const trackerIdSchema = z
  .number('Tracker must be a number')
  .check(z.refine(Number.isSafeInteger, 'Tracker must be a whole number'), z.positive());

const score = z.pipe(
  z.optional(
    z.nullable(
      z
        .number(`use a whole number from ${MIN_SCORE} to ${MAX_SCORE}, or leave it blank for no evidence`)
        .check(
          z.refine(Number.isSafeInteger, `use a whole number from ${MIN_SCORE} to ${MAX_SCORE}`),
          z.gte(MIN_SCORE, `the lowest score is ${MIN_SCORE}`),
          z.lte(MAX_SCORE, `the highest score is ${MAX_SCORE}`),
        ),
    ),
  ),
  z.transform((s) => s ?? null),
);

/** A real calendar date as YYYY-MM-DD (what an <input type="date"> gives). */
const isoDate = z.string('Date must be text').check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Date must look like 2026-05-31'),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Date is not a real calendar day'),
);

export const scorecardSchema = z
  .strictObject({
    trackerId: trackerIdSchema,
    candidate: candidateName,
    interviewer: interviewerName('Interviewer'),
    round: z.enum(ROUNDS, `Round: use one of ${ROUNDS.join(', ')}`),
    date: isoDate,
    vote: z.enum(VOTES, `Overall vote: use one of ${VOTES.join(', ')}`),
    scores: z.strictObject(Object.fromEntries(questionIds.map((id) => [id, score])) as Record<string, typeof score>),
    redFlags: z.array(z.enum(redFlagIds, `unknown red flag; use one of ${redFlagIds.join(', ')}`)).check(
      z.maxLength(redFlagIds.length),
      z.refine((ids) => new Set(ids).size === ids.length, 'a red flag is listed twice'),
    ),
    notes: z.string('Notes must be text').check(z.maxLength(MAX_NOTES_LENGTH, `Notes are longer than ${MAX_NOTES_LENGTH} characters`)),
  })
  .check(
    z.refine((card) => card.redFlags.length > 0 || Object.values(card.scores).some((s) => s !== null), {
      error: 'Score at least one question or tick a red flag: an empty scorecard says nothing',
    }),
  );
export type ScorecardPayload = z.infer<typeof scorecardSchema>;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.optional(z.enum(values, `${what}: use one of ${values.join(', ')}`));

export const newCandidateSchema = z.strictObject({
  trackerId: trackerIdSchema,
  name: candidateName,
  profileUrl: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(500),
      z.refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), 'Profile link must start with http:// or https://'),
    ),
  ),
  stage: optionalEnum(STAGES, 'Stage'),
  level: optionalEnum(LEVELS, 'Claimed level'),
  years: z.optional(
    z.number('Years must be a number').check(z.gte(0, 'Years cannot be negative'), z.lte(MAX_YEARS, `Years above ${MAX_YEARS}?`)),
  ),
  region: optionalEnum(REGIONS, 'Region'),
  spec: optionalEnum(SPECS, 'Specialization'),
  quote: z.optional(
    z
      .number('Quoted $/hour must be a number')
      .check(z.gte(0, 'Quoted $/hour cannot be negative'), z.lte(10_000, 'Quoted $/hour above 10,000?')),
  ),
});
export type NewCandidatePayload = z.infer<typeof newCandidateSchema>;

export const debriefRequestSchema = z.strictObject({
  trackerId: trackerIdSchema,
  candidate: candidateName,
  interviewer: interviewerName('Interviewer'),
});
export type DebriefRequest = z.infer<typeof debriefRequestSchema>;
