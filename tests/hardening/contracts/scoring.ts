// What the "Score a candidate" endpoints answer and refuse, as hostile-scoring-reads.test.ts and
// hostile-scoring-writes.test.ts check them.
import { expect } from 'vitest';
import type { DebriefView } from '../../../src/domain/scoring/api';
import { sameName } from '../../../src/domain/scoring/interviewer';
import { debriefRequestSchema, newCandidateSchema, scorecardSchema } from '../../../src/domain/scoring/payloads';
import { parseRefusal } from '../harness';
import { NAME_TAKEN, NOT_ON_PANEL, NO_TRACKER, debriefSchema, expectAdded, expectContext, storedRows } from '../scoring-contracts';
import { trackerSheetName } from '../workbooks';
import type { DeepContracts } from './index';

export const SCORING_CONTRACTS = {
  getScoringContext: {
    endpoint: 'getScoringContext',
    refusals: [parseRefusal('getScoringContext')],
    accepted: (value, _addon, args) => void expectContext(value, args[0]),
  },
  getDebrief: {
    endpoint: 'getDebrief',
    refusals: [
      parseRefusal('getDebrief'),
      /^Submit your own scorecard for .+ first: the debrief opens once you have scored, so nobody's scores sway yours\.$/s,
      /^".+" is not on the Candidates sheet\. Pick a candidate from the list, or add them first\. Nothing was changed\.$/s,
      NAME_TAKEN,
      NO_TRACKER,
    ],
    accepted(value, _addon, args) {
      const request = debriefRequestSchema.parse(args[0]);
      debriefSchema.parse(value);
      const debrief = value as DebriefView;
      // Before the reveal only to an interviewer who has scored this candidate, and without a panel
      // only their own scorecard; only this candidate's scorecards.
      if (!debrief.status.revealed) {
        expect(debrief.scorecards.some((s) => sameName(s.interviewer, request.interviewer))).toBe(true);
        if (!debrief.status.panel.length) expect(debrief.scorecards.every((s) => sameName(s.interviewer, request.interviewer))).toBe(true);
      }
      expect(debrief.scorecards.every((s) => sameName(s.candidate, request.candidate))).toBe(true);
    },
  },
  insertCandidateTracker: {
    endpoint: 'insertCandidateTracker',
    refusals: [],
    accepted(value, addon) {
      const inserted = value as { trackerId: number; candidatesSheet: string; scorecardsSheet: string; checklistSheet: string };
      for (const name of [inserted.candidatesSheet, inserted.scorecardsSheet, inserted.checklistSheet])
        expect(addon.spreadsheet.getSheetByName(name)).not.toBeNull();
      expect(trackerSheetName(addon, 'candidates', inserted.trackerId)).toBe(inserted.candidatesSheet);
    },
  },

  addCandidate: {
    endpoint: 'addCandidate',
    refusals: [
      parseRefusal('addCandidate'),
      /^".+" is already on the Candidates sheet \(row \d+\)\. Pick them from the list instead\.$/s,
      NO_TRACKER,
    ],
    accepted(value, addon, args) {
      const candidate = newCandidateSchema.parse(args[0]);
      const added = expectAdded(value);
      expect(added).toMatchObject({ trackerId: candidate.trackerId, candidate: { name: candidate.name, scorecards: 0 } });
      const context = expectContext(addon.run('getScoringContext', [candidate.trackerId], { fromClient: true }).value, candidate.trackerId);
      expect(
        context.candidates.filter((c) => c.name === candidate.name),
        `${candidate.name} listed once`,
      ).toHaveLength(1);
      // The name lands as text, exactly as the schema tidied it.
      const row = [...storedRows(addon, 'candidates').values()].find((cells) => cells.get(1)?.value === candidate.name);
      expect(row, `a Candidates cell holding the text ${candidate.name}`).toBeDefined();
      expect(row!.get(1)!.formula).toBeUndefined();
    },
  },
  submitScorecard: {
    endpoint: 'submitScorecard',
    refusals: [
      parseRefusal('submitScorecard'),
      /^".+" is not on the Candidates sheet\. Pick a candidate from the list, or add them first\. Your scorecard was not saved\.$/s,
      /^.+ has already submitted a scorecard for .+\. It stays sealed, unchanged, until the reveal; one scorecard per interviewer and candidate\.$/s,
      /^.+ has already scored .+: one scorecard per interviewer and candidate\. Edit that row of the Scorecards sheet to change it\.$/s,
      NAME_TAKEN,
      NOT_ON_PANEL,
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
      // The new row holds the names as text (the interviewer's as first bound); before the reveal "sealed" stands for the notes.
      const row = [...storedRows(addon, 'scorecards').values()].find(
        (cells) => sameName(String(cells.get(2)?.value), card.interviewer) && sameName(String(cells.get(1)?.value), card.candidate),
      );
      expect(row, `a Scorecards row for ${card.interviewer}`).toBeDefined();
      const notesColumn = Math.max(...row!.keys());
      for (const col of [1, 2, notesColumn]) expect(row!.get(col)?.formula).toBeUndefined();
      const revealed = (value as DebriefView).status.revealed !== null; // seeded, or the panel just completed
      if (!revealed) expect(row!.get(notesColumn)?.value).toBe('sealed');
      else if (card.notes.trim()) expect(row!.get(notesColumn)?.value).toBe(card.notes);
    },
  },
} satisfies Partial<DeepContracts>;
