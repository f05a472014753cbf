// The scoping wizard: four steps, validated as the user types with the server's own schema, a
// live estimate from the same domain code the sheet's formulas mirror, and a draft that survives
// closing the sidebar. "Create budget sheet" sends the parsed payload; the server parses it again.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { agencyRegionFor } from '../../../src/domain/budget/choices';
import { WIZARD_STEPS, type WizardDraft, type WizardForm } from '../../../src/domain/budget/draft';
import { estimateBudget, type BudgetEstimate } from '../../../src/domain/budget/estimate';
import type { FigureTable } from '../../../src/domain/figure-table';
import type { Region } from '../../../src/domain/terms';
import type { BudgetSheetResult } from '../../../src/endpoints/registry';
import { failureMessage, server } from '../../shared/rpc';
import { DraftStore, type SaveStatus } from './draft-store';
import { StepHidden } from './StepHidden';
import { StepProject } from './StepProject';
import { EstimateStrip, ReviewSummary } from './StepReview';
import { StepTeam } from './StepTeam';
import { judge, problemsInStep, stepOf } from './validation';

export interface WizardProps {
  initial: WizardDraft;
  documentKey: string;
  table: FigureTable;
  /** "Using the rate card on sheet …", or its problem; undefined without a card. */
  cardNote?: { text: string; problem: boolean };
}

type Creation =
  { state: 'idle' } | { state: 'creating' } | { state: 'created'; result: BudgetSheetResult } | { state: 'failed'; message: string };

function safeEstimate(
  verdict: ReturnType<typeof judge>,
  table: FigureTable,
): { estimate?: BudgetEstimate; agencyRegion?: Region; problem?: string } {
  if (!verdict.estimateInput) return {};
  try {
    return { estimate: estimateBudget(verdict.estimateInput, table), agencyRegion: verdict.estimateInput.team.agencyRegion };
  } catch (error) {
    return { problem: (error as Error).message }; // e.g. a rate card row the functions refuse
  }
}

export function Wizard(props: WizardProps) {
  const [form, setForm] = useState<WizardForm>(props.initial.form);
  const [step, setStep] = useState(props.initial.step);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [checkedSteps, setCheckedSteps] = useState<Set<number>>(new Set());
  const [creation, setCreation] = useState<Creation>({ state: 'idle' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle' });
  const store = useRef(new DraftStore(props.documentKey, setSaveStatus));
  const first = useRef(true);

  const verdict = useMemo(() => judge(form), [form]);
  const { estimate, agencyRegion, problem } = useMemo(() => safeEstimate(verdict, props.table), [verdict, props.table]);

  const savedStep = useRef(props.initial.step);
  useEffect(() => {
    if (first.current) return void (first.current = false); // nothing changed yet
    // A step change goes to the server at once: a sidebar in Apps Script's sandboxed frame may
    // have no localStorage to bridge the typing delay, and people close it right after "Next".
    const stepChanged = step !== savedStep.current;
    savedStep.current = step;
    store.current.save({ step, savedAt: Date.now(), form }, stepChanged);
  }, [form, step]);

  // Each step opens at its top, as a new page would: the previous step's scroll is meaningless here.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    window.scrollTo(0, 0);
  }, [step]);

  const edit = (path: string, change: (f: WizardForm) => void) => {
    setForm((prev) => {
      const next = structuredClone(prev);
      change(next);
      // Until chosen by hand, the agency region follows where the team works.
      if (!next.edited.agencyRegion) next.team.agencyRegion = agencyRegionFor(next.team.members);
      return next;
    });
    setTouched((prev) => new Set(prev).add(path));
    if (creation.state !== 'creating') setCreation({ state: 'idle' });
  };
  const visible = (path: string) => touched.has(path) || checkedSteps.has(stepOf(path));
  const error = (path: string) => (visible(path) ? verdict.problems.get(path) : undefined);
  const errorsUnder = (prefix: string) =>
    [...verdict.problems]
      .filter(([path]) => path.startsWith(prefix) && visible(path.slice(0, prefix.length - 1)))
      .map(([path, message]) => ({ index: Number(path.slice(prefix.length).split('.')[0]), message }));
  const stepProps = { form, edit, error, errorsUnder, table: props.table };

  const check = (steps: number[]) => setCheckedSteps((prev) => new Set([...prev, ...steps]));
  const next = () => {
    check([step]);
    if (problemsInStep(verdict.problems, step).length === 0) setStep(step + 1);
  };
  const create = () => {
    check([0, 1, 2]);
    if (!verdict.input) return;
    setCreation({ state: 'creating' });
    server.createBudgetSheet(verdict.input).then(
      (result) => setCreation({ state: 'created', result }),
      (failure: unknown) => setCreation({ state: 'failed', message: failureMessage(failure) }),
    );
  };
  const blocking = step === 3 ? [0, 1, 2].filter((s) => problemsInStep(verdict.problems, s).length > 0) : [];
  const stepHasShownProblems = step < 3 && checkedSteps.has(step) && problemsInStep(verdict.problems, step).length > 0;

  return (
    <main>
      <h1>Scope a project</h1>
      <p class="steps" aria-label="Progress">
        Step {step + 1} of {WIZARD_STEPS.length}: <b>{WIZARD_STEPS[step]}</b>
      </p>
      {props.cardNote && <p class={props.cardNote.problem ? 'banner error' : 'hint'}>{props.cardNote.text}</p>}
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {step === 0 && <StepProject {...stepProps} />}
        {step === 1 && <StepTeam {...stepProps} />}
        {step === 2 && <StepHidden {...stepProps} />}
        {step === 3 && estimate && agencyRegion && (
          <ReviewSummary estimate={estimate} hireType={form.team.hireType} months={form.team.months} agencyRegion={agencyRegion} />
        )}
        {step === 3 && !estimate && <p class="banner error">{problem ?? 'Some answers need fixing before there is an estimate.'}</p>}
        {stepHasShownProblems && <p class="banner error">Fix the fields marked in red to continue.</p>}
        {blocking.length > 0 && checkedSteps.has(0) && (
          <div class="banner error">
            Some answers need fixing:{' '}
            {blocking.map((s) => (
              <button key={s} type="button" class="link" onClick={() => setStep(s)}>
                {WIZARD_STEPS[s]}
              </button>
            ))}
          </div>
        )}
        {creation.state === 'created' && (
          <p class="banner ok" role="status">
            Created the sheet “{creation.result.sheetName}”{creation.result.usesRateCard ? ', using your rate card' : ''}. Your answers stay
            here for another version.
          </p>
        )}
        {creation.state === 'failed' && (
          <p class="banner error" role="alert">
            {creation.message}
          </p>
        )}
        <div class="actions">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          {step < 3 ? (
            <button type="button" class="primary" onClick={next}>
              Next
            </button>
          ) : (
            <button type="button" class="primary" disabled={creation.state === 'creating'} onClick={create}>
              {creation.state === 'creating' ? 'Creating…' : 'Create budget sheet'}
            </button>
          )}
          {/* Beside the buttons, in the page's flow: the sticky estimate below never covers it. */}
          <span class="hint save-status" aria-live="polite">
            {saveStatus.state === 'failed' ? `Draft not saved: ${saveStatus.message}` : saveStatus.state === 'saved' ? 'Draft saved.' : ''}
          </span>
        </div>
      </form>
      {step < 3 && <EstimateStrip estimate={estimate} problem={problem} />}
    </main>
  );
}
