// Sealed scoring (issue 12): submitting seals the scorecard in document properties and writes a
// sealed row; the debrief answers only an interviewer who has submitted, under a name bound to
// their account; a reveal (by button, or when the whole panel has submitted) puts the
// scorecards on the sheet once. What this protects, and what not, is in the README.
import type { CandidateListing, ComparisonView, DebriefView, PanelStatus, RevealResult } from '../../domain/scoring/api';
import { rankForComparison } from '../../domain/scoring/comparison';
import { redFlagsRaised } from '../../domain/scoring/debrief-text';
import { computeDebrief, type ScorecardRecord } from '../../domain/scoring/debrief';
import { normalizeName, sameName } from '../../domain/scoring/interviewer';
import { PANEL_COMPLETE, panelComplete, panelProgress, panelText, type RevealRecord } from '../../domain/scoring/panel';
import type { PanelRequest, RevealRequest } from '../../domain/scoring/panel-payloads';
import type { DebriefRequest, ScorecardPayload } from '../../domain/scoring/payloads';
import {
  SEALING_READ,
  appendSealedRow,
  readCandidateDetails,
  revealSheet,
  writePanel,
  type CandidateDetails,
} from '../../sheets/tracker/reveal-sheet';
import { appendScorecard } from '../../sheets/tracker/scorecard-entry';
import { debriefLines, scorecardsByCandidate, writeDebriefRow } from '../../sheets/tracker/debrief-sheet';
import { readEvidenceSetting, readScorecards, readWeights, type StoredScorecard } from '../../sheets/tracker/tracker-reads';
import { openTracker, type OpenTracker } from '../../sheets/tracker/tracker-registry';
import { currentCaller, nowText } from './caller';
import { checkName } from './name-binding';
import { reveal } from './reveal';
import { readSealStore, sealCard, sealedFor, type SealedEntry } from './seal-store';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
const NOT_SAVED = 'Your scorecard was not saved.';
const NOT_REVEALED = 'Nothing was revealed.';
const PANEL_UNCHANGED = 'The panel was not changed.';
const READ_ONLY = 'Nothing was changed.';
const documentProps = () => PropertiesService.getDocumentProperties();
type Tracker = OpenTracker<'candidates' | 'scorecards'>;

/** Everything known about one candidate's scorecards, from one read of each table and the store. */
interface CandidateCards {
  candidate: CandidateDetails;
  /** Revealed (or typed) scorecards on the sheet, and sealed ones from the store. */
  cards: ScorecardRecord[];
  sealed: SealedEntry[];
  /** Everyone with a scorecard, sealed rows included. */
  submitted: string[];
}

/** outcome: what the refusal adds ("Nothing was changed." and the like). */
function findCandidate(tracker: OpenTracker<'candidates'>, name: string, outcome: string): CandidateDetails {
  const found = readCandidateDetails(tracker, outcome).find((c) => sameName(c.name, name));
  if (!found) throw new Error(`"${name}" is not on the Candidates sheet. Pick a candidate from the list, or add them first. ${outcome}`);
  return found;
}

/** Every scorecard row and sealed entry of a tracker: one read of the table, one of the store. */
interface TrackerCards {
  rows: StoredScorecard[];
  entries: SealedEntry[];
}
const readTrackerCards = (tracker: Tracker, outcome: string): TrackerCards => ({
  rows: readScorecards(tracker, outcome, true).scorecards,
  entries: readSealStore(documentProps()).entries,
});

function cardsOf(
  tracker: Tracker,
  candidate: CandidateDetails,
  outcome: string,
  all: TrackerCards = readTrackerCards(tracker, outcome),
): CandidateCards {
  const { entries } = all;
  const rows = all.rows.filter((s) => sameName(s.candidate, candidate.name));
  const open = rows.filter((r) => !r.sealed).map(({ row: _r, sealed: _s, ...card }) => card);
  // A scorecard both on the sheet and in the store (a reveal cut short) counts once, from the sheet.
  const sealed = sealedFor(entries, tracker.id, candidate.name);
  const waiting = sealed.filter((e) => !open.some((c) => sameName(c.interviewer, e.card.interviewer)));
  const submitted: string[] = [];
  for (const name of [...rows.map((r) => r.interviewer), ...sealed.map((e) => e.card.interviewer)]) {
    if (name && !submitted.some((n) => sameName(n, name))) submitted.push(name);
  }
  return { candidate, cards: [...open, ...waiting.map((e) => e.card)], sealed, submitted };
}

function statusOf({ candidate, submitted }: CandidateCards): PanelStatus {
  return { panel: candidate.panel, submitted, missing: panelProgress(candidate.panel, submitted).missing, revealed: candidate.revealed };
}

/** The domain's debrief with what the sheet's debrief uses too: the evidence setting, the panel and who submitted. */
function debriefView(tracker: OpenTracker, found: CandidateCards, outcome: string, settings = readSettings(tracker, outcome)): DebriefView {
  const options = { minScored: settings.minScored, panel: found.candidate.panel, submitted: found.submitted };
  return { ...computeDebrief(found.candidate.name, found.cards, settings.weights, options), status: statusOf(found) };
}

/** What the debrief reads on Scoring rules: the weights and the evidence setting (refused, naming the cell, when unreadable). */
const readSettings = (tracker: OpenTracker, outcome: string) => ({
  weights: readWeights(tracker, outcome),
  minScored: readEvidenceSetting(tracker, outcome),
});

/** After a write: a revealed candidate's row on the Candidates sheet shows the debrief the sidebar shows (a sealed one stays blank). */
function showOnSheet(found: CandidateCards, view: DebriefView): DebriefView {
  if (found.candidate.revealed) writeDebriefRow(found.candidate, view);
  return view;
}

/** Reveals; the caller holds the document lock. */
function revealNow(tracker: Tracker, found: CandidateCards, by: string): RevealResult {
  const { candidate, sealed, submitted } = found;
  if (candidate.revealed && sealed.length === 0) return { candidate: candidate.name, written: 0, record: candidate.revealed };
  if (!candidate.revealed && submitted.length === 0)
    throw new Error(`Nobody has submitted a scorecard for ${candidate.name} yet: there is nothing to reveal.`);
  const record: RevealRecord = {
    by,
    at: nowText(),
    panelSubmitted: panelProgress(candidate.panel, submitted).done.length,
    panelSize: candidate.panel.length,
  };
  const done = reveal(documentProps(), sealed, revealSheet(tracker, candidate), record);
  return { candidate: candidate.name, ...done };
}

/** Reveals when everyone on the panel has submitted; submitted: who has, as the caller knows it. Answers the reveal record. */
function revealIfPanelDone(
  tracker: Tracker,
  candidate: CandidateDetails,
  submitted: readonly string[],
  outcome: string,
): RevealRecord | null {
  if (candidate.revealed || !panelComplete(candidate.panel, submitted)) return candidate.revealed;
  return revealNow(tracker, cardsOf(tracker, candidate, outcome), PANEL_COMPLETE).record; // read again: the store entries to let go of
}

/**
 * Seals the scorecard (or, once the candidate is revealed, writes it in the open); answers the
 * debrief from what was read under the lock and what was written, without reading the sheets again.
 */
export function submitSealedScorecard(card: ScorecardPayload): DebriefView {
  const tracker = openTracker(spreadsheet(), card.trackerId, NOT_SAVED);
  const settings = readSettings(tracker, NOT_SAVED); // before writing: a tracker without readable weights refuses, losing nothing
  const caller = currentCaller();
  const debriefOf = (after: CandidateCards): DebriefView => showOnSheet(after, debriefView(tracker, after, NOT_SAVED, settings));
  checkName(caller, card.interviewer, false);
  const candidate = findCandidate(tracker, card.candidate, NOT_SAVED);
  const found = cardsOf(tracker, candidate, NOT_SAVED);
  const earlier = found.submitted.find((n) => sameName(n, card.interviewer));
  if (earlier) {
    throw new Error(
      candidate.revealed
        ? `${earlier} has already scored ${candidate.name}: one scorecard per interviewer and candidate. Edit that row of the Scorecards sheet to change it.`
        : `${earlier} has already submitted a scorecard for ${candidate.name}. It stays sealed, unchanged, until the reveal; one scorecard per interviewer and candidate.`,
    );
  }
  const submitted = [...found.submitted, card.interviewer];
  if (candidate.revealed) {
    // The scores are on the sheet already: nothing left to seal.
    const appended = appendScorecard(tracker, card).scorecards.at(-1);
    if (!appended) throw new Error('The scorecard was written but could not be read back. Reload the sidebar to see it.');
    const { row: _r, sealed: _s, ...written } = appended;
    checkName(caller, card.interviewer, true);
    return debriefOf({ ...found, cards: [...found.cards, written], submitted });
  }
  const { trackerId: _t, candidate: _c, ...rest } = card;
  const sealed: ScorecardRecord = { ...rest, candidate: candidate.name }; // notes as typed: the reveal writes them as the open path does
  sealCard(documentProps(), tracker.id, sealed);
  checkName(caller, card.interviewer, true); // nothing can refuse the call from here on
  appendSealedRow(tracker, card, candidate.name);
  const revealed = revealIfPanelDone(
    tracker,
    candidate,
    submitted,
    'Your scorecard was saved, sealed; the panel is complete, so reveal it with "Reveal scores".',
  );
  return debriefOf({ ...found, candidate: { ...candidate, revealed }, cards: [...found.cards, sealed], submitted });
}

/** The debrief: before the reveal only for an interviewer who has submitted, under their own name. */
export function getSealedDebrief(request: DebriefRequest): DebriefView {
  const tracker = openTracker(spreadsheet(), request.trackerId, READ_ONLY);
  checkName(currentCaller(), request.interviewer, false);
  const found = cardsOf(tracker, findCandidate(tracker, request.candidate, READ_ONLY), READ_ONLY);
  if (!found.candidate.revealed && !found.submitted.some((n) => sameName(n, request.interviewer))) {
    throw new Error(
      `Submit your own scorecard for ${found.candidate.name} first: the debrief opens once you have scored, so nobody's scores sway yours.`,
    );
  }
  return debriefView(tracker, found, READ_ONLY);
}

/** "Reveal scores": writes the sealed scorecards to the sheet, once, and records who revealed. */
export function revealScores(request: RevealRequest): RevealResult {
  const tracker = openTracker(spreadsheet(), request.trackerId, NOT_REVEALED);
  const caller = currentCaller();
  checkName(caller, request.interviewer, false);
  const candidate = findCandidate(tracker, request.candidate, NOT_REVEALED);
  const found = cardsOf(tracker, candidate, NOT_REVEALED);
  const settings = readSettings(tracker, NOT_REVEALED); // before writing, for the debrief written after
  const result = revealNow(tracker, found, request.interviewer);
  checkName(caller, request.interviewer, true);
  // The same scorecards as before the reveal, now on the sheet: no second read.
  const after = { ...found, candidate: { ...candidate, revealed: result.record } };
  showOnSheet(after, debriefView(tracker, after, 'The scores were revealed.', settings));
  return result;
}

/** Sets the Panel cell, unless someone changed it since the sidebar read it; reveals if the panel is now complete. */
export function setCandidatePanel(request: PanelRequest): number {
  const tracker = openTracker(spreadsheet(), request.trackerId, PANEL_UNCHANGED);
  const candidate = findCandidate(tracker, request.candidate, PANEL_UNCHANGED);
  if (normalizeName(candidate.panelCell) !== normalizeName(request.expected)) {
    throw new Error(
      `Someone changed ${candidate.name}'s panel to "${candidate.panelCell}" since you opened it. Nothing was changed; check it and try again.`,
    );
  }
  const found = cardsOf(tracker, candidate, PANEL_UNCHANGED);
  const settings = readSettings(tracker, PANEL_UNCHANGED); // before writing, for the debrief written after
  const text = panelText(request.panel);
  writePanel(candidate, text);
  const done = 'The panel was set.';
  const updated = { ...candidate, panelCell: text, panel: request.panel };
  const revealed = revealIfPanelDone(tracker, updated, found.submitted, done);
  // The panel is part of the debrief ("incomplete panel: 1 of 2"); the scorecards are the same ones, revealed or not.
  if (revealed)
    showOnSheet(
      { ...found, candidate: { ...updated, revealed } },
      debriefView(tracker, { ...found, candidate: { ...updated, revealed } }, done, settings),
    );
  return request.trackerId;
}

/** The listing names who submitted: it reads these Scorecards columns alone. */
const LISTING = ['candidate', 'interviewer'];
/** The listing shows each candidate's stage too. */
const LISTED = [...SEALING_READ, 'stage'];

/** Refuses (outcome appended) when a column the listing reads is gone, so a write can check before it writes. */
export function checkListing(tracker: OpenTracker<'candidates' | 'scorecards'>, outcome: string): void {
  readScorecards(tracker, outcome, false, LISTING);
  readCandidateDetails(tracker, outcome, LISTED);
}

/** The context's candidate list: who has submitted, never what. */
export function listCandidatesWithPanels(tracker: OpenTracker<'candidates' | 'scorecards'>): CandidateListing[] {
  // Rows grouped by candidate once: O(candidates + scorecards), not one pass over every row per candidate.
  const byCandidate = scorecardsByCandidate(readScorecards(tracker, READ_ONLY, false, LISTING).scorecards);
  const entries = readSealStore(documentProps()).entries;
  return readCandidateDetails(tracker, READ_ONLY, LISTED).map((candidate) => {
    const found = cardsOf(tracker, candidate, READ_ONLY, { rows: byCandidate.get(normalizeName(candidate.name)) ?? [], entries });
    return {
      name: candidate.name,
      stage: candidate.stage,
      scorecards: found.submitted.length,
      panelCell: candidate.panelCell,
      panel: candidate.panel,
      submitted: found.submitted,
      revealed: candidate.revealed,
    };
  });
}

/** "Compare candidates": revealed candidates ranked, from the debrief the sheet shows; the sealed ones only named. */
export function getComparison(id: number): ComparisonView {
  const tracker = openTracker(spreadsheet(), id, READ_ONLY);
  // The rate check is the one figure read from a formula column: refused when it is blocked.
  const lines = debriefLines(tracker, READ_ONLY, ['rate_check']);
  return {
    rows: rankForComparison(
      lines.flatMap(({ candidate, debrief: d }) =>
        d
          ? [
              {
                candidate: candidate.name,
                weighted: d.weighted,
                votes: d.votes,
                scorecards: d.scorecards.length,
                redFlags: d.redFlagTotal,
                redFlagsRaised: redFlagsRaised(d),
                rateCheck: candidate.rateCheck,
                recommendation: d.recommendation,
                panelNote: d.panelNote,
                evidence: d.evidence,
              },
            ]
          : [],
      ),
    ),
    sealed: lines.filter((l) => !l.debrief).map((l) => l.candidate.name),
  };
}
