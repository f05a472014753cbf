// Hostile input, hiring side: 10,000 generated calls (PROPERTY_RUNS) to each endpoint the "Score a
// candidate" sidebar calls, as google.script.run makes them, over a seeded tracker, a full one, one
// whose Scorecards sheet was deleted and a spreadsheet without one. Every call ends in an answer
// the sidebar can take or a clear refusal; a refusal writes nothing; scores never leak before
// the interviewer has scored; writes happen under the document lock.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { sameName } from '../../src/domain/scoring/interviewer';
import { newCandidateSchema, scorecardSchema, debriefRequestSchema } from '../../src/domain/scoring/payloads';
import type { Addon } from '../../playground/emulator';
import { hostileJson } from '../support/arbitraries';
import { LOCK_BUSY, RUNS, addonOver, clientCall, expectCoverage, runHostile, type EndpointContract } from './harness';
import { argumentsOf, debriefRequest, newCandidate, scorecard } from './payloads';
import { SEEDED_CANDIDATES, SEEDED_INTERVIEWERS, SEEDED_SCORECARDS, brokenTrackerWorkbook, fullTrackerWorkbook, trackerWorkbook } from './workbooks';

// 10,000 emulated calls per test take minutes on a loaded 2-core CI machine, not vitest's 30 s.
vi.setConfig({ testTimeout: 600_000 });

const tracker = trackerWorkbook();
const WORKBOOKS = [tracker, fullTrackerWorkbook(), brokenTrackerWorkbook()];
const NO_TRACKER = /^This spreadsheet has no candidate tracker (number \d+ )?any more \(its named range \w+ is missing\)\. Use DevRate > Insert candidate tracker, then reopen this sidebar\.$/;

/** What the sidebar lists: names, stages and a count per candidate; never a score or a note. */
const contextSchema = z.strictObject({
  trackers: z.array(z.strictObject({ id: z.number().int().positive(), label: z.string() })),
  trackerId: z.number().int().positive().nullable(),
  candidates: z.array(z.strictObject({ name: z.string().min(1), stage: z.string(), scorecards: z.number().int().nonnegative() })),
});
const debriefSchema = z.object({
  candidate: z.string().min(1),
  scorecards: z.array(z.object({ candidate: z.string(), interviewer: z.string(), date: z.string(), notes: z.string() }).loose()).min(1),
}).loose();

/** Stored cells (no recalculation) of a tracker table's sheet: row → column → value. */
function storedRows(addon: Addon, rangeName: string): Map<number, Map<number, { value?: unknown; formula?: string }>> {
  const sheet = addon.workbook.sheetByName(addon.spreadsheet.getRangeByName(rangeName)!.getSheet().getName())!;
  const rows = new Map<number, Map<number, { value?: unknown; formula?: string }>>();
  for (const [row, col, cell] of sheet.entries()) {
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, cell);
  }
  return rows;
}

function expectContext(value: unknown, requested?: unknown): z.infer<typeof contextSchema> {
  const parsed = contextSchema.safeParse(value);
  if (!parsed.success) expect.fail(`not a scoring context: ${parsed.error.message.slice(0, 300)}`);
  const context = parsed.data;
  if (context.trackerId !== null) expect(context.trackers.map((t) => t.id)).toContain(context.trackerId);
  if (typeof requested === 'number' && context.trackers.some((t) => t.id === requested)) expect(context.trackerId).toBe(requested);
  return context;
}

describe('getScoringContext', () => {
  const contract: EndpointContract = {
    endpoint: 'getScoringContext',
    refusals: [/^The tracker choice was not saved: \S/s],
    accepted: (value, _addon, args) => void expectContext(value, args[0]),
  };

  it(`lists the trackers and candidates, no scores, for any tracker choice (${RUNS} cases)`, () => {
    // A valid choice reads both tables (~8 ms); a hostile one is refused before that: keep ~3% valid.
    const notATracker = hostileJson.filter((v) => v !== null && !(Number.isInteger(v) && (v as number) > 0));
    const choice = fc.oneof({ weight: 1, arbitrary: fc.constantFrom<unknown[]>([1], [2], [null], [], [99]) }, { weight: 30, arbitrary: fc.tuple(notATracker, hostileJson).chain(([first, second]) => fc.constantFrom([first], [first, second])) });
    // Not the full tracker: listing 100 candidates against 500 scorecards costs ~20 ms a call (see the report).
    const checker = runHostile(contract, { workbooks: [tracker, WORKBOOKS[2], undefined], cases: choice, batch: 1_000, call: (checker, args) => void checker.call(args) });
    expectCoverage(checker, contract, { answered: 0.005, refused: 0.5 });
  });
});

describe('addCandidate', () => {
  const contract: EndpointContract = {
    endpoint: 'addCandidate',
    refusals: [
      /^The candidate was not saved: \S/s,
      /^".+" is already on the Candidates sheet \(row \d+\)\. Pick them from the list instead\.$/s,
      /^The Candidates sheet is full: its formulas cover 100 candidates\. Insert a new candidate tracker for more\. Nothing was added\.$/,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const candidate = newCandidateSchema.parse(args[0]);
      const context = expectContext(value, candidate.trackerId);
      expect(context.candidates.filter((c) => c.name === candidate.name), `${candidate.name} listed once`).toHaveLength(1);
      // The name lands as text, exactly as the schema tidied it.
      const row = [...storedRows(addon, 'DevRateCandidates').values()].find((cells) => cells.get(1)?.value === candidate.name);
      expect(row, `a Candidates cell holding the text ${candidate.name}`).toBeDefined();
      expect(row!.get(1)!.formula).toBeUndefined();
    },
  };

  it('refuses a tracker whose Scorecards sheet is gone, as submitting does, writing nothing', () => {
    const addon = addonOver(WORKBOOKS[2]);
    const version = addon.workbook.version;
    const added = clientCall(addon, 'addCandidate', [{ trackerId: 1, name: 'New Person' }]);
    expect(added).toMatchObject({ ok: false, message: expect.stringMatching(NO_TRACKER) });
    expect(addon.workbook.version).toBe(version);
  });

  it(`adds the candidate or refuses clearly, never a half-filled row (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({ args: argumentsOf(newCandidate(SEEDED_CANDIDATES), { valid: 2, broken: 5, anything: 3 }), lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 60) }),
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
      /^The scorecard was not saved: \S/s,
      /^".+" is not on the Candidates sheet\. Pick a candidate from the list, or add them first\. Your scorecard was not saved\.$/s,
      /^.+ has already scored .+ \(row \d+ of the Scorecards sheet\)\. One scorecard per interviewer and candidate: edit that row to change it\.$/s,
      /^The Scorecards sheet is full: its debrief formulas cover 500 scorecards\. Your scorecard was not saved\.$/,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const card = scorecardSchema.parse(args[0]);
      const debrief = debriefSchema.parse(value);
      expect(sameName(debrief.candidate, card.candidate)).toBe(true);
      expect(debrief.scorecards.every((s) => sameName(s.candidate, card.candidate)), 'only this candidate’s scorecards').toBe(true);
      expect(debrief.scorecards.filter((s) => sameName(s.interviewer, card.interviewer))).toHaveLength(1);
      // The new row holds the typed names and notes as text.
      const row = [...storedRows(addon, 'DevRateScorecards').values()].find((cells) => cells.get(2)?.value === card.interviewer && sameName(String(cells.get(1)?.value), card.candidate));
      expect(row, `a Scorecards row for ${card.interviewer}`).toBeDefined();
      const notesColumn = Math.max(...row!.keys());
      for (const col of [1, 2, notesColumn]) expect(row!.get(col)?.formula).toBeUndefined();
      if (card.notes.trim()) expect(row!.get(notesColumn)?.value).toBe(card.notes);
    },
  };

  it(`appends one row or refuses clearly, never part of one (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: fc.record({ args: argumentsOf(scorecard(SEEDED_CANDIDATES, SEEDED_INTERVIEWERS), { valid: 2, broken: 5, anything: 3 }), lockHeld: fc.integer({ min: 1, max: 100 }).map((n) => n <= 50) }),
      batch: 1_000,
      call: (checker, { args, lockHeld }) => void checker.call(args, { lockHeld }),
    });
    expectCoverage(checker, contract, { answered: 0.005, refused: 0.5 });
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBeGreaterThan(0);
  });
});

describe('getDebrief', () => {
  const contract: EndpointContract = {
    endpoint: 'getDebrief',
    refusals: [
      /^The debrief request was not saved: \S/s,
      /^Submit your own scorecard for .+ first: the debrief opens once you have scored, so nobody's scores sway yours\.$/s,
      NO_TRACKER,
    ],
    accepted(value, _addon, args) {
      const request = debriefRequestSchema.parse(args[0]);
      const debrief = debriefSchema.parse(value);
      // Only to an interviewer who has scored this candidate, and only this candidate's scorecards.
      expect(debrief.scorecards.some((s) => sameName(s.interviewer, request.interviewer))).toBe(true);
      expect(debrief.scorecards.every((s) => sameName(s.candidate, request.candidate))).toBe(true);
    },
  };

  it(`answers the debrief only to an interviewer who has scored (${RUNS} cases)`, () => {
    const checker = runHostile(contract, {
      workbooks: WORKBOOKS,
      cases: argumentsOf(debriefRequest(SEEDED_CANDIDATES, SEEDED_INTERVIEWERS, SEEDED_SCORECARDS), { valid: 1, broken: 4, anything: 5 }),
      batch: 1_000,
      call: (checker, args) => void checker.call(args),
    });
    expectCoverage(checker, contract, { answered: 0.02, refused: 0.5 });
  });
});

describe('insertCandidateTracker', () => {
  const contract: EndpointContract = {
    endpoint: 'insertCandidateTracker',
    refusals: [],
    accepted(value, addon) {
      const inserted = value as { trackerId: number; candidatesSheet: string; scorecardsSheet: string; checklistSheet: string };
      for (const name of [inserted.candidatesSheet, inserted.scorecardsSheet, inserted.checklistSheet]) expect(addon.spreadsheet.getSheetByName(name)).not.toBeNull();
      expect(addon.spreadsheet.getRangeByName(inserted.trackerId === 1 ? 'DevRateCandidates' : `DevRateCandidates_${inserted.trackerId}`)?.getSheet().getName()).toBe(inserted.candidatesSheet);
    },
  };

  it('ignores whatever arguments a client sends it', () => {
    const addon = addonOver(tracker);
    const result = addon.run('insertCandidateTracker', [JSON.parse('{"__proto__":{"trackerId":7}}'), 'Candidates', [[1]]], { fromClient: true });
    expect(result.value).toMatchObject({ trackerId: 2, candidatesSheet: 'Candidates (2)', scorecardsSheet: 'Scorecards (2)', checklistSheet: 'Hiring checklist (2)' });
    contract.accepted!(result.value, addon, []);
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
