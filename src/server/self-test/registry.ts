// Every check of the acceptance run on real Sheets, one report row each, of three sorts:
// - a belief about Google Sheets the documentation does not settle, which the emulator models with
//   a behaviour switch (playground/emulator/behaviour.ts): tests/self-test checks the row passes
//   in the emulator and fails under the opposite behaviour;
// - a belief the emulator cannot model, marked `where: 'real Sheets only'`: the emulator reports
//   the row as not run, and playground/emulator/README.md lists it;
// - an acceptance check (a template with the tests' fixture data against the domain, the user key
//   across runs) or a form of the Sheets dialect on known data against literal values
//   (dialect-checks.ts): it passes in the emulator, and settles on real Sheets what the emulator
//   assumes.
// playground/emulator/README.md links each belief to its row by id. Add one: write a SelfTestCheck
// and list it here.
import { budgetTemplate } from './budget-template';
import type { SelfTestCheck } from './check';
import { DIALECT_CHECKS } from './dialect-checks';
import { formulaUnderMerge, mergeKeepsTopLeft } from './merge-checks';
import { nameSkeletonCheck } from './name-skeleton-check';
import { trackerTemplate } from './tracker-template';
import { temporaryUserKeyAcrossRuns } from './user-key-across-runs';
import { builderReuse, propertiesScope, temporaryUserKey } from './service-checks';
import {
  namedRangeOfDeletedSheet,
  protectionUnprotectedRanges,
  rangeListOrder,
  ruleFormulasFollowEdits,
  sheetNameCase,
  sortKeepsFrozenRows,
  sortKeepsRowMetadata,
} from './structure-checks';
import {
  blockedArrayShowsRef,
  conditionalFormatOnEmptyText,
  dropdownNumber,
  formulaLocale,
  numberFormatGeneral,
  scriptWritesPastValidation,
  setFormulaMovesReferences,
} from './value-checks';

export const SELF_TEST_CHECKS: readonly SelfTestCheck[] = [
  rangeListOrder,
  sheetNameCase,
  dropdownNumber,
  namedRangeOfDeletedSheet,
  numberFormatGeneral,
  protectionUnprotectedRanges,
  builderReuse,
  formulaLocale,
  setFormulaMovesReferences,
  conditionalFormatOnEmptyText,
  propertiesScope,
  sortKeepsFrozenRows,
  sortKeepsRowMetadata,
  temporaryUserKey,
  scriptWritesPastValidation,
  ruleFormulasFollowEdits,
  blockedArrayShowsRef,
  ...DIALECT_CHECKS,
  temporaryUserKeyAcrossRuns,
  budgetTemplate,
  trackerTemplate,
  nameSkeletonCheck,
  mergeKeepsTopLeft,
  formulaUnderMerge,
];
