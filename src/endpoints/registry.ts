// REGISTRY 2: every endpoint the sidebars call through google.script.run. One entry says what the
// endpoint takes (the schema both the sidebar and the server parse with), what it answers (a
// type), whether it writes under the document lock, and how its refusals begin. From it:
//   - src/server/endpoints.ts implements each one (`satisfies EndpointHandlers`: a missing or
//     mistyped handler does not compile) behind one wrapper that parses, locks and words refusals;
//   - src/main.ts exposes them as Apps Script entry points;
//   - sidebar/shared/rpc.ts types `server.<name>(input)` for the sidebars (types only);
//   - the playground's google.script.run shim and the hostile-input tests list them from here.
// Nothing here may touch Apps Script or the DOM: the sidebars, the server and Node all read it.
import * as z from '../domain/validator';
import type * as core from 'zod/v4/core';
import type { CandidateAdded, ComparisonView, DebriefView, RevealResult, ScoringContext } from '../domain/scoring/api';
import { wizardDraftSchema, type WizardDraft } from '../domain/budget/draft';
import type { BadCardRow, FigureEntry } from '../domain/figure-table';
import { budgetInputSchema } from '../domain/budget/schema';
import { budgetSheetNamesSchema, rateCardChoiceSchema } from '../domain/budget/rate-card-rows';
import { panelRequestSchema, revealRequestSchema } from '../domain/scoring/panel-payloads';
import { debriefRequestSchema, newCandidateSchema, scorecardSchema, trackerIdSchema } from '../domain/scoring/payloads';

/** A refusal reads "<subject> <verb>: <problems>." Writes say they did not save; reads, that they did not understand. */
export type RefusalVerb = 'was not saved' | 'was not understood';

export interface EndpointSpec<Input extends core.$ZodType | null, Result> {
  /** What the endpoint takes, or null when it takes nothing (any arguments are ignored). */
  readonly input: Input;
  /** Whether the endpoint writes to the spreadsheet, so runs under the document lock. */
  readonly lock: boolean;
  readonly subject: string;
  readonly verb: RefusalVerb;
  /** Never set: carries the answer's type from the registry to the server and the sidebars. */
  readonly result?: Result;
}

/** `endpoint<Answer>()({ … })`: the answer's type is named, the input's inferred from its schema. */
const endpoint =
  <Result>() =>
  <Input extends core.$ZodType | null>(spec: Omit<EndpointSpec<Input, Result>, 'result'>): EndpointSpec<Input, Result> =>
    spec;

// What the endpoints answer that is not already a domain type.
/**
 * The spreadsheet's rate card, parsed on the server (the wizard's page then carries no card
 * parser): its figures and bad rows to lay over the built-in table, or why it cannot be read.
 */
export type WizardRateCard =
  { sheetName: string; entries: FigureEntry[]; badRows: BadCardRow[] } | { sheetName: string; unreadable: string };
export interface WizardContext {
  /** Keys the browser's own copy of the draft, so two spreadsheets never share one. */
  documentKey: string;
  draft: WizardDraft | null;
  /** The spreadsheet's rate card, or null when it has none. */
  rateCard: WizardRateCard | null;
}
export interface SheetInserted {
  sheetName: string;
}
export interface BudgetSheetResult extends SheetInserted {
  usesRateCard: boolean;
}
export interface RateCardInserted extends SheetInserted {
  /** Budget sheets whose formulas do not pass the card yet: the sidebar offers to connect them. */
  unconnectedBudgets: string[];
}
export interface BudgetsAndCard {
  /** The sheet holding the rate card, or null when the spreadsheet has none. */
  cardSheet: string | null;
  /** Budget sheets whose formulas do not pass the card. */
  unconnectedBudgets: string[];
}
export interface BudgetsConnected {
  /** The budget sheets whose DevRate formulas now pass the card. */
  connected: string[];
  /** Names sent that are not budget sheets (or no longer exist): left as they are. */
  notBudgets: string[];
}
export interface InsertedTracker {
  trackerId: number;
  candidatesSheet: string;
  scorecardsSheet: string;
  rulesSheet: string;
  checklistSheet: string;
  /** Whether the market-rate formulas use the spreadsheet's rate card. */
  usesRateCard: boolean;
}

export const ENDPOINTS = {
  getWizardContext: endpoint<WizardContext>()({ input: null, lock: false, subject: 'The wizard', verb: 'was not understood' }),
  saveWizardDraft: endpoint<{ savedAt: number }>()({ input: wizardDraftSchema, lock: false, subject: 'Your draft', verb: 'was not saved' }),
  createBudgetSheet: endpoint<BudgetSheetResult>()({
    input: budgetInputSchema,
    lock: true,
    subject: 'The budget sheet',
    verb: 'was not saved',
  }),
  insertRateCard: endpoint<RateCardInserted>()({
    input: rateCardChoiceSchema,
    lock: true,
    subject: 'The rate card',
    verb: 'was not saved',
  }),
  getBudgetConnections: endpoint<BudgetsAndCard>()({
    input: null,
    lock: false,
    subject: 'The budget connections',
    verb: 'was not understood',
  }),
  connectBudgetsToRateCard: endpoint<BudgetsConnected>()({
    input: budgetSheetNamesSchema,
    lock: true,
    subject: 'The budget connection',
    verb: 'was not saved',
  }),
  insertCandidateTracker: endpoint<InsertedTracker>()({ input: null, lock: true, subject: 'The candidate tracker', verb: 'was not saved' }),
  getScoringContext: endpoint<ScoringContext>()({
    input: z.optional(z.nullable(trackerIdSchema)),
    lock: false,
    subject: 'The tracker choice',
    verb: 'was not understood',
  }),
  addCandidate: endpoint<CandidateAdded>()({ input: newCandidateSchema, lock: true, subject: 'The candidate', verb: 'was not saved' }),
  submitScorecard: endpoint<DebriefView>()({ input: scorecardSchema, lock: true, subject: 'The scorecard', verb: 'was not saved' }),
  getDebrief: endpoint<DebriefView>()({
    input: debriefRequestSchema,
    lock: false,
    subject: 'The debrief request',
    verb: 'was not understood',
  }),
  revealScores: endpoint<RevealResult>()({ input: revealRequestSchema, lock: true, subject: 'The reveal', verb: 'was not saved' }),
  setPanel: endpoint<ScoringContext>()({ input: panelRequestSchema, lock: true, subject: 'The panel', verb: 'was not saved' }),
  compareCandidates: endpoint<ComparisonView>()({
    input: trackerIdSchema,
    lock: false,
    subject: 'The tracker choice',
    verb: 'was not understood',
  }),
};

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;
export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

type InputSchemaOf<K extends EndpointName> = Endpoints[K]['input'];
/** What a handler receives: the parsed input. */
export type ParsedInput<K extends EndpointName> = InputSchemaOf<K> extends core.$ZodType ? core.output<InputSchemaOf<K>> : undefined;
/** What a caller passes: nothing, or what the schema accepts (optional when it accepts undefined). */
export type CallArgs<K extends EndpointName> =
  InputSchemaOf<K> extends core.$ZodType
    ? undefined extends core.input<InputSchemaOf<K>>
      ? [input?: core.input<InputSchemaOf<K>>]
      : [input: core.input<InputSchemaOf<K>>]
    : [];
export type ResultOf<K extends EndpointName> = Endpoints[K] extends EndpointSpec<core.$ZodType | null, infer Result> ? Result : never;

/** What the server implements: one handler per endpoint, taking the parsed input. */
export type EndpointHandlers = { [K in EndpointName]: (input: ParsedInput<K>) => ResultOf<K> };
/** What a sidebar calls: one promise per endpoint. */
export type ServerClient = { [K in EndpointName]: (...args: CallArgs<K>) => Promise<ResultOf<K>> };
