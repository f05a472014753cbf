// Hostile input, sealed scoring: 10,000 generated calls (PROPERTY_RUNS) to each of revealScores,
// setPanel and compareCandidates as google.script.run makes them, by the account that owns the
// seeded names or by a colleague, over a seeded tracker (one candidate revealed, the others
// sealed, one with a panel), a full one and one whose Scorecards sheet was deleted. Every call
// ends in an answer the sidebar can take or a clear refusal that writes nothing; a reveal writes
// each scorecard exactly once and empties the store; nothing sealed leaks into an answer.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hostileJson } from '../support/arbitraries';
import { DEEP_CONTRACTS } from './contracts';
import { LOCK_BUSY, RUNS, expectCoverage, runHostile } from './harness';
import { argumentsOf, panelRequest, revealRequest } from './payloads';
import { NAME_TAKEN } from './scoring-contracts';
import { WORKBOOKS, broken, tracker } from './scoring-workbooks';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS } from './workbooks';

vi.setConfig({ testTimeout: 600_000 });

const users = fc.constantFrom(undefined, undefined, 'colleague@example.com');
describe('revealScores', () => {
  const contract = DEEP_CONTRACTS.revealScores;

  it(`reveals once or refuses clearly, never half (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({
        args: argumentsOf(revealRequest(SEEDED_CANDIDATES, SEEDED_INTERVIEWERS), { valid: 3, broken: 4, anything: 3 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 60),
        user: users,
      }),
      batch: 500,
      // A batch of 500 calls shares one spreadsheet, so candidates get revealed again and again.
      call: (checker, { args, lockHeld, user }) => void checker.call(args, { lockHeld, user }),
    });
    expectCoverage(checker, contract, { answered: 0.01, refused: 0.3 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
    expect(checker.refusalsSeen.get(String(NAME_TAKEN)) ?? 0).toBeGreaterThan(0);
  });
});

describe('setPanel', () => {
  const contract = DEEP_CONTRACTS.setPanel;

  it(`sets the panel or refuses clearly, overwriting nothing changed meanwhile (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({
        args: argumentsOf(panelRequest(SEEDED_CANDIDATES, SEEDED_INTERVIEWERS), { valid: 5, broken: 3, anything: 2 }),
        lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 60),
        user: users,
      }),
      batch: 500,
      call: (checker, { args, lockHeld, user }) => void checker.call(args, { lockHeld, user }),
    });
    expectCoverage(checker, contract, { answered: 0.005, refused: 0.3 });
  });
});

describe('compareCandidates', () => {
  const contract = DEEP_CONTRACTS.compareCandidates;

  it(`ranks only revealed candidates, for any tracker choice, leaking nothing sealed (${RUNS} cases)`, () => {
    const choice = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom<unknown[]>([1], [2], [99]) },
      { weight: 20, arbitrary: fc.tuple(hostileJson, hostileJson).chain(([a, b]) => fc.constantFrom([a], [a, b], [])) },
    );
    const checker = runHostile(contract, {
      workbooks: [tracker, broken, undefined],
      cases: fc.record({ args: choice, user: users }),
      batch: 1_000,
      call: (checker, { args, user }) => void checker.call(args, { user }),
    });
    expectCoverage(checker, contract, { answered: 0.003, refused: 0.5 });
  });
});
