// "Score a candidate": pick (or add) a candidate, see and set their panel, score the six
// questions against the rubric, mark red flags, vote, submit; then the debrief, which refreshes
// while open. Scorecards are sealed on the server until the reveal (the server refuses the
// debrief to anyone who has not submitted); "Compare candidates" ranks the revealed ones.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../shared/base.css';
import './scoring.css';
import { server } from '../../shared/rpc';
import { appRoot } from '../../shared/mount';
import type { ComparisonView, DebriefView as Debrief, ScoringContext } from '../../../src/domain/scoring/api';
import { ROUNDS } from '../../../src/domain/scoring/votes';
import { withAddedCandidate } from '../../../src/domain/scoring/added-candidate';
import type { NewCandidatePayload } from '../../../src/domain/scoring/payloads';
import { AddCandidateForm } from './AddCandidateForm';
import { CompareView } from './CompareView';
import { DebriefView } from './DebriefView';
import { PanelBox } from './PanelBox';
import { SealingNote } from './SealingNote';
import { ScorecardFields } from './ScorecardFields';
import {
  buildScorecard,
  emptyScores,
  rememberInterviewer,
  rememberedInterviewer,
  today,
  type FieldErrors,
  type ScorecardForm,
} from './form-state';

const freshForm = (interviewer: string): ScorecardForm => ({
  candidate: '',
  interviewer,
  round: '',
  date: today(),
  vote: '',
  scores: emptyScores(),
  redFlags: [],
  notes: '',
});

/** How often an open debrief asks for colleagues' new scorecards. */
const DEBRIEF_REFRESH_MS = 5000;

function Scoring() {
  const [context, setContext] = useState<ScoringContext | null>(null);
  const [form, setForm] = useState<ScorecardForm>(() => freshForm(rememberedInterviewer()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  /** Where the failed action's message shows: by the button that was pressed. */
  const [problemAt, setProblemAt] = useState<'top' | 'submit'>('top');
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [debrief, setDebrief] = useState<Debrief | null>(null);
  const [comparison, setComparison] = useState<ComparisonView | null>(null);
  const [notice, setNotice] = useState('');

  // While the debrief is open, colleagues may submit: ask again now and then, quietly.
  useEffect(() => {
    if (!debrief || !context?.trackerId) return;
    const request = { trackerId: context.trackerId, candidate: debrief.candidate, interviewer: form.interviewer };
    const timer = window.setInterval(() => {
      server
        .getDebrief(request)
        .then((next) =>
          setDebrief((shown) =>
            shown && shown.candidate === next.candidate && JSON.stringify(shown) !== JSON.stringify(next) ? next : shown,
          ),
        )
        .catch(() => undefined); // a failed refresh keeps what is shown; the next one may work
    }, DEBRIEF_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [debrief?.candidate, context?.trackerId, form.interviewer]);

  /** Runs a server call with the busy state; a failure shows its message and keeps the input. */
  async function run<T>(call: () => Promise<T>, at: 'top' | 'submit' = 'top'): Promise<T | undefined> {
    setBusy(true);
    setProblem('');
    setProblemAt(at);
    try {
      return await call();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const load = (trackerId?: number) => run(() => server.getScoringContext(trackerId ?? null)).then((c) => c && setContext(c));
  useEffect(() => void load(), []);

  async function insertTracker() {
    if (await run(() => server.insertCandidateTracker())) await load();
  }

  async function addCandidate(candidate: NewCandidatePayload) {
    const added = await run(() => server.addCandidate(candidate));
    if (!added) return;
    const listed = withAddedCandidate(context, added);
    if (listed) setContext(listed);
    else await load(added.trackerId);
    setAdding(false);
    setForm({ ...form, candidate: added.candidate.name });
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (!context?.trackerId) return;
    const built = buildScorecard(context.trackerId, form);
    if ('errors' in built) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    rememberInterviewer(built.payload.interviewer);
    const result = await run(() => server.submitScorecard(built.payload), 'submit');
    if (result) setDebrief(result);
  }

  async function savePanel(panel: string[], expected: string): Promise<boolean> {
    const trackerId = context?.trackerId;
    if (!trackerId) return false;
    const next = await run(() => server.setPanel({ trackerId, candidate: form.candidate, panel, expected, interviewer: form.interviewer }));
    if (next) setContext(next);
    return Boolean(next);
  }

  async function reveal() {
    const trackerId = context?.trackerId;
    if (!trackerId) return;
    const done = await run(() => server.revealScores({ trackerId, candidate: form.candidate, interviewer: form.interviewer }));
    if (!done) return;
    const written = done.written
      ? `Revealed: ${done.written} scorecard${done.written === 1 ? '' : 's'} written to the Scorecards sheet.`
      : `Already revealed by ${done.record.by}.`;
    setNotice([written, ...done.damaged].join(' '));
    await load(trackerId);
  }

  async function compare() {
    const trackerId = context?.trackerId;
    if (!trackerId) return;
    const view = await run(() => server.compareCandidates(trackerId));
    if (view) setComparison(view);
  }

  async function showDebrief() {
    const trackerId = context?.trackerId;
    if (!trackerId) return;
    const result = await run(() => server.getDebrief({ trackerId, candidate: form.candidate, interviewer: form.interviewer }), 'submit');
    if (result) setDebrief(result);
  }

  function scoreAnother() {
    setDebrief(null);
    setComparison(null);
    setNotice('');
    setForm(freshForm(form.interviewer));
    void load(context?.trackerId ?? undefined);
  }

  const banner = problem && (
    <div class="banner error" role="alert">
      {problem}
    </div>
  );
  if (comparison) return <CompareView view={comparison} onBack={scoreAnother} />;
  if (debrief) return <DebriefView debrief={debrief} onDone={scoreAnother} onCompare={() => void compare()} />;
  if (!context) return <main>{banner || <p class="muted">Loading the tracker…</p>}</main>;
  if (context.trackerId === null) {
    return (
      <main>
        <h1>Score a candidate</h1>
        {banner}
        <p>This spreadsheet has no candidate tracker yet. It adds three sheets: Candidates, Scorecards and Hiring checklist.</p>
        <button class="primary" onClick={() => void insertTracker()} disabled={busy}>
          Insert candidate tracker
        </button>
      </main>
    );
  }
  const trackerId = context.trackerId;
  const chosen = context.candidates.find((c) => c.name === form.candidate);
  return (
    <main>
      <h1>Score a candidate</h1>
      {problemAt === 'top' && banner}
      <button type="button" class="link" onClick={() => void compare()} disabled={busy}>
        Compare candidates
      </button>
      {context.trackers.length > 1 && (
        <>
          <label for="tracker">Tracker</label>
          <select id="tracker" value={String(trackerId)} onChange={(e) => void load(Number((e.target as HTMLSelectElement).value))}>
            {context.trackers.map((t) => (
              <option key={t.id} value={String(t.id)}>
                {t.label}
              </option>
            ))}
          </select>
        </>
      )}
      <label for="candidate">Candidate</label>
      <select
        id="candidate"
        value={form.candidate}
        aria-invalid={errors.candidate ? 'true' : undefined}
        onChange={(e) => setForm({ ...form, candidate: (e.target as HTMLSelectElement).value })}
      >
        <option value="">— pick a candidate —</option>
        {context.candidates.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
            {c.stage ? ` · ${c.stage}` : ''}
          </option>
        ))}
      </select>
      {errors.candidate && <div class="error">{errors.candidate}</div>}
      {notice && (
        <div class="banner ok" role="status">
          {notice}
        </div>
      )}
      {chosen && (
        <PanelBox
          key={`${chosen.name}|${chosen.panel.join(',')}`}
          trackerId={trackerId}
          candidate={chosen}
          busy={busy}
          onSavePanel={savePanel}
          onReveal={reveal}
          revealBlocked={form.interviewer.trim() ? '' : 'Type your name in Interviewer below to reveal: the sheet records who revealed.'}
          interviewer={form.interviewer}
          panelBlocked={
            form.interviewer.trim() ? '' : 'Type your name in Interviewer below to change the panel: DevRate records who set it.'
          }
        />
      )}
      {adding ? (
        <AddCandidateForm
          trackerId={trackerId}
          busy={busy}
          onAdd={(candidate) => void addCandidate(candidate)}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" class="link" onClick={() => setAdding(true)}>
          + Add a candidate
        </button>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="row">
          <div>
            <label for="interviewer">Interviewer</label>
            <input
              id="interviewer"
              value={form.interviewer}
              autocomplete="name"
              aria-invalid={errors.interviewer ? 'true' : undefined}
              onInput={(e) => setForm({ ...form, interviewer: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div>
            <label for="date">Date</label>
            <input
              id="date"
              type="date"
              value={form.date}
              onInput={(e) => setForm({ ...form, date: (e.target as HTMLInputElement).value })}
            />
          </div>
        </div>
        {errors.interviewer && <div class="error">{errors.interviewer}</div>}
        {errors.date && <div class="error">{errors.date}</div>}
        <p class="hint">Type your name the same way each time: the first Google account to use a name here owns it.</p>
        <label for="round">Round</label>
        <select
          id="round"
          value={form.round}
          aria-invalid={errors.round ? 'true' : undefined}
          onChange={(e) => setForm({ ...form, round: (e.target as HTMLSelectElement).value })}
        >
          <option value="">— pick the round —</option>
          {ROUNDS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        {errors.round && <div class="error">{errors.round}</div>}
        <ScorecardFields form={form} errors={errors} onChange={setForm} />
        {errors.form && <div class="error">{errors.form}</div>}
        {Object.keys(errors).length > 0 && !errors.form && (
          <div class="error">Some answers need fixing: see the messages in red above.</div>
        )}
        {problemAt === 'submit' && banner}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            Submit scorecard
          </button>
        </div>
        <SealingNote />
        <p class="hint">
          Already scored this candidate?{' '}
          <button
            type="button"
            class="link"
            onClick={() => void showDebrief()}
            disabled={busy || !form.candidate || !form.interviewer.trim()}
          >
            Show the debrief
          </button>
        </p>
      </form>
    </main>
  );
}

render(<Scoring />, appRoot());
