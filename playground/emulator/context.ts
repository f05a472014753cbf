// State shared by every emulated service of one loaded add-on.

import type { Workbook } from '../formulas/workbook';
import type { GridRect } from '../../src/sheets/a1';
import type { ExecutionStack } from './execution';
import type { LockRegistry } from './lock-registry';
import type { UiState } from './ui-state';
import type { SheetsBehaviour } from './behaviour';

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export interface EmulatorContext {
  readonly workbook: Workbook;
  readonly ui: UiState;
  readonly locks: LockRegistry;
  readonly executions: ExecutionStack;
  readonly scriptProperties: Map<string, string>;
  /** Keyed by user email. */
  readonly userProperties: Map<string, Map<string, string>>;
  /** Temporary user key rotations so far, per user email (see Addon.rotateTemporaryKey). */
  readonly keyRotations: Map<string, number>;
  readonly caches: { document: Map<string, CacheEntry>; script: Map<string, CacheEntry>; user: Map<string, Map<string, CacheEntry>> };
  /** Selected range per sheet id (defaults to A1). */
  readonly selections: Map<number, GridRect>;
  readonly htmlDir: string | undefined;
  readonly scriptTimeZone: string;
  readonly addonName: string;
  readonly defaultUser: string;
  readonly now: () => number;
  /** What the emulator believes where Google's documentation is silent (behaviour.ts). */
  readonly behaviour: Readonly<SheetsBehaviour>;
  /** Spreadsheet settings the add-on can change (Spreadsheet.setSpreadsheetLocale). */
  readonly settings: { locale: string };
  /** Named ranges kept, broken, after their sheet was deleted (namedRangesOfDeletedSheet 'kept'). */
  readonly brokenNamedRanges: Set<string>;
}

/** Email of the user running the current execution. */
export function currentUser(ctx: EmulatorContext): string {
  return ctx.executions.current?.user ?? ctx.defaultUser;
}
