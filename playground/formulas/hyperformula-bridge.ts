// Computes formulas with HyperFormula, kept in sync with the workbook's sheets.
// Dev-only: HyperFormula is GPL-3 (licenseKey 'gpl-v3'); never import this from src/ or sidebar/.
//
// Writes suspend evaluation; the first read afterwards resumes it, so a burst of writes from one
// execution is recomputed once (lazy recalculation).
//
// An array result with data in its way: HyperFormula shows #SPILL! ("No space for array result."),
// Google Sheets #REF! with "Array result was not expanded because it would overwrite data in B5."
// (the wording users report, e.g. github.com/microCOVID/microCOVID/issues/871; Google's function
// help does not state it: see README). HyperFormula keeps a #SPILL! after the cell in the way is
// cleared (handsontable/hyperformula#1287), so after writes every blocked array is entered again.

import { DetailedCellError, ErrorType, HyperFormula, type ConfigParams, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { createCustomFunctionPlugin, SpillHints, type CustomFunctionHost } from './custom-function-plugin';
import { sheetsFunctionPlugins } from './sheets-dialect';

export interface EngineError {
  /** What the cell shows: "#ERROR!", "#DIV/0!", "#REF!"... */
  code: string;
  /** Why: for a custom function, the message of the Error it threw. */
  message: string;
}

export type EngineValue = number | string | boolean | null | EngineError;

export interface EngineOptions {
  /**
   * The error an array shows when data is in its way: Sheets' #REF! (the emulator's behaviour
   * blockedArrayError, self-test row blocked-array-shows-ref), or #SPILL! as Excel and HyperFormula show it.
   */
  blockedArrayError?: '#REF!' | '#SPILL!';
  /**
   * The dialect table's "one-value" functions (SUMIFS…) inside ARRAYFORMULA: one value as users
   * report Sheets gives (sheets-dialect.ts; self-test row dialect-sumifs-one-value), or one per
   * row as HyperFormula alone gives.
   */
  oneValueFunctions?: 'one-value' | 'per-row';
}

export function isEngineError(value: unknown): value is EngineError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

const parseDateTimeAsDefault: ConfigParams['parseDateTime'] = HyperFormula.defaultConfig.parseDateTime;
/**
 * What HyperFormula's own quick check lets through: a digit or / . - : first (spaces trimmed),
 * then only those, spaces and the letters of am/pm, in either case. Blank text never passes.
 */
const MAYBE_DATE_TIME = /^\s*[0-9/.:-][\s0-9/.:\-aApPmM]*$/;

/**
 * HyperFormula's date-time parser, skipping at once a text its own quick check would turn away
 * after collapsing spaces and lower-casing (DateTimeDefault.mjs). HyperFormula parses both sides
 * of every text comparison as a date (ArithmeticHelper.compare), once per date and time format,
 * so an array formula comparing a column of names spent most of its time there. Same answers:
 * tests/formulas/date-time-quick-parse.test.ts compares the two.
 */
export function parseDateTimeQuickly(text: string, dateFormat?: string, timeFormat?: string): ReturnType<typeof parseDateTimeAsDefault> {
  // HyperFormula asks once per date and time format in a row: the same text, tested once.
  if (text !== lastText) [lastText, lastMaybe] = [text, MAYBE_DATE_TIME.test(text)];
  return lastMaybe ? parseDateTimeAsDefault(text, dateFormat, timeFormat) : undefined;
}
let [lastText, lastMaybe] = ['', false];

/**
 * Settings from HyperFormula's "Compatibility with Google Sheets" guide
 * (https://hyperformula.handsontable.com/guide/compatibility-with-google-sheets.html), two on
 * purpose otherwise: dates typed as YYYY-MM-DD are dates too (Sheets reads them so), and
 * smartRounding is off (below). The differences that guide leaves are in src/sheets/dialect.ts.
 */
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
  // "In Google Sheets, the array arithmetic mode is disabled by default": arrays only in ARRAYFORMULA.
  useArrayArithmetic: false,
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
  parseDateTime: parseDateTimeQuickly,
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
  /** Cells holding formulas ("sheet:row:col" of HyperFormula's ids), any of which may be an array blocked by data. */
  private readonly formulaCells = new Map<string, SimpleCellAddress>();
  /** Writes since the blocked arrays were last entered again. */
  private writtenSinceSpillCheck = false;
  /** The first cell in the way of each blocked array, found when first shown (cleared by writes). */
  private readonly blockers = new Map<string, string | null>();
  /** Named ranges HyperFormula refused (its naming rules are stricter than Sheets'). */
  readonly rejectedNames = new Map<string, string>();

  private readonly blockedCode: string;

  constructor(host?: CustomFunctionHost, options: EngineOptions = {}) {
    this.blockedCode = options.blockedArrayError ?? '#REF!';
    // Built-in functions as Sheets evaluates them inside ARRAYFORMULA (sheets-dialect.ts).
    const builtIn = options.oneValueFunctions === 'per-row' ? HyperFormula.getAllFunctionPlugins() : sheetsFunctionPlugins();
    const config: Partial<ConfigParams> = { ...SHEETS_COMPATIBLE_CONFIG, functionPlugins: builtIn };
    if (host && host.names.length > 0) {
      registerFunctionNames(host.names);
      config.functionPlugins = [...builtIn, createCustomFunctionPlugin(host, this.hints)];
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
    const hfId = this.hf.getSheetId(added);
    if (hfId === undefined) throw new Error(`HyperFormula did not add the sheet "${name}" (it answered "${added}").`);
    this.hfSheetIds.set(sheetId, hfId);
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
        const key = addressKey(address);
        if (typeof cell === 'string' && cell.startsWith('=')) {
          this.hints.forgetAddress(sheet, row0 + r, col0 + c);
          this.formulaCells.set(key, address);
        } else this.formulaCells.delete(key);
      }),
    );
    this.writtenSinceSpillCheck = true;
    this.blockers.clear();
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

  /** Whether writes wait to be recomputed (by the next read, or settle). */
  get pending(): boolean {
    return this.hf.isEvaluationSuspended();
  }

  /** Computes whatever writes left pending now (the next read would otherwise). */
  settle(): void {
    this.ensureComputed();
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
      return values.map((row, r) =>
        row.map((value, c) => (isSpill(value) ? this.blockedArray({ sheet, row: row0 + r, col: col0 + c }) : this.toValue(value))),
      );
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
      return this.toValue(Array.isArray(value) ? value[0]?.[0] : value);
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

  private toValue(value: unknown): EngineValue {
    return isSpill(value) ? { code: this.blockedCode, message: blockedMessage(null) } : toEngineValue(value);
  }

  private safeCellValue(address: SimpleCellAddress): EngineValue {
    try {
      return this.toValue(this.hf.getCellValue(address));
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
      this.settleSpills();
      if (this.writtenSinceSpillCheck) {
        // Arrays blocked before these writes: entered again, they spill if nothing is in the way now.
        this.writtenSinceSpillCheck = false;
        const blocked = [...this.formulaCells.values()].filter((address) => isSpill(this.hf.getCellValue(address)));
        if (blocked.length) {
          this.reenter(blocked);
          this.settleSpills();
        }
      }
    } finally {
      this.hints.memo.clear();
      this.evaluating = false;
    }
  }

  /** Custom functions whose result size differed from the guess: re-enter them so they spill. */
  private settleSpills(): void {
    for (let pass = 0; pass < 3 && this.hints.stale.size > 0; pass++) {
      const stale = [...this.hints.stale.values()];
      this.hints.stale.clear();
      this.reenter(stale);
    }
    this.hints.stale.clear();
  }

  private reenter(addresses: readonly SimpleCellAddress[]): void {
    this.hf.batch(() => {
      for (const address of addresses) {
        const formula = this.hf.getCellFormula(address);
        if (formula) this.hf.setCellContents(address, formula);
      }
    });
  }

  /** The error (Sheets' #REF!) of an array with data in its way, naming the first cell in the way. */
  private blockedArray(address: SimpleCellAddress): EngineError {
    const key = addressKey(address);
    if (!this.blockers.has(key)) this.blockers.set(key, this.firstInTheWay(address));
    return { code: this.blockedCode, message: blockedMessage(this.blockers.get(key) ?? null) };
  }

  /** The first cell (row by row) with content where the array of the formula at `address` would go. */
  private firstInTheWay(address: SimpleCellAddress): string | null {
    const size = this.arraySize(address);
    for (let r = 0; r < size.height; r++) {
      for (let c = 0; c < size.width; c++) {
        const cell = { sheet: address.sheet, row: address.row + r, col: address.col + c };
        if ((r || c) && !this.hf.isCellEmpty(cell)) return this.hf.simpleCellAddressToString(cell, { includeSheetName: false }) ?? null;
      }
    }
    return null;
  }

  /**
   * The size of the result HyperFormula found no room for (a blocked array keeps none): the
   * formula evaluated once more outside any cell, custom functions giving their whole result.
   */
  private arraySize(address: SimpleCellAddress): { width: number; height: number } {
    const formula = this.hf.getCellFormula(address);
    if (!formula) return { width: 1, height: 1 };
    this.hints.measuring = true;
    try {
      const result = this.hf.calculateFormula(formula, address.sheet);
      return Array.isArray(result) ? { width: result[0]?.length ?? 1, height: result.length } : { width: 1, height: 1 };
    } catch {
      return { width: 1, height: 1 };
    } finally {
      this.hints.measuring = false;
      this.hints.memo.clear();
    }
  }
}

const addressKey = (address: SimpleCellAddress) => `${address.sheet}:${address.row}:${address.col}`;

/** HyperFormula's #SPILL!: an array result with data in its way. */
const isSpill = (value: unknown): boolean => value instanceof DetailedCellError && value.type === ErrorType.SPILL;

/** Sheets' wording for the errors whose HyperFormula text differs (best effort). */
function sheetsMessage(message: string): string {
  if (message.startsWith('Parsing error')) return 'Formula parse error.';
  const fn = /^Function name (.+) not recognized\.$/.exec(message);
  if (fn) return `Unknown function: '${fn[1]}'.`;
  const name = /^Named expression (.+) not recognized\.$/.exec(message);
  if (name) return `Unknown range name: '${name[1]}'.`;
  return message;
}

const blockedMessage = (cell: string | null) =>
  `Array result was not expanded because it would overwrite data${cell ? ` in ${cell}` : ''}.`;

function toEngineValue(value: unknown): EngineValue {
  if (value instanceof DetailedCellError) return { code: value.value, message: sheetsMessage(value.message) };
  if (value === undefined) return null;
  return value as EngineValue;
}
