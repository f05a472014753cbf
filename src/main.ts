// Every Apps Script entry point except the custom functions (those live in functions/index.ts,
// a bundle of their own). The build writes a top-level `function` for each name exported in
// `entryPoints`, since Apps Script sees nothing else.
import { onInstall, onOpen } from './server/menu';
import { showAbout } from './server/sidebars';
import { createBudgetSheet, getWizardContext, saveWizardDraft, showWizard } from './server/budget';
import { connectBudgetsToRateCard, getBudgetConnections, insertRateCard, insertSources, showRateCardPicker } from './server/rate-cards';
import { runSelfTest } from './server/self-test';
import {
  addCandidate,
  compareCandidates,
  getDebrief,
  getScoringContext,
  insertCandidateTracker,
  repairCandidateTracker,
  revealScores,
  setPanel,
  showScoring,
  submitScorecard,
} from './server/tracker';

export const entryPoints = {
  onOpen,
  onInstall,
  showAbout,
  showWizard,
  getWizardContext,
  saveWizardDraft,
  createBudgetSheet,
  showRateCardPicker,
  insertRateCard,
  connectBudgetsToRateCard,
  getBudgetConnections,
  insertSources,
  insertCandidateTracker,
  repairCandidateTracker,
  showScoring,
  getScoringContext,
  addCandidate,
  submitScorecard,
  getDebrief,
  revealScores,
  setPanel,
  compareCandidates,
  runSelfTest,
};
