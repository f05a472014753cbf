// The tracker's side of sealed scoring (issue 12): reading panels and reveal records from the
// Candidates sheet, appending sealed rows, and writing revealed scorecards into them. Positions
// come from layout.ts; call the writers under the document lock.
import type { ScorecardRecord } from '../../domain/scoring/debrief';
import { sameName } from '../../domain/scoring/interviewer';
import { panelSubmittedText, parsePanel, type RevealRecord } from '../../domain/scoring/panel';
import type { RevealSheet } from '../../server/sealed/reveal';
import { asText } from '../cell-text';
import { CANDIDATE_COLUMNS, SCORECARD_CAPACITY, SCORECARD_COLUMNS, columnOf } from './layout';
import { SEALED, SEALED_CELLS, isSealedRow, scorecardRow, sealedRow, type ScorecardCells } from './scorecard-rows';
import { readScorecards } from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

const at = (key: string) => columnOf(CANDIDATE_COLUMNS, key) - 1;
const NAME = at('name');
const STAGE = at('stage');
const PANEL = at('panel');
const REVEALED_BY = at('revealed_by');
const RATE_CHECK = at('rate_check');
const SCORECARD_CANDIDATE = columnOf(SCORECARD_COLUMNS, 'candidate') - 1;
const SCORECARD_INTERVIEWER = columnOf(SCORECARD_COLUMNS, 'interviewer') - 1;
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

if (at('revealed_on') !== REVEALED_BY + 1 || at('panel_submitted') !== REVEALED_BY + 2) throw new Error('The reveal columns must sit side by side.');

export interface CandidateDetails {
  name: string;
  stage: string;
  offset: number;
  panelCell: string;
  panel: string[];
  revealed: RevealRecord | null;
  rateCheck: string;
}

/** Every candidate with their panel, reveal record and rate check: one read. */
export function readCandidateDetails(tracker: Pick<OpenTracker, 'candidates'>): CandidateDetails[] {
  const values = tracker.candidates.getValues();
  const details: CandidateDetails[] = [];
  for (let offset = 1; offset < values.length; offset++) {
    const row = values[offset];
    const name = text(row[NAME]);
    if (!name) continue;
    const panelCell = text(row[PANEL]);
    details.push({ name, stage: text(row[STAGE]), offset, panelCell, panel: parsePanel(panelCell), revealed: revealRecordOf(row), rateCheck: text(row[RATE_CHECK]) });
  }
  return details;
}

function revealRecordOf(row: readonly unknown[]): RevealRecord | null {
  const by = text(row[REVEALED_BY]);
  if (!by) return null;
  const counted = /^(\d+) of (\d+)$/.exec(text(row[REVEALED_BY + 2]));
  return { by, at: text(row[REVEALED_BY + 1]), panelSubmitted: counted ? Number(counted[1]) : 0, panelSize: counted ? Number(counted[2]) : 0 };
}

/** Writes the Panel cell as text ('' clears it). */
export function writePanel(tracker: Pick<OpenTracker, 'candidates'>, offset: number, panel: string): void {
  tracker.candidates.offset(offset, PANEL, 1, 1).setValue(panel ? asText(panel) : '');
}

/** Data rows the table holds now: deleting rows inside it shrinks it below its capacity. */
const roomOf = (tracker: Pick<OpenTracker, 'scorecards'>) => Math.min(SCORECARD_CAPACITY, tracker.scorecards.getNumRows() - 1);

/** Appends a sealed row after the last used one; refuses when the sheet is full. */
export function appendSealedRow(tracker: Pick<OpenTracker, 'scorecards'>, card: Pick<ScorecardCells, 'interviewer' | 'round' | 'date'>, candidate: string): void {
  const { nextOffset } = readScorecards(tracker);
  if (nextOffset > roomOf(tracker)) {
    throw new Error(`The Scorecards sheet is full: its debrief formulas cover ${SCORECARD_CAPACITY} scorecards. Your scorecard was not saved.`);
  }
  tracker.scorecards.offset(nextOffset, 0, 1, SCORECARD_COLUMNS.length).setValues([sealedRow(card, candidate)]);
}

/** The RevealSheet of one candidate row. now: yyyy-mm-dd hh:mm. */
export function revealSheet(tracker: Pick<OpenTracker, 'candidates' | 'scorecards'>, candidate: CandidateDetails): RevealSheet {
  const rowOf = (values: unknown[][], card: ScorecardRecord) =>
    values.findIndex((r, i) => i > 0 && sameName(text(r[SCORECARD_CANDIDATE]), candidate.name) && sameName(text(r[SCORECARD_INTERVIEWER]), card.interviewer));
  /** Cards with no row at all need a new one; a row that no longer says "sealed" was written already. */
  const rowless = (values: unknown[][], cards: readonly ScorecardRecord[]) => cards.filter((c) => rowOf(values, c) < 0);
  return {
    checkRoom(cards) {
      const values = tracker.scorecards.getValues();
      const { nextOffset } = readScorecards(tracker);
      if (nextOffset - 1 + rowless(values, cards).length > roomOf(tracker)) {
        throw new Error(`The Scorecards sheet has no room for ${candidate.name}'s scorecards (its formulas cover ${SCORECARD_CAPACITY}). Nothing was revealed; the scorecards stay sealed.`);
      }
    },
    writeScorecards(cards) {
      const values = tracker.scorecards.getValues();
      let { nextOffset } = readScorecards(tracker);
      let written = 0;
      for (const card of cards) {
        const full = scorecardRow(card, candidate.name);
        const offset = rowOf(values, card);
        if (offset < 0) {
          tracker.scorecards.offset(nextOffset++, 0, 1, full.length).setValues([full]); // its row was deleted: a new one
          written++;
        } else if (isSealedRow(values[offset])) {
          writeOverSealed(tracker, offset, values[offset], full);
          written++;
        }
      }
      return written;
    },
    recorded() {
      return revealRecordOf(tracker.candidates.offset(candidate.offset, 0, 1, CANDIDATE_COLUMNS.length).getValues()[0]);
    },
    record(reveal) {
      tracker.candidates.offset(candidate.offset, REVEALED_BY, 1, 3).setValues([[asText(reveal.by), asText(reveal.at), asText(panelSubmittedText(reveal))]]);
    },
  };
}

/** One write when the sealed cells are untouched; else only the cells still saying "sealed" (a person's edits stay). */
function writeOverSealed(tracker: Pick<OpenTracker, 'scorecards'>, offset: number, current: readonly unknown[], full: readonly (string | number | boolean)[]): void {
  const { first, last } = SEALED_CELLS;
  const untouched = current.slice(first, last + 1).every((v) => text(v) === SEALED);
  if (untouched) {
    tracker.scorecards.offset(offset, first, 1, last - first + 1).setValues([full.slice(first, last + 1)]);
    return;
  }
  for (let i = first; i <= last; i++) if (text(current[i]) === SEALED) tracker.scorecards.offset(offset, i, 1, 1).setValue(full[i]);
}
