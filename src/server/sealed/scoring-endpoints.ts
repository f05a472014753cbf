// Sealed scoring (issues 12 and 17): submitting seals the scorecard in the seal store and writes a
// sealed row as a view; the debrief, the reveal and the panel are decided by the store (access.ts)
// and every action is recorded under the caller's bound name (name-binding.ts). A reveal (by
// button, or when the whole panel has submitted) puts the scorecards on the sheet once. What this
// protects, and what not, is in the README.
import type { DebriefView, PanelStatus, RevealResult } from '../../domain/scoring/api';
import { computeDebrief, type ScorecardRecord } from '../../domain/scoring/debrief';
import { sameName } from '../../domain/scoring/interviewer';
import { nameSkeleton } from '../../domain/scoring/name-skeleton';
import { PANEL_COMPLETE, panelComplete, panelProgress, panelText, parsePanel, type RevealRecord } from '../../domain/scoring/panel';
import type { PanelRequest, RevealRequest } from '../../domain/scoring/panel-payloads';
import type { DebriefRequest, ScorecardPayload } from '../../domain/scoring/payloads';
import {
  appendSealedRow,
  checkColumns,
  findCandidateDetails,
  revealSheet,
  writePanel,
  type CandidateDetails,
} from '../../sheets/tracker/reveal-sheet';
import { SCORECARD_COLUMNS } from '../../sheets/tracker/layout';
import { FreeRows, readScorecardsOf, writeFreeRow, type CandidateScorecards } from '../../sheets/tracker/targeted-reads';
import { scorecardValues } from '../../sheets/tracker/scorecard-rows';
import { submittedAfterReveal, writeDebriefRow, type ScorecardRows } from '../../sheets/tracker/debrief-sheet';
import { SCORECARD_TYPED, readEvidenceSetting, readWeights, type StoredScorecard } from '../../sheets/tracker/tracker-reads';
import { openTracker, type OpenTracker } from '../../sheets/tracker/tracker-registry';
import { newState, panelRefusal, readAccess, revealRefusal, submitRefusal, submittedNames } from './access';
import { currentCaller, nowText } from './caller';
import { bindingWrite, boundName, keepToken, ownerOf } from './name-binding';
import { reveal, type RevealOutcome } from './reveal';
import {
  chunkKeys,
  deleteKeys,
  openSealStore,
  readCandidate,
  STORE_BUDGET_BYTES,
  sealChunks,
  stateEntry,
  sweepUnreferencedChunks,
  writeStore,
  type CandidateRecord,
  type CandidateState,
  type SealStore,
} from './seal-store';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();
const NOT_SAVED = 'Your scorecard was not saved.';
const NOT_REVEALED = 'Nothing was revealed.';
const PANEL_UNCHANGED = 'The panel was not changed.';
const READ_ONLY = 'Nothing was changed.';
const sealStore = () => openSealStore(PropertiesService.getDocumentProperties());
/**
 * A candidate's scorecard rows (every Scorecards column required, as every action refuses a
 * broken table), without reading anyone else's: what the debrief, the submission and the reveal use.
 */
const scorecardsOf = (tracker: OpenTracker<'scorecards'>, candidate: string, outcome: string, withDates = false) =>
  readScorecardsOf(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, candidate, outcome, withDates);
/** The candidate's scorecard rows as the debrief row writer sees them (their Duplicate cells), as read. */
const targetedRows = (read: CandidateScorecards): ScorecardRows => ({
  sheet: read.head.sheet,
  columns: read.head.columns,
  shown: (row, column) => read.values.get(row)?.[column - 1],
});
const scorecardsWithRows = (tracker: OpenTracker<'scorecards'>, candidate: string) => {
  const read = scorecardsOf(tracker, candidate, READ_ONLY, true);
  return { rows: targetedRows(read), scorecards: read.scorecards };
};
/** Refuses (outcome appended) when a Scorecards column is gone: read from the header, before anything is written. */
const checkScorecards = (tracker: OpenTracker<'scorecards'>, outcome: string) =>
  checkColumns(tracker.scorecards, SCORECARD_COLUMNS, SCORECARD_TYPED, outcome);
type Tracker = OpenTracker<'candidates' | 'scorecards'>;

const budgetRefusal = (kb: number) =>
  `Your scorecard was not saved: sealed scorecards waiting for a reveal fill the space Google gives this spreadsheet's add-on data (${kb} KB of the ${STORE_BUDGET_BYTES / 1024} KB DevRate allows itself). Reveal candidates whose panels are done, then submit again; your answers are still in the form.`;

/** outcome: what the refusal adds ("Nothing was changed." and the like). Reads the name column and the candidate's row only. */
export function findCandidate(tracker: OpenTracker<'candidates'>, name: string, outcome: string): CandidateDetails {
  const found = findCandidateDetails(tracker, name, outcome);
  if (!found) throw new Error(`"${name}" is not on the Candidates sheet. Pick a candidate from the list, or add them first. ${outcome}`);
  return found;
}

/** The store's record of a candidate; refuses (outcome appended) when it is unreadable. */
function candidateRecord(store: SealStore, tracker: Tracker, candidate: CandidateDetails, outcome: string): CandidateRecord {
  const record = readCandidate(store, tracker.id, candidate.name);
  if (record.damaged) throw new Error(`${record.damaged} ${outcome}`);
  return record;
}

export function statusOf(
  state: CandidateState | null,
  extra: Pick<PanelStatus, 'hidden' | 'damaged'> = { hidden: 0, damaged: [] },
): PanelStatus {
  const panel = state?.panel ?? [];
  const submitted = submittedNames(state);
  return { panel, submitted, missing: panelProgress(panel, submitted).missing, revealed: state?.revealed ?? null, ...extra };
}

/** The rows on the sheet that are scorecards of this candidate, with their row (duplicates are named by it): never a sealed row or what is left of one. */
const openRows = (rows: readonly StoredScorecard[], candidate: string): ScorecardRecord[] =>
  rows.filter((r) => !r.sealed && sameName(r.candidate, candidate)).map(({ sealed: _s, ...card }) => card);

/** What the debrief reads on Scoring rules: the weights and the evidence setting (refused, naming the cell, when unreadable). */
interface Settings {
  weights: ReturnType<typeof readWeights>;
  minScored: number;
}
const readSettings = (tracker: OpenTracker, outcome: string): Settings => ({
  weights: readWeights(tracker, outcome),
  minScored: readEvidenceSetting(tracker, outcome),
});

/**
 * The debrief viewer may see: after the reveal the sheet's, which the Candidates row then shows
 * too (the one rule: debrief-sheet.ts writes the same figures); before, the store's (all, or only
 * their own), which no cell shows. Panel and submissions come from the store.
 */
function debriefOf(
  candidate: CandidateDetails,
  record: CandidateRecord,
  settings: Settings,
  viewer: string | null,
  read: () => { rows: ScorecardRows; scorecards: StoredScorecard[] },
  onSheet: 'write to the sheet' | 'read only',
): DebriefView {
  const state = record.state;
  const damaged = record.sealed.filter((s) => !s.card).map((s) => s.problem);
  const options = { minScored: settings.minScored, panel: state?.panel ?? [], submitted: submittedNames(state) };
  if (state?.revealed) {
    const { rows, scorecards } = read();
    const cards = openRows(scorecards, candidate.name);
    const view = {
      ...computeDebrief(candidate.name, cards, settings.weights, { ...options, submitted: submittedAfterReveal(options.submitted, cards) }),
      status: statusOf(state, { hidden: 0, damaged }),
    };
    if (onSheet === 'write to the sheet') writeDebriefRow(candidate, view, rows); // a write, under the document lock
    return view;
  }
  const { read: access } = readAccess(state, candidate.name, viewer);
  const sealed = record.sealed.flatMap((s) => (s.card ? [s.card] : []));
  const shown = access === 'own' ? sealed.filter((c) => viewer !== null && sameName(c.interviewer, viewer)) : sealed;
  const hidden = access === 'own' ? submittedNames(state).filter((n) => viewer === null || !sameName(n, viewer)).length : 0;
  return { ...computeDebrief(candidate.name, shown, settings.weights, options), status: statusOf(state, { hidden, damaged }) };
}

/** Reveals; the caller holds the document lock. */
function revealNow(
  tracker: Tracker,
  candidate: CandidateDetails,
  store: SealStore,
  record: CandidateRecord,
  by: string,
  sheet = revealSheet(tracker, candidate),
): RevealOutcome {
  const state = record.state ?? newState(candidate.name);
  const submitted = submittedNames(state);
  const reveal_: RevealRecord = {
    by,
    at: nowText(),
    panelSubmitted: panelProgress(state.panel, submitted).done.length,
    panelSize: state.panel.length,
  };
  return reveal(store, { ...record, state }, sheet, reveal_);
}

/** Reveals by itself when everyone on the panel has submitted; answers the candidate's record as it is after. */
function revealIfPanelDone(tracker: Tracker, candidate: CandidateDetails, store: SealStore, done: string): CandidateRecord {
  const record = readCandidate(store, tracker.id, candidate.name);
  const state = record.state;
  if (!state || state.revealed || !panelComplete(state.panel, submittedNames(state))) return record;
  try {
    revealNow(tracker, candidate, store, record, PANEL_COMPLETE);
  } catch (e) {
    // eslint-disable-next-line preserve-caught-error -- Error's cause is ES2022; the bundle is ES2020 (tests/contract/es-target.test.ts)
    throw new Error(`${done} The panel is complete, but the reveal could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
  return readCandidate(store, tracker.id, candidate.name);
}

/**
 * Seals the scorecard (or, once the candidate is revealed, writes it in the open) under the
 * caller's bound name, and answers the debrief they may now see.
 */
export function submitSealedScorecard(card: ScorecardPayload): DebriefView {
  const tracker = openTracker(spreadsheet(), card.trackerId, NOT_SAVED);
  const settings = readSettings(tracker, NOT_SAVED); // before writing: a tracker without weights refuses, losing nothing
  const caller = currentCaller();
  const store = sealStore();
  const owner = ownerOf(caller, store, card.interviewer);
  const name = owner.name;
  const candidate = findCandidate(tracker, card.candidate, NOT_SAVED);
  const record = candidateRecord(store, tracker, candidate, NOT_SAVED);
  const state = record.state ?? newState(candidate.name);
  const damagedOwn = record.sealed.filter((s) => !s.card && sameName(s.submission.name, name));
  const refusal = submitRefusal(state, name, damagedOwn.length > 0);
  if (refusal) throw new Error(refusal);
  const read = scorecardsOf(tracker, candidate.name, NOT_SAVED, true);
  const { head, naming, scorecards } = read; // every column there before anything is written
  const free = new FreeRows(head, naming);
  const { trackerId: _t, candidate: _c, ...rest } = card;
  const submitted: ScorecardRecord = { ...rest, interviewer: name, candidate: candidate.name };
  const others = state.submissions.filter((s) => !damagedOwn.some((d) => d.submission === s));

  if (state.revealed) {
    // The scores are on the sheet already: nothing left to seal, and no name to hold.
    const after: CandidateState = { ...state, submissions: [...others, { name, sealed: null }] };
    writeStore(store, [stateEntry(record.key, after)], budgetRefusal);
    deleteKeys(
      store,
      damagedOwn.flatMap((d) => chunkKeys(d.submission.sealed)),
    ); // replaced by this one
    const row = writeFreeRow(head, free, scorecardValues(submitted, candidate.name));
    const rows = [...scorecards, { ...submitted, row, sealed: false }];
    const sealed = record.sealed.filter((s) => !damagedOwn.includes(s));
    return debriefOf(
      candidate,
      { ...record, state: after, sealed },
      settings,
      name,
      () => ({ rows: targetedRows(read), scorecards: rows }),
      'write to the sheet',
    );
  }
  sweepUnreferencedChunks(store); // room left by writes cut short, before the budget is counted
  const { manifest, chunks } = sealChunks(store, submitted);
  const after: CandidateState = { ...state, submissions: [...others, { name, sealed: manifest }] };
  writeStore(store, [chunks, { ...bindingWrite(caller, store, owner, tracker.id), ...stateEntry(record.key, after) }], budgetRefusal);
  deleteKeys(
    store,
    damagedOwn.flatMap((d) => chunkKeys(d.submission.sealed)),
  );
  keepToken(caller, store, name);
  if (!scorecards.some((r) => r.sealed && sameName(r.candidate, candidate.name) && sameName(r.interviewer, name))) {
    appendSealedRow(head, free, submitted, candidate.name);
  }
  const now = revealIfPanelDone(tracker, candidate, store, 'Your scorecard was saved, sealed.');
  return debriefOf(candidate, now, settings, name, () => scorecardsWithRows(tracker, candidate.name), 'write to the sheet');
}

/** The debrief: before the reveal only for an interviewer allowed by the store, under their own bound name. */
export function getSealedDebrief(request: DebriefRequest): DebriefView {
  const tracker = openTracker(spreadsheet(), request.trackerId, READ_ONLY);
  const store = sealStore();
  const owner = ownerOf(currentCaller(), store, request.interviewer);
  const candidate = findCandidate(tracker, request.candidate, READ_ONLY);
  const scorecards = scorecardsWithRows(tracker, candidate.name); // a broken table is refused, whatever the access
  const record = candidateRecord(store, tracker, candidate, READ_ONLY);
  const access = readAccess(record.state, candidate.name, owner.free ? null : owner.name);
  if (access.refusal) throw new Error(access.refusal);
  return debriefOf(candidate, record, readSettings(tracker, READ_ONLY), owner.name, () => scorecards, 'read only');
}

/** "Reveal scores": writes the sealed scorecards to the sheet, once, and records who revealed. */
export function revealScores(request: RevealRequest): RevealResult {
  const tracker = openTracker(spreadsheet(), request.trackerId, NOT_REVEALED);
  const store = sealStore();
  const candidate = findCandidate(tracker, request.candidate, NOT_REVEALED);
  checkScorecards(tracker, NOT_REVEALED); // every action refuses a broken table, before anything else
  const settings = readSettings(tracker, NOT_REVEALED); // before writing, for the debrief the row then shows
  const record = candidateRecord(store, tracker, candidate, NOT_REVEALED);
  const state = record.state;
  if (!state || state.submissions.length === 0)
    throw new Error(`Nobody has submitted a scorecard for ${candidate.name} yet: there is nothing to reveal.`);
  if (state.revealed && record.sealed.every((s) => !s.card)) {
    // Revealed already (by someone pressing at the same time): nothing to do, nothing to record.
    return { candidate: candidate.name, written: 0, record: state.revealed, damaged: record.sealed.map((s) => s.problem) };
  }
  const by = boundName(currentCaller(), store, request.interviewer, `revealed ${candidate.name}`);
  const refusal = revealRefusal(state, by);
  if (refusal) throw new Error(refusal);
  const sheet = revealSheet(tracker, candidate);
  const result = { candidate: candidate.name, ...revealNow(tracker, candidate, store, record, by, sheet) };
  showRevealed(tracker, candidate, store, settings, () => {
    const read = sheet.scorecardsAfter(READ_ONLY); // the rows the reveal found and wrote: the candidate column is not read again
    return { rows: targetedRows(read), scorecards: read.scorecards };
  });
  return result;
}

/** After a reveal or a panel change: a revealed candidate's row shows the debrief the sidebar shows. */
function showRevealed(
  tracker: Tracker,
  candidate: CandidateDetails,
  store: SealStore,
  settings: Settings,
  read = () => scorecardsWithRows(tracker, candidate.name),
): void {
  const record = readCandidate(store, tracker.id, candidate.name);
  if (record.state?.revealed) debriefOf(candidate, record, settings, null, read, 'write to the sheet');
}

/** Sets the panel in the store (and the Panel cell, its view), unless it changed since the sidebar read it; reveals if now complete. */
export function setCandidatePanel(request: PanelRequest): number {
  const tracker = openTracker(spreadsheet(), request.trackerId, PANEL_UNCHANGED);
  const store = sealStore();
  const candidate = findCandidate(tracker, request.candidate, PANEL_UNCHANGED);
  checkScorecards(tracker, PANEL_UNCHANGED); // a panel that completes reveals: the table must be whole
  const settings = readSettings(tracker, PANEL_UNCHANGED); // before writing: the panel is part of the debrief ("incomplete panel")
  const record = candidateRecord(store, tracker, candidate, PANEL_UNCHANGED);
  const state = record.state ?? newState(candidate.name);
  const current = panelText(state.panel);
  if (nameSkeleton(current) !== nameSkeleton(panelText(parsePanel(request.expected)))) {
    throw new Error(
      `Someone changed ${candidate.name}'s panel to "${current}" since you opened it. Nothing was changed; check it and try again.`,
    );
  }
  const by = boundName(currentCaller(), store, request.interviewer, `set ${candidate.name}'s panel`);
  const refusal = panelRefusal(state, by);
  if (refusal) throw new Error(refusal);
  writeStore(
    store,
    [stateEntry(record.key, { ...state, panel: request.panel, panelBy: by })],
    (kb) =>
      `The panel was not saved: this spreadsheet's add-on data is full (${kb} KB of the ${STORE_BUDGET_BYTES / 1024} KB DevRate allows itself). Reveal candidates whose panels are done, then try again.`,
  );
  writePanel(candidate, panelText(request.panel));
  revealIfPanelDone(tracker, candidate, store, 'The panel was set.');
  showRevealed(tracker, candidate, store, settings);
  return request.trackerId;
}
