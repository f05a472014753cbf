import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/domain/dataset';
import { debriefRequestSchema, newCandidateSchema, scorecardSchema } from '../../src/domain/scoring/payloads';
import { sameName } from '../../src/domain/scoring/interviewer';
import { parsePayload } from '../../src/server/payload';

const questionIds = dataset.hiring.questions.map((q) => q.id);
const flagIds = dataset.hiring.redFlags.map((f) => f.id);
const blankScores = () => Object.fromEntries(questionIds.map((id) => [id, null]));
const valid = () => ({
  trackerId: 1,
  candidate: 'Ana Lima',
  interviewer: 'Ben',
  round: 'technical',
  vote: 'Yes',
  date: '2026-05-01',
  scores: { ...blankScores(), [questionIds[0]]: 3 },
  redFlags: [] as string[],
  notes: '',
});

describe('scorecardSchema', () => {
  it('accepts a scorecard, tidying names and treating a missing score as no evidence', () => {
    const { scores, ...rest } = valid();
    const { [questionIds[5]]: _dropped, ...fewer } = scores;
    const card = scorecardSchema.parse({ ...rest, scores: fewer, candidate: '  Ana   Lima ', interviewer: ' Ben ' });
    expect(card.candidate).toBe('Ana Lima');
    expect(card.interviewer).toBe('Ben');
    expect(card.scores[questionIds[5]]).toBeNull();
  });

  it('rejects scores off the 4-point scale, naming the question', () => {
    for (const bad of [0, 5, 2.5, '3']) {
      const result = scorecardSchema.safeParse({ ...valid(), scores: { ...blankScores(), [questionIds[2]]: bad } });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual(['scores', questionIds[2]]);
    }
  });

  it('rejects unknown questions and red flags, duplicates, and an empty scorecard', () => {
    expect(scorecardSchema.safeParse({ ...valid(), scores: { ...valid().scores, charisma: 4 } }).success).toBe(false);
    expect(scorecardSchema.safeParse({ ...valid(), redFlags: ['bad_vibes'] }).success).toBe(false);
    expect(scorecardSchema.safeParse({ ...valid(), redFlags: [flagIds[0], flagIds[0]] }).success).toBe(false);
    const empty = scorecardSchema.safeParse({ ...valid(), scores: blankScores() });
    expect(empty.error?.issues[0].message).toMatch(/at least one question or tick a red flag/);
    expect(scorecardSchema.safeParse({ ...valid(), scores: blankScores(), redFlags: [flagIds[3]] }).success).toBe(true);
  });

  it('rejects dates that are not real days, and takes any name: the sheet matches * ? ~ = < > literally', () => {
    expect(scorecardSchema.safeParse({ ...valid(), date: '2026-02-30' }).success).toBe(false);
    expect(scorecardSchema.safeParse({ ...valid(), date: 'tomorrow' }).success).toBe(false);
    expect(scorecardSchema.safeParse({ ...valid(), candidate: 'A*' }).success).toBe(true);
    expect(scorecardSchema.safeParse({ ...valid(), candidate: '>Ana' }).success).toBe(true);
    // A formula-looking interviewer name is fine: it is stored as text (asText), never run.
    expect(scorecardSchema.safeParse({ ...valid(), interviewer: '=IMPORTXML("x")' }).success).toBe(true);
  });

  it('turns any malformed payload into an Error a person can read, never a crash', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => parsePayload(scorecardSchema, junk, 'The scorecard was not saved')).toThrow(/^The scorecard was not saved: .+\.$/);
      }),
    );
  });
});

describe('newCandidateSchema', () => {
  it('needs only a name and a tracker', () => {
    expect(newCandidateSchema.parse({ trackerId: 1, name: ' Ana ' })).toEqual({ trackerId: 1, name: 'Ana' });
  });

  it('checks the optional fields against the sheet vocabulary', () => {
    expect(newCandidateSchema.safeParse({ trackerId: 1, name: 'Ana', level: 'wizard' }).success).toBe(false);
    expect(newCandidateSchema.safeParse({ trackerId: 1, name: 'Ana', quote: -5 }).success).toBe(false);
    expect(newCandidateSchema.safeParse({ trackerId: 1, name: 'Ana', profileUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(
      newCandidateSchema.safeParse({ trackerId: 1, name: 'Ana', level: 'senior', region: 'asia', spec: 'ai', quote: 60 }).success,
    ).toBe(true);
  });
});

describe('debriefRequestSchema and sameName', () => {
  it('identifies an interviewer by name, ignoring case and spacing', () => {
    const req = debriefRequestSchema.parse({ trackerId: 2, candidate: 'Ana', interviewer: '  ben  okafor ' });
    expect(sameName(req.interviewer, 'Ben Okafor')).toBe(true);
    expect(sameName(req.interviewer, 'Ben')).toBe(false);
  });
});
