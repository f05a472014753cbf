// Hostile input, sealed scoring: 10,000 generated calls (PROPERTY_RUNS) to each of revealScores,
// setPanel and compareCandidates as google.script.run makes them, by the account that owns the
// seeded names or by a colleague, over a seeded tracker (one candidate revealed, the others
// sealed, one with a panel), a full one and one whose Scorecards sheet was deleted. Every call
// ends in an answer the sidebar can take or a clear refusal that writes nothing; a reveal writes
// each scorecard exactly once and empties the store; nothing sealed leaks into an answer.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { sameName } from '../../src/domain/scoring/interviewer';
import { panelText } from '../../src/domain/scoring/panel';
import { panelRequestSchema, revealRequestSchema } from '../../src/domain/scoring/panel-payloads';
import type { Addon } from '../../playground/emulator';
import { hostileJson } from '../support/arbitraries';
import { LOCK_BUSY, RUNS, expectCoverage, runHostile, type EndpointContract } from './harness';
import { argumentsOf, panelRequest, revealRequest } from './payloads';
import { NAME_TAKEN, NO_TRACKER, WORKBOOKS, broken, expectContext, storedRows, tracker } from './scoring-contracts';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS, SEEDED_REVEALED, SEEDED_SCORECARDS } from './workbooks';

vi.setConfig({ testTimeout: 600_000 });

const users = fc.constantFrom(undefined, undefined, 'colleague@example.com');
const sealedNotes = SEEDED_SCORECARDS.filter(([c]) => !SEEDED_REVEALED.includes(c as never)).map(([c, i]) => `${i} on ${c}`);
const NOT_ON_SHEET = (what: string) =>
  new RegExp(`^".+" is not on the Candidates sheet\\. Pick a candidate from the list, or add them first\\. ${what}$`, 's');

/** Scorecards rows (candidate, interviewer → how many rows, notes) from the stored cells. */
function scorecardRows(addon: Addon) {
  const rows = [...storedRows(addon, 'scorecards').entries()].filter(([row]) => row > 0).map(([, cells]) => cells);
  const notesColumn = Math.max(...rows.flatMap((cells) => [...cells.keys()]));
  return rows.map((cells) => ({
    candidate: String(cells.get(1)?.value ?? ''),
    interviewer: String(cells.get(2)?.value ?? ''),
    notes: cells.get(notesColumn),
    cells,
  }));
}

describe('revealScores', () => {
  const contract: EndpointContract = {
    endpoint: 'revealScores',
    refusals: [
      /^The reveal was not saved: \S/s,
      NOT_ON_SHEET('Nothing was revealed\\.'),
      /^Nobody has submitted a scorecard for .+ yet: there is nothing to reveal\.$/s,
      NAME_TAKEN,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const request = revealRequestSchema.parse(args[0]);
      const result = value as { candidate: string; written: number; record: { by: string } };
      expect(sameName(result.candidate, request.candidate)).toBe(true);
      // Exactly once: one row per interviewer of this candidate, none still sealed, the store empty of them.
      const theirs = scorecardRows(addon).filter((r) => sameName(r.candidate, request.candidate));
      for (const r of theirs) {
        expect(r.notes?.value, `${r.interviewer}'s notes revealed`).not.toBe('sealed');
        expect(
          theirs.filter((o) => sameName(o.interviewer, r.interviewer)),
          `${r.interviewer} once`,
        ).toHaveLength(1);
        for (const cell of r.cells.values()) expect(cell.formula).toBeUndefined();
      }
      const stillSealed = [...addon.workbook.documentProperties.values()].some((v) =>
        v.includes(`"candidate":${JSON.stringify(result.candidate)}`),
      );
      expect(stillSealed, 'the store let go of them').toBe(false);
    },
  };

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
  const contract: EndpointContract = {
    endpoint: 'setPanel',
    refusals: [
      /^The panel was not saved: \S/s,
      NOT_ON_SHEET('The panel was not changed\\.'),
      /^Someone changed .+'s panel to ".*" since you opened it\. Nothing was changed; check it and try again\.$/s,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const request = panelRequestSchema.parse(args[0]);
      const context = expectContext(value, request.trackerId);
      const listed = context.candidates.find((c) => sameName(c.name, request.candidate));
      expect(listed?.panelCell).toBe(panelText(request.panel));
      // Stored as text, never a formula.
      const row = [...storedRows(addon, 'candidates').values()].find((cells) =>
        sameName(String(cells.get(1)?.value ?? ''), request.candidate),
      );
      for (const cell of row!.values()) expect(cell.formula).toBeUndefined();
      expect(JSON.stringify(value)).not.toMatch(new RegExp(sealedNotes.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
    },
  };

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
  const contract: EndpointContract = {
    endpoint: 'compareCandidates',
    refusals: [/^The tracker choice was not understood: \S/s, NO_TRACKER],
    accepted(value) {
      const view = value as { rows: { candidate: string; weighted: number | null }[]; sealed: string[] };
      for (const r of view.rows)
        expect(
          SEEDED_REVEALED.some((n) => sameName(n, r.candidate)),
          `${r.candidate} is revealed`,
        ).toBe(true);
      const scores = view.rows.map((r) => r.weighted ?? -Infinity);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const text = JSON.stringify(value);
      for (const note of sealedNotes) expect(text).not.toContain(note);
    },
  };

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
