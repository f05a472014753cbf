// Workbook model and formula engine (HyperFormula, GPL: dev-only, never imported by src/ or sidebar/).
export * from '../../src/sheets/a1';
export * from './cell-values';
export * from './display-format';
export * from './sheet-model';
export * from './workbook';
export * from './workbook-json';
export * from './structure';
export { conditionalFormatsFor } from './conditional-format-eval';
export { shiftFormula } from './formula-shift';
export { FormulaEngine, isEngineError, type EngineError, type EngineValue } from './hyperformula-bridge';
export { SpillHints, type CustomFunctionHost } from './custom-function-plugin';
