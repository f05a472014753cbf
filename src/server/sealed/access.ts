// Who may do what with a candidate's sealed scorecards, decided from the seal store alone (never
// from a cell): with a panel, only its members submit, read the debrief before the reveal (once
// they have submitted), reveal early and change the panel; without one, anyone may submit, each
// sees only their own scorecard until the reveal, and anyone with a bound name may reveal (in the
// open, recorded under that name). A colleague's throwaway scorecard therefore opens nothing.
import { sameName } from '../../domain/scoring/interviewer';
import { panelText } from '../../domain/scoring/panel';
import type { CandidateState } from './seal-store';

export const newState = (candidate: string): CandidateState => ({
  candidate,
  panel: [],
  panelBy: null,
  submissions: [],
  revealed: null,
});

export const submittedNames = (state: CandidateState | null) => (state ? state.submissions.map((s) => s.name) : []);
export const hasSubmitted = (state: CandidateState | null, name: string) => submittedNames(state).some((n) => sameName(n, name));
const onPanel = (state: CandidateState, name: string) => state.panel.some((n) => sameName(n, name));

/** Scorecards one candidate may have: a state of this many names stays well under the 9 KB a property value may hold. */
export const MAX_SUBMISSIONS = 40;

/** Why name may not submit for this candidate ('' when they may); damagedOwn: their earlier scorecard is torn, so may be replaced. */
export function submitRefusal(state: CandidateState, name: string, damagedOwn: boolean): string {
  if (state.panel.length && !onPanel(state, name)) {
    return `${name} is not on ${state.candidate}'s panel (${panelText(state.panel)}): only panel members can score ${state.candidate}. Ask someone on the panel to add you with "Edit panel".`;
  }
  const earlier = state.submissions.find((s) => sameName(s.name, name));
  if (!earlier && state.submissions.length >= MAX_SUBMISSIONS) {
    return `${state.candidate} already has ${MAX_SUBMISSIONS} scorecards, the most DevRate keeps for one candidate. Your scorecard was not saved.`;
  }
  if (!earlier || damagedOwn) return '';
  return state.revealed
    ? `${earlier.name} has already scored ${state.candidate}: one scorecard per interviewer and candidate. Edit that row of the Scorecards sheet to change it.`
    : `${earlier.name} has already submitted a scorecard for ${state.candidate}. It stays sealed, unchanged, until the reveal; one scorecard per interviewer and candidate.`;
}

/** Before the reveal: which scorecards name may read (all, or only their own), or why none. */
export type ReadAccess = { read: 'all' | 'own'; refusal?: undefined } | { read: 'none'; refusal: string };

export function readAccess(state: CandidateState | null, candidate: string, name: string | null): ReadAccess {
  if (state?.revealed) return { read: 'all' };
  if (!state || name === null || !hasSubmitted(state, name)) {
    return {
      read: 'none',
      refusal: `Submit your own scorecard for ${candidate} first: the debrief opens once you have scored, so nobody's scores sway yours.`,
    };
  }
  if (!state.panel.length) return { read: 'own' };
  return onPanel(state, name)
    ? { read: 'all' }
    : {
        read: 'none',
        refusal: `${name} is not on ${candidate}'s panel (${panelText(state.panel)}): before the reveal only panel members who have scored read the debrief.`,
      };
}

/** Why name may not reveal early ('' when they may): with a panel, its members; without, anyone with a bound name (the reveal is public and recorded under it). */
export function revealRefusal(state: CandidateState, name: string): string {
  return state.panel.length && !onPanel(state, name)
    ? `Only someone on ${state.candidate}'s panel (${panelText(state.panel)}) can reveal before the panel is complete. Nothing was revealed.`
    : '';
}

/** Why name may not change the panel ('' when they may): once set, only its members change it. */
export function panelRefusal(state: CandidateState, name: string): string {
  return state.panel.length && !onPanel(state, name)
    ? `Only someone on ${state.candidate}'s panel (${panelText(state.panel)}) can change it. The panel was not changed.`
    : '';
}
