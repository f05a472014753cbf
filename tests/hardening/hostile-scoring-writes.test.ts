// Hostile input, hiring side, the writes: 10,000 generated calls (PROPERTY_RUNS) to each of
// addCandidate and submitScorecard as google.script.run makes them, over a seeded tracker, a full
// one and one whose Scorecards sheet was deleted. Every call ends in an answer the sidebar can
// take or a clear refusal; a refusal writes nothing; what is written lands as text, under the
// document lock.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { sameName } from '../../src/domain/scoring/interviewer';
import { newCandidateSchema, scorecardSchema } from '../../src/domain/scoring/payloads';
import { LOCK_BUSY, RUNS, parseRefusal, addonOver, clientCall, expectCoverage, runHostile, type EndpointContract } from './harness';
import { argumentsOf, newCandidate, scorecard } from './payloads';
import { NAME_TAKEN, NO_TRACKER, WORKBOOKS, broken, debriefSchema, expectContext, storedRows } from './scoring-contracts';
import type { DebriefView } from '../../src/domain/scoring/api';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS } from './workbooks';

// 10,000 emulated calls per test take minutes on a loaded 2-core CI machine, not vitest's 30 s.
vi.setConfig({ testTimeout: 600_000 });

describe('addCandidate', () => {
  const contract: EndpointContract = {
    endpoint: 'addCandidate',
    refusals: [
      parseRefusal('addCandidate'),
      /^".+" is already on the Candidates sheet \(row \d+\)\. Pick them from the list instead\.$/s,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const candidate = newCandidateSchema.parse(args[0]);
      const context = expectContext(value, candidate.trackerId);
      expect(
        context.candidates.filter((c) => c.name === candidate.name),
        `${candidate.name} listed once`,
      ).toHaveLength(1);
      // The name lands as text, exactly as the schema tidied it.
      const row = [...storedRows(addon, 'candidates').values()].find((cells) => cells.get(1)?.value === candidate.name);
      expect(row, `a Candidates cell holding the text ${candidate.name}`).toBeDefined();
      expect(row!.get(1)!.formula).toBeUndefined();
    },
  };

  it('refuses a tracker whose Scorecards sheet is gone, as submitting does, writing nothing', () => {
    const addon = addonOver(broken);
    const version = addon.workbook.version;
    const added = clientCall(addon, 'addCandidate', [{ trackerId: 1, name: 'New Person' }]);
    expect(added).toMatchObject({ ok: false, message: expect.stringMatching(NO_TRACKER) });
    expect(addon.workbook.version).toBe(version);
  });

  it(`adds the candidate or refuses clearly, never a half-filled row (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({
        args: argumentsOf(newCandidate(SEEDED_CANDIDATES), { valid: 2, broken: 5, anything: 3 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 75),
      }),
      batch: 500,
      call: (checker, { args, lockHeld }) => void checker.call(args, { lockHeld }),
    });
    expectCoverage(checker, contract, { answered: 0.002, refused: 0.5 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
  });
});

describe('submitScorecard', () => {
  const contract: EndpointContract = {
    endpoint: 'submitScorecard',
    refusals: [
      parseRefusal('submitScorecard'),
      /^".+" is not on the Candidates sheet\. Pick a candidate from the list, or add them first\. Your scorecard was not saved\.$/s,
      /^.+ has already submitted a scorecard for .+\. It stays sealed, unchanged, until the reveal; one scorecard per interviewer and candidate\.$/s,
      /^.+ has already scored .+: one scorecard per interviewer and candidate\. Edit that row of the Scorecards sheet to change it\.$/s,
      NAME_TAKEN,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const card = scorecardSchema.parse(args[0]);
      const debrief = debriefSchema.parse(value);
      expect(sameName(debrief.candidate, card.candidate)).toBe(true);
      expect(
        debrief.scorecards.every((s) => sameName(s.candidate, card.candidate)),
        'only this candidate’s scorecards',
      ).toBe(true);
      expect(debrief.scorecards.filter((s) => sameName(s.interviewer, card.interviewer))).toHaveLength(1);
      // The new row holds the typed names as text; before the reveal "sealed" stands for the notes.
      const row = [...storedRows(addon, 'scorecards').values()].find(
        (cells) => cells.get(2)?.value === card.interviewer && sameName(String(cells.get(1)?.value), card.candidate),
      );
      expect(row, `a Scorecards row for ${card.interviewer}`).toBeDefined();
      const notesColumn = Math.max(...row!.keys());
      for (const col of [1, 2, notesColumn]) expect(row!.get(col)?.formula).toBeUndefined();
      const revealed = (value as DebriefView).status.revealed !== null; // seeded, or the panel just completed
      if (!revealed) expect(row!.get(notesColumn)?.value).toBe('sealed');
      else if (card.notes.trim()) expect(row!.get(notesColumn)?.value).toBe(card.notes);
    },
  };

  it(`appends one row or refuses clearly, never part of one (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({
        args: argumentsOf(scorecard(SEEDED_CANDIDATES, SEEDED_INTERVIEWERS), { valid: 2, broken: 5, anything: 3 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 70),
        user: fc.constantFrom(undefined, 'colleague@example.com'),
      }),
      batch: 1_000,
      call: (checker, { args, lockHeld, user }) => void checker.call(args, { lockHeld, user }),
    });
    expectCoverage(checker, contract, { answered: 0.005, refused: 0.5 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
  });
});
