// In-memory Apps Script runtime for the DevRate add-on (see README.md).
export { ASSUMED, behaviourProfile, type SheetsBehaviour } from './behaviour';
export { loadAddon, Addon, ExecutionError, type LoadAddonOptions, type RunOptions, type ExecutionResult } from './addon';
export type { ServiceGlobals } from './services';
export type { AuthModeName, ServiceCallCounts, LockViolation, LogEntry } from './execution';
export { LockRegistry, type LockScope } from './lock-registry';
export {
  UiState,
  type MenuSpec,
  type MenuEntry,
  type ShownHtml,
  type DialogRequest,
  type DialogAnswer,
  type DialogRecord,
  type ToastRecord,
} from './ui-state';
export { findCustomFunctions, type CustomFunctionDoc } from './jsdoc';
export { acceptsValue } from './data-validation';
export { dropdownOptions, userEdit } from './user-edit';
export { conditionalFormatsFor, type ConditionalFormatOptions } from '../formulas/conditional-format-eval';
export { Workbook, serializeWorkbook, deserializeWorkbook, type WorkbookJSON, type CellView } from '../formulas';
