// Hostile input, hiring side, the reads: 10,000 generated calls (PROPERTY_RUNS) to each of
// getScoringContext and getDebrief as google.script.run makes them, over a seeded tracker, a full
// one, one whose Scorecards sheet was deleted and a spreadsheet without one; and to
// insertCandidateTracker, which the sidebar calls when there is none. Every call ends in an
// answer the sidebar can take or a clear refusal, and changes nothing; scores never leak before
// the interviewer has scored.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hostileJson } from '../support/arbitraries';
import { DEEP_CONTRACTS } from './contracts';
import { LOCK_BUSY, RUNS, addonOver, expectCoverage, runHostile } from './harness';
import { argumentsOf, debriefRequest } from './payloads';
import { WORKBOOKS, broken, tracker } from './scoring-workbooks';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS, SEEDED_SCORECARDS } from './workbooks';

// 10,000 emulated calls per test take minutes on a loaded 2-core CI machine, not vitest's 30 s.
vi.setConfig({ testTimeout: 600_000 });

describe('getScoringContext', () => {
  const contract = DEEP_CONTRACTS.getScoringContext;

  it(`lists the trackers and candidates, no scores, for any tracker choice (${RUNS} cases)`, () => {
    // A valid choice reads both tables (~8 ms); a hostile one is refused before that: keep ~2% valid.
    const notATracker = hostileJson.filter((v) => v !== null && !(Number.isInteger(v) && (v as number) > 0));
    const choice = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom<unknown[]>([1], [2], [null], [], [99]) },
      { weight: 50, arbitrary: fc.tuple(notATracker, hostileJson).chain(([first, second]) => fc.constantFrom([first], [first, second])) },
    );
    // Not the full tracker: listing 100 candidates against 500 scorecards costs ~20 ms a call (see the report).
    const checker = runHostile(contract, {
      workbooks: [tracker, broken, undefined],
      cases: choice,
      batch: 1_000,
      call: (checker, args) => void checker.call(args),
    });
    expectCoverage(checker, contract, { answered: 0.003, refused: 0.5 });
  });
});

describe('getDebrief', () => {
  const contract = DEEP_CONTRACTS.getDebrief;

  it(`answers the debrief only to an interviewer who has scored (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({
        args: argumentsOf(debriefRequest(SEEDED_CANDIDATES, SEEDED_INTERVIEWERS, SEEDED_SCORECARDS), { valid: 1, broken: 3, anything: 10 }),
        user: fc.constantFrom(undefined, undefined, 'colleague@example.com'),
      }),
      batch: 1_000,
      call: (checker, { args, user }) => void checker.call(args, { user }),
    });
    expectCoverage(checker, contract, { answered: 0.01, refused: 0.5 });
  });
});

describe('insertCandidateTracker', () => {
  const contract = DEEP_CONTRACTS.insertCandidateTracker;

  it('ignores whatever arguments a client sends it', () => {
    const addon = addonOver(tracker);
    const result = addon.run('insertCandidateTracker', [JSON.parse('{"__proto__":{"trackerId":7}}'), 'Candidates', [[1]]], {
      fromClient: true,
    });
    expect(result.value).toMatchObject({
      trackerId: 2,
      candidatesSheet: 'Candidates (2)',
      scorecardsSheet: 'Scorecards (2)',
      checklistSheet: 'Hiring checklist (2)',
    });
    contract.accepted(result.value, addon);
    expect(result.lockViolations).toEqual([]);
  });

  it(`refuses clearly and writes nothing while another editor holds the lock (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: [tracker],
      cases: fc.array(hostileJson, { maxLength: 3 }),
      batch: RUNS,
      deepEvery: 1_000,
      call: (checker, args) => void checker.call(args, { lockHeld: true }),
    });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY))).toBe(RUNS);
  });
});
