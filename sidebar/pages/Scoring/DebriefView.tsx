// The debrief, shown once the interviewer has submitted: every interviewer's scores side by side,
// where they split, the red flags raised, and the recommendation with its reason.
import { hiring } from '../../../src/domain/dataset';
import type { DebriefView as Debrief } from '../../../src/domain/scoring/api';
import { evidenceText } from '../../../src/domain/scoring/debrief';
import { recommendationText, scorecardCount } from '../../../src/domain/scoring/debrief-text';
import { panelSubmittedText } from '../../../src/domain/scoring/panel';
import { voteSummary } from '../../../src/domain/scoring/votes';

const { questions, redFlags } = hiring;
const one = (n: number | null) => (n === null ? '–' : n.toFixed(1));

export function DebriefView(props: { debrief: Debrief; onDone: () => void; onCompare: () => void }) {
  const d = props.debrief;
  const raised = redFlags.filter((f) => d.redFlagCounts[f.id] > 0);
  const { status } = d;
  return (
    <section aria-label="Debrief">
      <h1>Debrief: {d.candidate}</h1>
      <div class={`tone tone-${d.recommendation.tone}`} role="status">
        <b>{recommendationText(d)}</b>
        {d.recommendation.why}
      </div>
      <p>
        Weighted score <b>{d.weighted === null ? '–' : d.weighted.toFixed(2)}</b> · votes <b>{voteSummary(d.votes) || 'none'}</b> · from{' '}
        {scorecardCount(d)} scorecard
        {scorecardCount(d) === 1 ? '' : 's'} ({evidenceText(d.evidence)}).
      </p>
      <p class="hint" aria-live="polite">
        {status.revealed
          ? `Revealed by ${status.revealed.by}, ${status.revealed.at} (${panelSubmittedText(status.revealed)} of the panel).`
          : status.hidden
            ? `Sealed: ${status.hidden} other scorecard${status.hidden === 1 ? '' : 's'} stay${status.hidden === 1 ? 's' : ''} hidden until the reveal, since there is no panel (DevRate cannot tell an interviewer from anyone else who submits). Set a panel and its members see each other's scorecards once they have scored.`
            : `Sealed: only panel members who have submitted see this.${status.missing.length ? ` Waiting for ${status.missing.join(', ')}.` : ''} It updates when a colleague submits.`}
      </p>
      {status.damaged.map((problem) => (
        <div key={problem} class="error" role="alert">
          {problem}
        </div>
      ))}
      <table>
        <thead>
          <tr>
            <th>Question</th>
            {d.scorecards.map((c, i) => (
              <th key={i} class="num">
                {c.interviewer}
              </th>
            ))}
            <th class="num">Avg</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.id} class={d.disagreements.includes(q.id) ? 'split' : ''}>
              <td>{q.name}</td>
              {d.scorecards.map((c, i) => {
                const s = c.scores[q.id];
                return (
                  <td key={i} class={`num${s ? ` score-${s}` : ''}`}>
                    {s ?? '–'}
                  </td>
                );
              })}
              <td class="num">{one(d.averages[q.id])}</td>
            </tr>
          ))}
          <tr>
            <td>Overall vote</td>
            {d.scorecards.map((c, i) => (
              <td key={i} class="num">
                {c.vote ?? '–'}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
      {d.disagreements.length > 0 && (
        <p class="hint">
          ⚑ Interviewers are 2 or more points apart on {d.disagreements.map((id) => questions.find((q) => q.id === id)?.name).join(', ')}.
        </p>
      )}
      <h2>Red flags</h2>
      {raised.length === 0 ? (
        <p class="muted">None raised.</p>
      ) : (
        <ul>
          {raised.map((f) => (
            <li key={f.id}>
              {f.name} ×{d.redFlagCounts[f.id]}{' '}
              <span class="raised">
                (raised by {d.redFlagCounts[f.id]} interviewer{d.redFlagCounts[f.id] === 1 ? '' : 's'}:{' '}
                {d.redFlagsRaisedBy[f.id].join(', ')})
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>Notes</h2>
      {d.scorecards.filter((c) => c.notes).length === 0 && <p class="muted">No notes.</p>}
      {d.scorecards
        .filter((c) => c.notes)
        .map((c, i) => (
          <p key={i}>
            <b>{c.interviewer}</b> <span class="muted">{[c.round, c.date].filter(Boolean).join(', ')}</span>: {c.notes}
          </p>
        ))}
      <div class="actions">
        <button type="button" class="primary" onClick={props.onDone}>
          Score another candidate
        </button>
        <button type="button" onClick={props.onCompare}>
          Compare candidates
        </button>
      </div>
    </section>
  );
}
