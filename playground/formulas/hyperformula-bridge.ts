// Computes formulas with HyperFormula, kept in sync with the workbook's sheets.
// Dev-only: HyperFormula is GPL-3 (licenseKey 'gpl-v3'); never import this from src/ or sidebar/.
//
// Writes suspend evaluation; the first read afterwards resumes it, so a burst of writes from one
// execution is recomputed once (lazy recalculation).

import { DetailedCellError, ErrorType, HyperFormula, type ConfigParams, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { createCustomFunctionPlugin, SpillHints, type CustomFunctionHost } from './custom-function-plugin';

export interface EngineError {
  /** What the cell shows: "#ERROR!", "#DIV/0!", "#REF!"... */
  code: string;
  /** Why: for a custom function, the message of the Error it threw. */
  message: string;
}

export type EngineValue = number | string | boolean | null | EngineError;

export function isEngineError(value: unknown): value is EngineError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Settings from HyperFormula's "Compatibility with Google Sheets" guide. */
const SHEETS_COMPATIBLE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD', 'YYYY-MM-DD'],
  timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
  currencySymbol: ['$', 'USD'],
  localeLang: 'en-US',
  functionArgSeparator: ',',
  decimalSeparator: '.',
  thousandSeparator: '',
  arrayColumnSeparator: ',',
  arrayRowSeparator: ';',
  nullYear: 30,
  caseSensitive: false,
  accentSensitive: true,
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  evaluateNullToZero: true,
  leapYear1900: false,
  nullDate: { year: 1899, month: 12, day: 30 },
  // Sheets hands scripts full doubles (getValue of =200/3 is 66.66666666666667).
  smartRounding: false,
  undoLimit: 0,
};

const registeredNames = new Set<string>();

/** Function names must be in the language pack for the parser to recognise them. */
function registerFunctionNames(names: readonly string[]): void {
  const fresh = names.map((n) => n.toUpperCase()).filter((n) => !registeredNames.has(n));
  if (fresh.length === 0) return;
  const language = HyperFormula.getLanguage('enGB');
  language.extendFunctions(Object.fromEntries(fresh.map((n) => [n, n])));
  fresh.forEach((n) => registeredNames.add(n));
}

export class FormulaEngine {
  private readonly hf: HyperFormula;
  private readonly hfSheetIds = new Map<number, number>();
  private readonly hints = new SpillHints();
  private evaluating = false;
  /**
   * Formula cells by HyperFormula address, and whether a write emptied a cell since the last
   * evaluation. In Sheets, deleting the value that blocked an array formula's result lets the
   * array expand again (the belief "an emptied cell in an array formula's output does not block
   * it", README); HyperFormula leaves the formula at #SPILL! until it is re-entered
   * (https://github.com/handsontable/hyperformula/issues/1287), so ensureComputed re-enters those.
   */
  private readonly formulaCells = new Map<string, SimpleCellAddress>();
  private emptied = false;
  /** Named ranges HyperFormula refused (its naming rules are stricter than Sheets'). */
  readonly rejectedNames = new Map<string, string>();

  constructor(host?: CustomFunctionHost) {
    const config: Partial<ConfigParams> = { ...SHEETS_COMPATIBLE_CONFIG };
    if (host && host.names.length > 0) {
      registerFunctionNames(host.names);
      config.functionPlugins = [...HyperFormula.getAllFunctionPlugins(), createCustomFunctionPlugin(host, this.hints)];
    }
    this.hf = HyperFormula.buildEmpty(config);
    // Sheets has TRUE and FALSE as keywords.
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    this.hf.suspendEvaluation();
  }

  addSheet(sheetId: number, name: string): void {
    this.suspend();
    const added = this.hf.addSheet(name);
    this.hfSheetIds.set(sheetId, this.hf.getSheetId(added)!);
  }

  removeSheet(sheetId: number): void {
    this.suspend();
    const sheet = this.hfId(sheetId);
    this.hf.removeSheet(sheet);
    this.hfSheetIds.delete(sheetId);
    for (const [key, address] of this.formulaCells) if (address.sheet === sheet) this.formulaCells.delete(key);
  }

  renameSheet(sheetId: number, name: string): void {
    this.suspend();
    this.hf.renameSheet(this.hfId(sheetId), name);
  }

  /** Writes a block of raw contents (0-based origin): numbers, booleans, "=formulas", "'text", null. */
  setContents(sheetId: number, row0: number, col0: number, contents: RawCellContent[][]): void {
    this.suspend();
    const sheet = this.hfId(sheetId);
    contents.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = { sheet, row: row0 + r, col: col0 + c };
        const key = `${sheet}:${address.row}:${address.col}`;
        if (typeof cell === 'string' && cell.startsWith('=')) {
          this.hints.forgetAddress(sheet, address.row, address.col);
          this.formulaCells.set(key, address);
        } else this.formulaCells.delete(key);
        if (cell === null) this.emptied = true;
      }),
    );
    // HyperFormula checks `instanceof Array`: rebuild rows in this realm in case they came from a vm.
    this.hf.setCellContents(
      { sheet, row: row0, col: col0 },
      Array.from(contents, (row) => Array.from(row)),
    );
  }

  /** Adds, changes (expression) or removes (null) a workbook-level named expression. */
  setNamedExpression(name: string, expression: string | null): void {
    this.suspend();
    const exists = this.hf.getNamedExpression(name) !== undefined;
    this.rejectedNames.delete(name);
    try {
      if (expression === null) {
        if (exists) this.hf.removeNamedExpression(name);
      } else if (exists) this.hf.changeNamedExpression(name, expression);
      else this.hf.addNamedExpression(name, expression);
    } catch (error) {
      this.rejectedNames.set(name, (error as Error).message);
    }
  }

  /** Computed values of a block (0-based origin). Resumes evaluation if writes are pending. */
  getValues(sheetId: number, row0: number, col0: number, numRows: number, numCols: number): EngineValue[][] {
    this.ensureComputed();
    const sheet = this.hfId(sheetId);
    try {
      const values = this.hf.getRangeValues({
        start: { sheet, row: row0, col: col0 },
        end: { sheet, row: row0 + numRows - 1, col: col0 + numCols - 1 },
      });
      return values.map((row) => row.map(toEngineValue));
    } catch {
      // Read from inside an evaluation (a custom function reading the sheet): go cell by cell.
      return Array.from({ length: numRows }, (_, r) =>
        Array.from({ length: numCols }, (_, c) => this.safeCellValue({ sheet, row: row0 + r, col: col0 + c })),
      );
    }
  }

  /** Value of a formula that is not in any cell, evaluated on a sheet (conditional formats). */
  calculate(formula: string, sheetId: number): EngineValue {
    this.ensureComputed();
    try {
      const value = this.hf.calculateFormula(formula, this.hfId(sheetId));
      return Array.isArray(value) ? toEngineValue(value[0]?.[0]) : toEngineValue(value);
    } catch (error) {
      return { code: '#ERROR!', message: (error as Error).message };
    } finally {
      this.hints.memo.clear();
    }
  }

  /** Formula text as HyperFormula now has it (sheet renames rewrite references). */
  getFormula(sheetId: number, row0: number, col0: number): string | undefined {
    return this.hf.getCellFormula({ sheet: this.hfId(sheetId), row: row0, col: col0 });
  }

  /** Rows/columns in use, including spilled array results. */
  dimensions(sheetId: number): { height: number; width: number } {
    this.ensureComputed();
    return this.hf.getSheetDimensions(this.hfId(sheetId));
  }

  destroy(): void {
    this.hf.destroy();
  }

  /** Re-enters the formulas showing #SPILL!: those whose result area a cleared cell freed spill again. */
  private respillBlockedArrays(): void {
    this.emptied = false;
    const blocked = [...this.formulaCells.values()].filter((address) => {
      const value = this.hf.getCellValue(address);
      return value instanceof DetailedCellError && value.type === ErrorType.SPILL;
    });
    if (blocked.length === 0) return;
    this.hf.batch(() => {
      for (const address of blocked) {
        const formula = this.hf.getCellFormula(address);
        if (formula) this.hf.setCellContents(address, formula);
      }
    });
  }

  private safeCellValue(address: SimpleCellAddress): EngineValue {
    try {
      return toEngineValue(this.hf.getCellValue(address));
    } catch {
      return null;
    }
  }

  private hfId(sheetId: number): number {
    const id = this.hfSheetIds.get(sheetId);
    if (id === undefined) throw new Error(`Formula engine has no sheet ${sheetId}`);
    return id;
  }

  private suspend(): void {
    if (!this.evaluating && !this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  private ensureComputed(): void {
    if (this.evaluating || !this.hf.isEvaluationSuspended()) return;
    this.evaluating = true;
    try {
      this.hf.resumeEvaluation();
      // Custom functions whose result size differed from the guess: re-enter them so they spill.
      for (let pass = 0; pass < 3 && this.hints.stale.size > 0; pass++) {
        const stale = [...this.hints.stale.values()];
        this.hints.stale.clear();
        this.hf.batch(() => {
          for (const address of stale) {
            const formula = this.hf.getCellFormula(address);
            if (formula) this.hf.setCellContents(address, formula);
          }
        });
      }
      this.hints.stale.clear();
      if (this.emptied) this.respillBlockedArrays();
    } finally {
      this.hints.memo.clear();
      this.evaluating = false;
    }
  }
}

/** Sheets' wording for the errors whose HyperFormula text differs (best effort). */
function sheetsMessage(message: string): string {
  if (message.startsWith('Parsing error')) return 'Formula parse error.';
  const fn = /^Function name (.+) not recognized\.$/.exec(message);
  if (fn) return `Unknown function: '${fn[1]}'.`;
  const name = /^Named expression (.+) not recognized\.$/.exec(message);
  if (name) return `Unknown range name: '${name[1]}'.`;
  return message;
}

function toEngineValue(value: unknown): EngineValue {
  if (value instanceof DetailedCellError) return { code: value.value, message: sheetsMessage(value.message) };
  if (value === undefined) return null;
  return value as EngineValue;
}
