// The server side of the endpoint registry: one handler per endpoint (a missing, extra or mistyped
// one does not compile), each behind the one wrapper that parses the payload, takes the document
// lock where the registry says so, and words the refusal as the registry says.
import type * as core from 'zod/v4/core';
import { ENDPOINTS, type EndpointHandlers, type EndpointName, type EndpointSpec, type ResultOf } from '../endpoints/registry';
import { createBudgetSheet, getWizardContext, saveWizardDraft } from './budget';
import { withDocumentLock } from './document-lock';
import { parsePayload } from './payload';
import { connectBudgetsToRateCard, getBudgetConnections, insertRateCard } from './rate-cards';
import {
  addCandidate,
  compareCandidates,
  getDebrief,
  getScoringContext,
  insertCandidateTracker,
  revealScores,
  setPanel,
  submitScorecard,
} from './tracker';

/** An entry point google.script.run can call: whatever it is sent, it parses before anything else. */
export type Served<K extends EndpointName> = (payload?: unknown) => ResultOf<K>;

function serve<K extends EndpointName>(name: K, handle: EndpointHandlers[K]): Served<K> {
  const spec: EndpointSpec<core.$ZodType | null, unknown> = ENDPOINTS[name];
  // The parse's output is the handler's input type, which TypeScript cannot follow through K.
  const handler = handle as (input: unknown) => ResultOf<K>;
  return (payload) => {
    const input = spec.input === null ? undefined : parsePayload(spec.input, payload, `${spec.subject} ${spec.verb}`);
    return spec.lock ? withDocumentLock(() => handler(input)) : handler(input);
  };
}

export const endpoints = {
  getWizardContext: serve('getWizardContext', getWizardContext),
  saveWizardDraft: serve('saveWizardDraft', saveWizardDraft),
  createBudgetSheet: serve('createBudgetSheet', createBudgetSheet),
  insertRateCard: serve('insertRateCard', insertRateCard),
  getBudgetConnections: serve('getBudgetConnections', getBudgetConnections),
  connectBudgetsToRateCard: serve('connectBudgetsToRateCard', connectBudgetsToRateCard),
  insertCandidateTracker: serve('insertCandidateTracker', insertCandidateTracker),
  getScoringContext: serve('getScoringContext', getScoringContext),
  addCandidate: serve('addCandidate', addCandidate),
  submitScorecard: serve('submitScorecard', submitScorecard),
  getDebrief: serve('getDebrief', getDebrief),
  revealScores: serve('revealScores', revealScores),
  setPanel: serve('setPanel', setPanel),
  compareCandidates: serve('compareCandidates', compareCandidates),
} satisfies { [K in EndpointName]: Served<K> };
