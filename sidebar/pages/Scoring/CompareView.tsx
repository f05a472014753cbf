// "Compare candidates": the revealed candidates ranked by recommendation, then weighted score,
// with their votes, red flags (and who raised them), rate check, panel completeness and evidence
// side by side. Sealed candidates are only named.
import type { ComparisonView } from '../../../src/domain/scoring/api';
import { evidenceText } from '../../../src/domain/scoring/debrief';
import { recommendationText } from '../../../src/domain/scoring/debrief-text';
import { voteSummary } from '../../../src/domain/scoring/votes';

export function CompareView(props: { view: ComparisonView; onBack: () => void }) {
  const { rows, sealed } = props.view;
  return (
    <section aria-label="Compare candidates">
      <h1>Compare candidates</h1>
      {rows.length === 0 ? (
        <p class="muted">No candidate is revealed yet.</p>
      ) : (
        <table class="compare">
          <thead>
            <tr>
              <th>#</th>
              <th>Candidate</th>
              <th class="num">Score</th>
              <th>Votes</th>
              <th>Red flags</th>
              <th>Rate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.candidate}>
                <td>{i + 1}</td>
                <td>
                  {r.candidate}
                  <div class={`tone-${r.recommendation.tone}`}>{recommendationText(r)}</div>
                  <div class="hint">{evidenceText(r.evidence)}</div>
                </td>
                <td class="num">{r.weighted === null ? '–' : r.weighted.toFixed(2)}</td>
                <td>{voteSummary(r.votes) || '–'}</td>
                <td>{r.redFlagsRaised.length ? r.redFlagsRaised.join('; ') : 'none'}</td>
                <td>{r.rateCheck || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sealed.length > 0 && <p class="hint">Still sealed, so not compared: {sealed.join(', ')}.</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={props.onBack}>
          Back to scoring
        </button>
      </div>
    </section>
  );
}
