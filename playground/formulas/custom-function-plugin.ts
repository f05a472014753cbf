// Registers an add-on's custom functions with HyperFormula as one FunctionPlugin.
// Dev-only: HyperFormula is GPL and must never be imported from src/ or sidebar/.
//
// Arguments reach the add-on the way Sheets passes them: one cell is a scalar ('' when empty),
// a multi-cell range is a 2D array. A 2D array result spills. HyperFormula needs an array's size
// before evaluating, so the first evaluation guesses (the largest range argument, else one cell)
// and records the real size as a hint; the bridge then re-enters that formula so it spills right.

import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import { dateToSerial, isDateObject } from './cell-values';

export interface CustomFunctionHost {
  /** Function names as declared in the add-on (case preserved). */
  readonly names: readonly string[];
  /** Runs the add-on function; throws what the function throws. */
  invoke(name: string, args: unknown[]): unknown;
}

/** Spill sizes learnt from previous evaluations, keyed by formula address and call. */
export class SpillHints {
  private readonly sizes = new Map<string, { width: number; height: number }>();
  /** Formula addresses whose predicted size turned out wrong and must be re-entered. */
  readonly stale = new Map<string, { sheet: number; row: number; col: number }>();
  /** Results memoised for one recalculation pass, so a re-entered formula does not run twice. */
  readonly memo = new Map<string, unknown>();
  /** A formula evaluated outside any cell to learn its full result (a blocked array's size): nothing is cut or learnt. */
  measuring = false;

  static key(address: { sheet: number; row: number; col: number }, call: string): string {
    return `${address.sheet}:${address.row}:${address.col}:${call}`;
  }

  get(key: string): { width: number; height: number } | undefined {
    return this.sizes.get(key);
  }

  record(key: string, address: { sheet: number; row: number; col: number }, size: { width: number; height: number }): void {
    this.sizes.set(key, size);
    this.stale.set(`${address.sheet}:${address.row}:${address.col}`, { ...address });
  }

  /** Cells moved (rows/columns inserted or deleted): learnt sizes no longer match addresses. */
  clear(): void {
    this.sizes.clear();
    this.stale.clear();
  }

  forgetAddress(sheet: number, row: number, col: number): void {
    const prefix = `${sheet}:${row}:${col}:`;
    for (const key of [...this.sizes.keys()]) if (key.startsWith(prefix)) this.sizes.delete(key);
  }
}

interface CallAst {
  procedureName: string;
  args: unknown[];
}

/** Converts one HyperFormula argument value to what a Sheets custom function receives. */
function toSheetsScalar(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError)
    return `#${value.type === ErrorType.DIV_BY_ZERO ? 'DIV/0!' : value.type === ErrorType.NA ? 'N/A' : `${value.type}!`}`;
  if (typeof value === 'object' && 'val' in value) return value.val; // typed numbers
  return value;
}

function toSheetsArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) {
    const data = value.data.map((row) => row.map(toSheetsScalar));
    return data.length === 1 && data[0].length === 1 ? data[0][0] : data;
  }
  return toSheetsScalar(value);
}

/** Converts what the add-on returned into a HyperFormula value (scalar, array, or error). */
function fromSheetsResult(result: unknown): CellError | SimpleRangeValue | number | string | boolean | typeof EmptyValue {
  if (Array.isArray(result)) {
    if (result.length === 0) return EmptyValue;
    // A 1D array fills a column (each element is a row).
    const rows = result.map((row: unknown): unknown[] => (Array.isArray(row) ? row : [row]));
    const width = Math.max(1, ...rows.map((r) => r.length));
    const data = rows.map((r) => Array.from({ length: width }, (_, i) => fromScalar(i < r.length ? r[i] : null)));
    return SimpleRangeValue.onlyValues(data);
  }
  return fromScalar(result);
}

function fromScalar(value: unknown): CellError | number | string | boolean | typeof EmptyValue {
  if (value === null || value === undefined || value === '') return EmptyValue;
  if (typeof value === 'number') return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, 'Result is not a finite number.');
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDateObject(value)) return dateToSerial(value);
  if (typeof value === 'bigint' || typeof value === 'symbol') return value.toString();
  // Anything else (a nested array, an object, a function) shows as String() writes it, its own toString included.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an add-on may return any value; this is its text
  return String(value);
}

function errorMessage(thrown: unknown): string {
  if (thrown && typeof thrown === 'object' && 'message' in thrown) return String(thrown.message);
  return String(thrown);
}

function resultSize(value: unknown): { width: number; height: number } {
  return value instanceof SimpleRangeValue ? { width: value.width(), height: value.height() } : { width: 1, height: 1 };
}

function truncate(value: SimpleRangeValue, size: { width: number; height: number }): SimpleRangeValue {
  const data = value.data.slice(0, size.height).map((row) => row.slice(0, size.width));
  return SimpleRangeValue.onlyValues(data);
}

export function createCustomFunctionPlugin(host: CustomFunctionHost, hints: SpillHints): FunctionPluginDefinition {
  const byUpperName = new Map(host.names.map((name) => [name.toUpperCase(), name]));
  const implementedFunctions: ImplementedFunctions = {};
  for (const upper of byUpperName.keys()) {
    implementedFunctions[upper] = {
      method: 'callAddonFunction',
      sizeOfResultArrayMethod: 'addonFunctionSize',
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
  }

  class AddonFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;

    private callKey(ast: CallAst): string {
      return `${ast.procedureName}/${ast.args.length}`;
    }

    addonFunctionSize(ast: CallAst, state: Parameters<AddonFunctionsPlugin['arraySizeForAst']>[1]): ArraySize {
      const hint = hints.get(SpillHints.key(state.formulaAddress, this.callKey(ast)));
      if (hint) return new ArraySize(hint.width, hint.height);
      let width = 1;
      let height = 1;
      for (const arg of ast.args) {
        // HyperFormula exports neither Ast nor InterpreterState: the types come from the method's own parameters.
        const size = this.arraySizeForAst(arg as Parameters<AddonFunctionsPlugin['arraySizeForAst']>[0], state);
        if (size.isScalar()) continue;
        width = Math.max(width, size.width);
        height = Math.max(height, size.height);
      }
      return new ArraySize(width, height);
    }

    callAddonFunction(ast: CallAst, state: Parameters<AddonFunctionsPlugin['runFunction']>[1]) {
      const name = byUpperName.get(ast.procedureName.toUpperCase()) ?? ast.procedureName;
      const metadata = this.metadata(ast.procedureName.toUpperCase());
      // HyperFormula exports neither Ast nor InterpreterState: the types come from the method's own parameters.
      type RunArgs = Parameters<AddonFunctionsPlugin['runFunction']>;
      return this.runFunction(ast.args as RunArgs[0], state, metadata, (...raw: unknown[]) => {
        const args = raw.filter((v) => v !== undefined).map(toSheetsArgument);
        const memoKey = `${name}(${safeJson(args)})`;
        let result: unknown;
        if (hints.memo.has(memoKey)) result = hints.memo.get(memoKey);
        else {
          try {
            result = fromSheetsResult(host.invoke(name, args));
          } catch (thrown) {
            result = new CellError(ErrorType.ERROR, errorMessage(thrown));
          }
          hints.memo.set(memoKey, result);
        }
        if (result instanceof CellError) return result;
        if (hints.measuring) return result as never;
        const predicted = this.addonFunctionSize(ast, state);
        const actual = resultSize(result);
        if (actual.width !== predicted.width || actual.height !== predicted.height) {
          hints.record(SpillHints.key(state.formulaAddress, this.callKey(ast)), state.formulaAddress, actual);
          if (result instanceof SimpleRangeValue && (actual.width > predicted.width || actual.height > predicted.height)) {
            // Fit this pass into the predicted shape; the re-entered formula gets the full size.
            if (predicted.width === 1 && predicted.height === 1) return result.data[0][0];
            return truncate(result, { width: Math.min(actual.width, predicted.width), height: Math.min(actual.height, predicted.height) });
          }
        }
        return result as never;
      });
    }
  }
  return AddonFunctionsPlugin;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(Math.random());
  }
}
