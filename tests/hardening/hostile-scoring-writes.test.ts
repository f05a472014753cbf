// Hostile input, hiring side, the writes: 10,000 generated calls (PROPERTY_RUNS) to each of
// addCandidate and submitScorecard as google.script.run makes them, over a seeded tracker, a full
// one and one whose Scorecards sheet was deleted. Every call ends in an answer the sidebar can
// take or a clear refusal; a refusal writes nothing; what is written lands as text, under the
// document lock.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DEEP_CONTRACTS } from './contracts';
import { LOCK_BUSY, RUNS, addonOver, clientCall, expectCoverage, runHostile } from './harness';
import { argumentsOf, newCandidate, scorecard } from './payloads';
import { NO_TRACKER } from './scoring-contracts';
import { WORKBOOKS, broken } from './scoring-workbooks';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS } from './workbooks';

// 10,000 emulated calls per test take minutes on a loaded 2-core CI machine, not vitest's 30 s.
vi.setConfig({ testTimeout: 600_000 });

describe('addCandidate', () => {
  const contract = DEEP_CONTRACTS.addCandidate;

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
  const contract = DEEP_CONTRACTS.submitScorecard;

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
