// The chosen candidate's panel: who is expected to score, who has submitted (never what), the
// reveal record; editing the panel; and "Reveal scores" behind a confirmation that names who
// has not submitted yet.
import { useState } from 'preact/hooks';
import type { CandidateListing } from '../../../src/domain/scoring/api';
import { panelProgress, panelSubmittedText, panelText, parsePanel } from '../../../src/domain/scoring/panel';
import { panelRequestSchema } from '../../../src/domain/scoring/panel-payloads';

export interface PanelBoxProps {
  trackerId: number;
  candidate: CandidateListing;
  busy: boolean;
  onSavePanel: (panel: string[], expected: string) => Promise<boolean>;
  onReveal: () => Promise<void>;
  /** Why the reveal cannot be asked for yet ('' when it can), e.g. no interviewer name. */
  revealBlocked: string;
  /** Why the panel cannot be saved yet ('' when it can). */
  panelBlocked: string;
  /** The interviewer name typed below: the panel change is recorded under it. */
  interviewer: string;
}

export function PanelBox(props: PanelBoxProps) {
  const c = props.candidate;
  const [editing, setEditing] = useState(false);
  const inEffect = panelText(c.panel);
  const [text, setText] = useState(inEffect);
  const [confirming, setConfirming] = useState(false);
  const { done, missing } = panelProgress(c.panel, c.submitted);
  const parsed = panelRequestSchema.safeParse({
    trackerId: props.trackerId,
    candidate: c.name,
    panel: parsePanel(text),
    expected: inEffect,
    interviewer: props.interviewer,
  });
  // A blank interviewer is said once, by panelBlocked; any other problem with the name is shown here.
  const panelError = parsed.success
    ? ''
    : (parsed.error.issues.find((i) => i.path[0] !== 'interviewer' || props.interviewer.trim())?.message ?? '');

  async function save() {
    if (!parsed.success) return;
    if (await props.onSavePanel(parsed.data.panel, inEffect)) setEditing(false);
  }

  return (
    <section class="panel-box" aria-label="Panel">
      {c.panel.length ? (
        <p>
          Panel:{' '}
          {c.panel.map((n, i) => (
            <span key={n} class={done.includes(n) ? 'done' : 'waiting'}>
              {i > 0 ? ', ' : ''}
              {n}
              {done.includes(n) ? ' ✓' : ''}
            </span>
          ))}
        </p>
      ) : (
        <p class="muted">
          No panel yet: until there is one, each interviewer sees only their own scorecard before the reveal. Set one and its members read
          the debrief once they have scored; the scores are revealed once all of them have submitted.
        </p>
      )}
      {c.panelCell && c.panelCell !== inEffect && (
        <p class="hint">
          The Panel cell on the sheet says "{c.panelCell}", but typing there changes nothing: the panel is set here, under your name ("Edit
          panel" starts from what the cell says).
        </p>
      )}
      {c.revealed ? (
        <p>
          Revealed by {c.revealed.by}, {c.revealed.at} ({panelSubmittedText(c.revealed)} of the panel had submitted). New scorecards go
          straight onto the sheet.
        </p>
      ) : (
        <p>Sealed. Submitted: {c.submitted.length ? c.submitted.join(', ') : 'nobody yet'}.</p>
      )}
      {editing ? (
        <>
          <label for="panel">Panel (names separated by commas)</label>
          <input
            id="panel"
            value={text}
            aria-invalid={panelError ? 'true' : undefined}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
          {panelError && <div class="error">{panelError}</div>}
          {props.panelBlocked && <p class="hint">{props.panelBlocked}</p>}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={props.busy || !parsed.success || Boolean(props.panelBlocked)}
              onClick={() => void save()}
            >
              Save panel
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          class="link"
          onClick={() => {
            setText(c.panelCell || inEffect); // a panel typed on the sheet is offered for saving here
            setEditing(true);
          }}
        >
          Edit panel
        </button>
      )}
      {!c.revealed && c.submitted.length > 0 && !confirming && (
        <div class="actions">
          <button type="button" disabled={props.busy || Boolean(props.revealBlocked)} onClick={() => setConfirming(true)}>
            Reveal scores
          </button>
        </div>
      )}
      {!c.revealed && props.revealBlocked && c.submitted.length > 0 && <p class="hint">{props.revealBlocked}</p>}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-label="Reveal scores?">
          <p>
            <b>Reveal {c.name}'s scores now?</b>
          </p>
          <p>
            {missing.length
              ? `Not submitted yet: ${missing.join(', ')}. Once revealed, the scores are on the sheet for everyone, so they would score after seeing them.`
              : c.panel.length
                ? 'Everyone on the panel has submitted.'
                : `There is no panel, so DevRate cannot tell who is still to score. Submitted: ${c.submitted.join(', ')}.`}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={props.busy}
              onClick={() => void props.onReveal().then(() => setConfirming(false))}
            >
              Reveal now
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
