// Every assumption about Google Sheets that DevRate or its emulator makes and the documentation
// does not settle, one entry each. playground/emulator/README.md links each to its row by id,
// and tests/self-test checks every row passes in the emulator and fails under the opposite
// behaviour (rows marked realSheetsOnly have none: they settle the Sheets dialect's forms). Add an assumption: write a SelfTestCheck and list it here.
import type { SelfTestCheck } from './check';
import { DIALECT_CHECKS } from './dialect-checks';
import { builderReuse, propertiesScope, temporaryUserKey } from './service-checks';
import {
  namedRangeOfDeletedSheet,
  protectionUnprotectedRanges,
  rangeListOrder,
  ruleFormulasFollowEdits,
  sheetNameCase,
  sortKeepsFrozenRows,
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
  temporaryUserKey,
  scriptWritesPastValidation,
  ruleFormulasFollowEdits,
  blockedArrayShowsRef,
  ...DIALECT_CHECKS, // real Sheets only
];
