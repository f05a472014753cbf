// "Score a candidate": pick (or add) a candidate, score the six questions against the rubric,
// mark red flags, submit; then the debrief. Other interviewers' scores stay on the server until
// this interviewer has submitted (the server refuses the debrief before that).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../shared/base.css';
import './scoring.css';
import { server } from '../../shared/rpc';
import type { DebriefView as Debrief, ScoringContext } from '../../../src/domain/scoring/api';
import type { NewCandidatePayload } from '../../../src/domain/scoring/payloads';
import { AddCandidateForm } from './AddCandidateForm';
import { DebriefView } from './DebriefView';
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
  date: today(),
  scores: emptyScores(),
  redFlags: [],
  notes: '',
});

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
    const next = await run(() => server.addCandidate(candidate));
    if (!next) return;
    setContext(next);
    setAdding(false);
    setForm({ ...form, candidate: candidate.name });
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

  async function showDebrief() {
    const trackerId = context?.trackerId;
    if (!trackerId) return;
    const result = await run(() => server.getDebrief({ trackerId, candidate: form.candidate, interviewer: form.interviewer }), 'submit');
    if (result) setDebrief(result);
  }

  function scoreAnother() {
    setDebrief(null);
    setForm(freshForm(form.interviewer));
    void load(context?.trackerId ?? undefined);
  }

  const banner = problem && (
    <div class="banner error" role="alert">
      {problem}
    </div>
  );
  if (debrief) return <DebriefView debrief={debrief} onDone={scoreAnother} />;
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
      {chosen && (
        <p class="hint">
          {chosen.scorecards === 0
            ? 'No scorecard yet.'
            : `${chosen.scorecards} scorecard${chosen.scorecards === 1 ? '' : 's'} so far; you see them once you have submitted yours.`}
        </p>
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
        <p class="hint">Type your name the same way each time: it is how the tracker knows your scorecards.</p>
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

render(<Scoring />, document.getElementById('app')!);
