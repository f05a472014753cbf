// What the sealed-scoring endpoints answer and refuse, as hostile-sealed-endpoints.test.ts checks
// them: a reveal writes each scorecard exactly once and empties the store; nothing sealed leaks.
import { expect } from 'vitest';
import { sameName } from '../../../src/domain/scoring/interviewer';
import { panelText } from '../../../src/domain/scoring/panel';
import { panelRequestSchema, revealRequestSchema } from '../../../src/domain/scoring/panel-payloads';
import type { Addon } from '../../../playground/emulator';
import { NAME_NOT_BOUND, NAME_TAKEN, NO_TRACKER, expectContext, storedRows } from '../scoring-contracts';
import { SEEDED_REVEALED, SEEDED_SCORECARDS } from '../workbooks';
import type { DeepContracts } from './index';

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

export const SEALED_CONTRACTS = {
  revealScores: {
    endpoint: 'revealScores',
    refusals: [
      /^The reveal was not saved: \S/s,
      NOT_ON_SHEET('Nothing was revealed\\.'),
      /^Nobody has submitted a scorecard for .+ yet: there is nothing to reveal\.$/s,
      /^Only someone on .+'s panel \(.*\) can reveal before the panel is complete\. Nothing was revealed\.$/s,
      NAME_TAKEN,
      NAME_NOT_BOUND,
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
      const stillSealed = [...addon.workbook.documentProperties]
        .filter(([k]) => k.startsWith('devrate.sealed.'))
        .some(([, v]) => v.includes(`"candidate":${JSON.stringify(result.candidate)}`));
      expect(stillSealed, 'the store let go of them').toBe(false);
    },
  },
  setPanel: {
    endpoint: 'setPanel',
    refusals: [
      /^The panel was not saved: \S/s,
      NOT_ON_SHEET('The panel was not changed\\.'),
      /^Someone changed .+'s panel to ".*" since you opened it\. Nothing was changed; check it and try again\.$/s,
      /^Only someone on .+'s panel \(.*\) can change it\. The panel was not changed\.$/s,
      NAME_TAKEN,
      NAME_NOT_BOUND,
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
  },
  compareCandidates: {
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
  },
} satisfies Partial<DeepContracts>;
