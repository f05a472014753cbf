// Payloads for every endpoint the sidebars call: valid ones with typed text a person might
// enter, the same with one or two parts broken (replaced by anything JSON carries, removed, or
// joined by an extra key such as "__proto__"), and anything at all.
import fc from 'fast-check';
import {
  AGENCY_REGIONS,
  CLOUDS,
  CODEBASES,
  DATABASES,
  ENGAGEMENTS,
  FRAMEWORKS,
  HIRE_TYPES,
  PERFORMANCE_NEEDS,
} from '../../src/domain/budget/choices';
import { defaultBudgetInput } from '../../src/domain/budget/defaults';
import { formFromInput, type WizardDraft } from '../../src/domain/budget/draft';
import { RATE_CARD_CHOICES } from '../../src/domain/budget/rate-card-rows';
import type { BudgetInput } from '../../src/domain/budget/schema';
import { dataset } from '../../src/domain/dataset';
import { builtInTable } from '../../src/domain/figure-table';
import { STAGES } from '../../src/domain/scoring/pipeline';
import { ROUNDS, VOTES } from '../../src/domain/scoring/votes';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS } from '../../src/domain/terms';
import { PROTOTYPE_KEYS, extremeNumber, hostileJson, longText, unicodeText } from '../support/arbitraries';

/** Markup that would run if a sidebar put text into the page as HTML. */
export const SCRIPT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1">',
] as const;
/** Text that Sheets would read as a formula, a number, a date or a boolean if written as typed. */
export const FORMULA_LIKE = [
  '=1+1',
  '=IMPORTXML("https://example.com","//a")',
  '+1',
  '-1',
  '@all',
  '+A1+1',
  '-A1',
  '=',
  "'quoted",
  'TRUE',
  '50%',
  '$1,000',
  '1e3',
  '2026-05-01',
] as const;

/** Text a person might type in a name, a note or a deliverable: valid, but hostile to naive code. */
export function typedText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(
        'Checkout',
        'Ana Lima',
        'Payments API',
        'Zoë Ångström',
        "O'Brien",
        '李雷',
        ...FORMULA_LIKE,
        ...SCRIPT_PAYLOADS,
        ...PROTOTYPE_KEYS,
      ),
      unicodeText,
      fc.string({ minLength: 1, maxLength: max }),
      longText,
    )
    .map((text) => text.slice(0, max));
}

const TABLE = builtInTable();

const amount = (min: number, max: number) =>
  fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));

/** A budget the wizard could send: any project type, typed text, a small team. */
export const budgetInput: fc.Arbitrary<BudgetInput> = fc
  .record({
    type: fc.constantFrom(...PROJECT_TYPES),
    name: typedText(80),
    deliverables: fc.array(typedText(200), { minLength: 1, maxLength: 4 }),
    members: fc.array(
      fc.record({
        level: fc.constantFrom(...LEVELS),
        region: fc.constantFrom(...REGIONS),
        spec: fc.constantFrom(...SPECS),
        count: fc.integer({ min: 1, max: 50 }),
        allocation: amount(0.5, 100),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    hireType: fc.constantFrom(...HIRE_TYPES),
    engagement: fc.constantFrom(...ENGAGEMENTS),
    agencyRegion: fc.constantFrom(...AGENCY_REGIONS),
    codebase: fc.constantFrom(...CODEBASES),
    framework: fc.constantFrom(...FRAMEWORKS),
    database: fc.constantFrom(...DATABASES),
    cloud: fc.constantFrom(...CLOUDS),
    performance: fc.constantFrom(...PERFORMANCE_NEEDS),
    months: amount(0.5, 60),
    contingencyPercent: amount(0, 100),
    hostingPerMonth: amount(0, 10_000_000),
  })
  .map((r) => {
    const input = defaultBudgetInput(TABLE, r.type);
    Object.assign(input.project, {
      name: r.name,
      deliverables: r.deliverables,
      codebase: r.codebase,
      framework: r.framework,
      database: r.database,
      cloud: r.cloud,
      performance: r.performance,
    });
    Object.assign(input.team, {
      members: r.members,
      hireType: r.hireType,
      engagement: r.engagement,
      agencyRegion: r.agencyRegion,
      months: r.months,
    });
    Object.assign(input.hidden, { contingencyPercent: r.contingencyPercent, hostingPerMonth: r.hostingPerMonth });
    return input;
  });

/** A draft as the wizard keeps it; sometimes one too long to keep between sessions. */
export const wizardDraft: fc.Arbitrary<WizardDraft> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(budgetInput, fc.integer({ min: 0, max: 3 }), fc.oneof(fc.nat(), fc.constant(Date.now())))
      .map(([input, step, savedAt]) => ({ step, savedAt, form: formFromInput(input) })),
  },
  {
    weight: 1,
    arbitrary: budgetInput.map((input) => {
      const form = formFromInput(input);
      form.project.name = 'n'.repeat(200);
      form.project.deliverables = 'd'.repeat(3500);
      form.team.members = Array.from({ length: 25 }, () => ({
        level: 'x'.repeat(40),
        region: 'x'.repeat(40),
        spec: 'x'.repeat(40),
        count: '1'.repeat(40),
        allocation: '1'.repeat(40),
      }));
      return { step: 1, savedAt: 1, form };
    }),
  },
);

export const rateCardChoice = fc.constantFrom(...RATE_CARD_CHOICES);
/** Sheet names to connect to a rate card: budgets, other sheets, and names no sheet has. */
export const budgetSheetNames = (names: readonly string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...names), typedText(100)), { minLength: 1, maxLength: 4 });

const QUESTION_IDS = dataset.hiring.questions.map((q) => q.id);
const FLAG_IDS = dataset.hiring.redFlags.map((f) => f.id);
const trackerId = fc.oneof(
  { weight: 8, arbitrary: fc.constant(1) },
  { weight: 1, arbitrary: fc.constant(2) },
  { weight: 1, arbitrary: fc.oneof(extremeNumber, fc.integer()) },
);

/** A candidate the sidebar's form could add; `names` are already on the sheet. */
export function newCandidate(names: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      trackerId,
      name: fc.oneof(
        { weight: 4, arbitrary: typedText(100) },
        { weight: 1, arbitrary: fc.constantFrom(...names) },
        { weight: 1, arbitrary: fc.constantFrom(...names).map((n) => ` ${n.toUpperCase()}  `) },
      ),
      profileUrl: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('https://example.com/ana', 'http://x.y/=1+1', '') },
        { weight: 1, arbitrary: typedText(40) },
      ),
      stage: fc.constantFrom(...STAGES),
      level: fc.constantFrom(...LEVELS),
      years: amount(0, 60),
      region: fc.constantFrom(...REGIONS),
      spec: fc.constantFrom(...SPECS),
      quote: amount(0, 10_000),
    },
    { requiredKeys: ['trackerId', 'name'] },
  );
}

const date = fc.oneof(
  fc.constant('2026-05-04'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A scorecard the sidebar could submit for a candidate on the sheet (or not), by an interviewer who may already have scored. */
export function scorecard(candidates: readonly string[], interviewers: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    trackerId,
    candidate: fc.oneof(fc.constantFrom(...candidates), typedText(100)),
    interviewer: fc.oneof(fc.constantFrom(...interviewers), typedText(100)),
    round: fc.constantFrom(...ROUNDS),
    date,
    vote: fc.constantFrom(...VOTES),
    scores: fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 4 }))])), {
      requiredKeys: [],
    }),
    redFlags: fc.uniqueArray(fc.constantFrom(...FLAG_IDS), { maxLength: 3 }),
    notes: fc.oneof(fc.constant(''), typedText(5000)),
  });
}

/** A debrief request: often by an interviewer who has scored that candidate (`scored`: candidate, interviewer pairs), as retyped. */
export function debriefRequest(
  candidates: readonly string[],
  interviewers: readonly string[],
  scored: readonly (readonly [string, string])[],
): fc.Arbitrary<Record<string, unknown>> {
  const retyped = (name: string) => fc.constantFrom(name, name.toUpperCase(), `  ${name.replace(/ /g, '   ')} `);
  return fc.oneof(
    fc.record({
      trackerId,
      candidate: fc.oneof(fc.constantFrom(...candidates), typedText(100)),
      interviewer: fc.oneof(fc.constantFrom(...interviewers), typedText(100)),
    }),
    fc
      .constantFrom(...scored)
      .chain(([candidate, interviewer]) => fc.record({ trackerId, candidate: retyped(candidate), interviewer: retyped(interviewer) })),
  );
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

type Change = { how: 'replace' | 'remove' | 'extra' | 'wrap'; pick: number; junk: unknown; key: string };

function applyChange(payload: unknown, { how, pick, junk, key }: Change): unknown {
  if (how === 'wrap') {
    // The payload under a key that reaches the prototype, in an array, or as JSON text.
    const wraps = [Object.fromEntries([[key, payload]]), [payload], JSON.stringify(payload)];
    return wraps[pick % wraps.length];
  }
  const paths = pathsOf(payload);
  const path = paths[pick % paths.length];
  if (path.length === 0) return how === 'replace' ? junk : payload;
  const parent = path.slice(0, -1).reduce<unknown>((at, step) => (at as Record<string | number, unknown>)[step], payload) as Record<
    string | number,
    unknown
  >;
  const last = path[path.length - 1];
  if (how === 'replace') parent[last] = junk;
  else if (how === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    // A payload is a client's JSON: its keys are an object's, found at run time, not a Map's.
    else Reflect.deleteProperty(parent, last);
  } else if (!Array.isArray(parent))
    Object.defineProperty(parent, key, { value: junk, enumerable: true, writable: true, configurable: true });
  else parent.push(junk);
  return payload;
}

const change: fc.Arbitrary<Change> = fc.record({
  how: fc.constantFrom('replace', 'replace', 'remove', 'extra', 'wrap'),
  pick: fc.nat(),
  junk: hostileJson,
  key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 }), longText),
});

/** A valid payload with one or two parts broken. */
export function broken<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(change, { minLength: 1, maxLength: 2 }))
    .map(([payload, changes]) => changes.reduce<unknown>((p, c) => applyChange(p, c), structuredClone(payload)));
}

/** What a hostile client sends an endpoint: valid, broken or anything, as its argument list. */
export function argumentsOf<T>(
  valid: fc.Arbitrary<T>,
  weights: { valid: number; broken: number; anything: number },
): fc.Arbitrary<unknown[]> {
  const payload = fc.oneof(
    { weight: weights.valid, arbitrary: valid },
    { weight: weights.broken, arbitrary: broken(valid) },
    { weight: weights.anything, arbitrary: hostileJson },
  );
  // google.script.run passes what the page passes: usually one argument, sometimes none or extra.
  return fc.oneof(
    { weight: 8, arbitrary: payload.map((p) => [p]) },
    { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
    { weight: 1, arbitrary: fc.tuple(payload, hostileJson) },
  );
}

/** "Reveal scores" for a candidate on the sheet (or not), by a name that may belong to someone else. */
export function revealRequest(candidates: readonly string[], interviewers: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    trackerId,
    candidate: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...candidates) }, { weight: 1, arbitrary: typedText(100) }),
    interviewer: fc.oneof(fc.constantFrom(...interviewers), typedText(100)),
  });
}

/** A panel set from the sidebar: names typed or known, and what the sidebar last read (often stale). */
export function panelRequest(candidates: readonly string[], interviewers: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const name = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...interviewers) }, { weight: 1, arbitrary: typedText(100) });
  return fc.record({
    trackerId,
    candidate: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...candidates) }, { weight: 1, arbitrary: typedText(100) }),
    panel: fc.array(name, { maxLength: 5 }),
    // '' (no panel yet), the seeded panel of Ana Lima, or anything.
    expected: fc.oneof(
      { weight: 4, arbitrary: fc.constant('') },
      { weight: 2, arbitrary: fc.constant('Ben, Cleo, @dana') },
      { weight: 1, arbitrary: typedText(60) },
    ),
    interviewer: name,
  });
}
