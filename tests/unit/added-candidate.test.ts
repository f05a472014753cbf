// The sidebar's list after "Add candidate": the answer's one candidate joins the list it shows.
import { describe, expect, it } from 'vitest';
import { withAddedCandidate } from '../../src/domain/scoring/added-candidate';
import type { CandidateListing, ScoringContext } from '../../src/domain/scoring/api';

const listed = (name: string, stage = ''): CandidateListing => ({
  name,
  stage,
  scorecards: 0,
  panelCell: '',
  panel: [],
  submitted: [],
  revealed: null,
});
const shown: ScoringContext = { trackers: [{ id: 1, label: 'Candidates' }], trackerId: 1, candidates: [listed('Ana'), listed('Bo')] };

describe('the list after adding a candidate', () => {
  it('shows the new candidate after those listed, the rest as it was', () => {
    expect(withAddedCandidate(shown, { trackerId: 1, candidate: listed('Cy', 'screening') })).toEqual({
      ...shown,
      candidates: [listed('Ana'), listed('Bo'), listed('Cy', 'screening')],
    });
  });

  it('replaces a listed candidate of the same name (their row was deleted since the list was read)', () => {
    const next = withAddedCandidate(shown, { trackerId: 1, candidate: listed(' ANA ', 'offer') });
    expect(next?.candidates).toEqual([listed('Bo'), listed(' ANA ', 'offer')]);
  });

  it('asks for the tracker to be loaded when the list shown is another one, or none', () => {
    expect(withAddedCandidate(shown, { trackerId: 2, candidate: listed('Cy') })).toBeNull();
    expect(withAddedCandidate(null, { trackerId: 1, candidate: listed('Cy') })).toBeNull();
  });
});
