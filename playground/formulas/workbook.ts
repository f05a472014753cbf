// The in-memory spreadsheet: sheets, cells, named ranges and document properties. Cell contents
// live here; computed values come from the HyperFormula engine, built lazily from these contents.

import type { RawCellContent } from 'hyperformula';
import { absoluteReference, type GridRect } from '../../src/sheets/a1';
import { parseInput, type CellContent, type CellScalar } from './cell-values';
import type { CustomFunctionHost } from './custom-function-plugin';
import { formatForDisplay } from './display-format';
import { FormulaEngine, isEngineError, type EngineError, type EngineOptions, type EngineValue } from './hyperformula-bridge';
import { boundWholeColumns, formatReference, rewriteReferences } from './references';
import { SheetModel, type CellRecord, type CellStyle, type DeveloperMetadataSpec, type RangeRef, type ValidationSpec } from './sheet-model';

export type ChangeKind = 'cells' | 'format' | 'sheets' | 'names' | 'properties' | 'objects' | 'restore';

export interface WorkbookChange {
  version: number;
  kind: ChangeKind;
  sheetId?: number;
}

export interface WorkbookInit {
  id?: string;
  name?: string;
  timeZone?: string;
  /** Sheet names for a fresh workbook; defaults to ["Sheet1"]. */
  sheetNames?: string[];
  /** Restored state (see workbook-json.ts). */
  sheets?: SheetModel[];
  activeSheetId?: number;
  nextSheetId?: number;
  nextObjectId?: number;
  namedRanges?: Record<string, RangeRef>;
  documentProperties?: Record<string, string>;
  developerMetadata?: DeveloperMetadataSpec[];
}

/** One cell as a grid UI shows it. */
export interface CellView {
  row: number;
  col: number;
  /** Computed value ('' when empty; an error's code such as "#ERROR!"). */
  value: CellScalar;
  display: string;
  formula?: string;
  error?: EngineError;
  numberFormat?: string;
  style?: CellStyle;
  note?: string;
  validation?: ValidationSpec;
}

export class Workbook {
  readonly id: string;
  name: string;
  timeZone: string;
  activeSheetId: number;
  readonly namedRanges: Map<string, RangeRef>;
  readonly documentProperties: Map<string, string>;
  /** Metadata on the spreadsheet itself (sheets keep their own). */
  readonly developerMetadata: DeveloperMetadataSpec[];
  /** Increases on every change; a server can poll it or subscribe with onChange. */
  version = 0;
  private readonly sheetList: SheetModel[];
  private nextSheetId: number;
  private nextObjectIdValue: number;
  private engineInstance: FormulaEngine | undefined;
  private functionHost: CustomFunctionHost | undefined;
  private engineOptions: EngineOptions = {};
  private readonly listeners = new Set<(change: WorkbookChange) => void>();

  constructor(init: WorkbookInit = {}) {
    this.id = init.id ?? 'emulated-spreadsheet';
    this.name = init.name ?? 'Untitled spreadsheet';
    this.timeZone = init.timeZone ?? 'Etc/UTC';
    this.sheetList = init.sheets ?? [];
    this.nextSheetId = init.nextSheetId ?? 0;
    this.nextObjectIdValue = init.nextObjectId ?? 1;
    this.namedRanges = new Map(Object.entries(init.namedRanges ?? {}));
    this.documentProperties = new Map(Object.entries(init.documentProperties ?? {}));
    this.developerMetadata = init.developerMetadata ?? [];
    if (this.sheetList.length === 0) for (const name of init.sheetNames ?? ['Sheet1']) this.insertSheet(name);
    this.activeSheetId = init.activeSheetId ?? this.sheetList[0].id;
    this.version = 0;
  }

  // ---- change notification ------------------------------------------------------------------

  onChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  touch(kind: ChangeKind, sheetId?: number): void {
    this.version++;
    const change = { version: this.version, kind, sheetId };
    for (const listener of this.listeners) listener(change);
  }

  nextObjectId(): number {
    return this.nextObjectIdValue++;
  }

  /** Internal counters, for serialization. */
  counters(): { nextSheetId: number; nextObjectId: number } {
    return { nextSheetId: this.nextSheetId, nextObjectId: this.nextObjectIdValue };
  }

  // ---- custom functions -----------------------------------------------------------------------

  /** Makes formulas able to call the add-on's custom functions (rebuilds the engine lazily). */
  setCustomFunctionHost(host: CustomFunctionHost | undefined): void {
    this.functionHost = host;
    this.engineInstance?.destroy();
    this.engineInstance = undefined;
  }

  /** How formulas behave where the emulator follows a belief (behaviour.ts); rebuilds the engine lazily. */
  setEngineOptions(options: EngineOptions): void {
    this.engineOptions = { ...options };
    this.rebuildEngine();
  }

  /** Drops the engine; the next read builds it again from the cells (after moves and sorts). */
  rebuildEngine(): void {
    this.engineInstance?.destroy();
    this.engineInstance = undefined;
  }

  /**
   * Recomputes what writes left pending. Sheets recalculates when values change, on its side
   * (RecalculationInterval.ON_CHANGE: "Recalculate only when values are changed",
   * https://developers.google.com/apps-script/reference/spreadsheet/recalculation-interval); the
   * emulator waits for the next read, so a measurement calls this to count an action's
   * recalculation with the action rather than with whatever reads next.
   */
  settle(): void {
    this.engineInstance?.settle();
  }

  get engine(): FormulaEngine {
    if (!this.engineInstance) {
      const engine = new FormulaEngine(this.functionHost, this.engineOptions);
      for (const sheet of this.sheetList) {
        engine.addSheet(sheet.id, sheet.name);
        for (const [row, col, cell] of sheet.entries()) {
          const raw = this.rawContentOf(sheet.id, cell);
          if (raw !== null) engine.setContents(sheet.id, row - 1, col - 1, [[raw]]);
        }
      }
      this.engineInstance = engine;
      for (const [name, ref] of this.namedRanges) this.syncNamedRange(name, ref);
    }
    return this.engineInstance;
  }

  // ---- sheets ---------------------------------------------------------------------------------

  get sheets(): readonly SheetModel[] {
    return this.sheetList;
  }

  findSheet(sheetId: number): SheetModel | undefined {
    return this.sheetList.find((s) => s.id === sheetId);
  }

  sheet(sheetId: number): SheetModel {
    const sheet = this.findSheet(sheetId);
    if (!sheet) throw new Error('The sheet has been deleted.');
    return sheet;
  }

  /** Sheet names are unique regardless of case in Sheets. */
  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === wanted);
  }

  insertSheet(name?: string, index?: number): SheetModel {
    const sheetName = name ?? this.freeSheetName();
    this.assertNameFree(sheetName);
    const sheet = new SheetModel(this.nextSheetId++, sheetName);
    const at = index === undefined ? this.sheetList.length : Math.max(0, Math.min(index, this.sheetList.length));
    this.sheetList.splice(at, 0, sheet);
    this.engineInstance?.addSheet(sheet.id, sheet.name);
    this.touch('sheets', sheet.id);
    return sheet;
  }

  renameSheet(sheetId: number, name: string): void {
    const sheet = this.sheet(sheetId);
    if (sheet.name === name) return;
    if (sheet.name.toLowerCase() !== name.toLowerCase()) this.assertNameFree(name);
    // Formulas naming the sheet follow it, as in Sheets; their own text is rewritten here, the
    // engine renames its copy.
    const old = sheet.name.toLowerCase();
    for (const other of this.sheetList) {
      for (const [, , cell] of other.entries()) {
        if (cell.formula?.toLowerCase().includes(old))
          cell.formula = rewriteReferences(cell.formula, (ref) =>
            ref.sheet?.toLowerCase() === old ? formatReference({ ...ref, sheet: name }) : undefined,
          );
      }
    }
    sheet.name = name;
    this.engineInstance?.renameSheet(sheetId, name);
    this.touch('sheets', sheetId);
  }

  deleteSheet(sheetId: number): void {
    if (this.sheetList.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const index = this.sheetList.findIndex((s) => s.id === sheetId);
    if (index < 0) throw new Error('The sheet has been deleted.');
    const [gone] = this.sheetList.splice(index, 1);
    // As in Sheets, references to the deleted sheet become #REF! in the formula text, for good:
    // a sheet added later under the same name does not bring them back.
    const name = gone.name.toLowerCase();
    for (const sheet of this.sheetList) {
      for (const [, , cell] of sheet.entries()) {
        if (cell.formula?.toLowerCase().includes(name))
          cell.formula = rewriteReferences(cell.formula, (ref) => (ref.sheet?.toLowerCase() === name ? '#REF!' : undefined));
      }
    }
    this.rebuildEngine();
    for (const [name, ref] of [...this.namedRanges]) if (ref.sheetId === sheetId) this.removeNamedRange(name);
    if (this.activeSheetId === sheetId) this.activeSheetId = this.sheetList[Math.max(0, index - 1)].id;
    this.touch('sheets', sheetId);
  }

  moveSheet(sheetId: number, index: number): void {
    const from = this.sheetList.findIndex((s) => s.id === sheetId);
    const [sheet] = this.sheetList.splice(from, 1);
    this.sheetList.splice(Math.max(0, Math.min(index, this.sheetList.length)), 0, sheet);
    this.touch('sheets', sheetId);
  }

  private assertNameFree(name: string): void {
    if (this.sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  private freeSheetName(): string {
    for (let n = this.sheetList.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  /** Formula text as the engine gets it (whole columns bounded by the sheets' sizes). */
  engineFormula(sheetId: number, formula: string): string {
    const own = this.sheet(sheetId);
    return boundWholeColumns(formula, (name) => (name === undefined ? own : this.sheetByName(name))?.maxRows);
  }

  /** Value of a formula in no cell, evaluated on a sheet (conditional formats, validations). */
  calculate(formula: string, sheetId: number): EngineValue {
    return this.engine.calculate(this.engineFormula(sheetId, formula), sheetId);
  }

  private rawContentOf(sheetId: number, cell: CellRecord): RawCellContent {
    if (cell.formula !== undefined) return this.engineFormula(sheetId, cell.formula);
    if (cell.value === undefined) return null;
    return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
  }

  // ---- writing cells --------------------------------------------------------------------------

  /** Writes parsed contents with their top-left cell at (row, col). */
  writeContents(sheetId: number, row: number, col: number, contents: CellContent[][]): void {
    const sheet = this.sheet(sheetId);
    const raw: RawCellContent[][] = contents.map((line, r) =>
      line.map((content, c) => {
        sheet.updateCell(row + r, col + c, (cell) => {
          cell.value = content.kind === 'value' ? content.value : undefined;
          cell.formula = content.kind === 'formula' ? content.formula : undefined;
          if (content.kind === 'value' && content.numberFormat && !cell.numberFormat) cell.numberFormat = content.numberFormat;
        });
        return this.rawContentOf(sheetId, sheet.cell(row + r, col + c) ?? {});
      }),
    );
    if (this.engineInstance) this.engineInstance.setContents(sheetId, row - 1, col - 1, raw);
    this.touch('cells', sheetId);
  }

  /** What a user typing into a cell does: "=..." is a formula, "'x" is text, "12" a number. */
  enterInput(sheetId: number, row: number, col: number, input: unknown): void {
    this.writeContents(sheetId, row, col, [[parseInput(input)]]);
  }

  clearContents(sheetId: number, rect: GridRect): void {
    const empty = Array.from({ length: rect.numRows }, () => Array.from({ length: rect.numCols }, (): CellContent => ({ kind: 'empty' })));
    this.writeContents(sheetId, rect.row, rect.col, empty);
  }

  /** Changes formats, notes or validations of every cell in rect (contents untouched). */
  updateCells(sheetId: number, rect: GridRect, change: (cell: CellRecord, rowOffset: number, colOffset: number) => void): void {
    const sheet = this.sheet(sheetId);
    for (let r = 0; r < rect.numRows; r++) {
      for (let c = 0; c < rect.numCols; c++) sheet.updateCell(rect.row + r, rect.col + c, (cell) => change(cell, r, c));
    }
    this.touch('format', sheetId);
  }

  // ---- reading cells --------------------------------------------------------------------------

  /** Computed values: '' for empty cells, the code ("#ERROR!") for errors. */
  readValues(sheetId: number, rect: GridRect): CellScalar[][] {
    // The rows are readEngine's own: changed in place, as a column of thousands is read in one call.
    const rows = this.readEngine(sheetId, rect) as unknown[][];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) row[c] = toCellScalar(row[c] as EngineValue);
    }
    return rows as CellScalar[][];
  }

  /** The error of each cell, or null. */
  readErrors(sheetId: number, rect: GridRect): (EngineError | null)[][] {
    return this.readEngine(sheetId, rect).map((row) => row.map((v) => (isEngineError(v) ? v : null)));
  }

  readFormulas(sheetId: number, rect: GridRect): string[][] {
    const sheet = this.sheet(sheetId);
    return grid(rect, (row, col) => sheet.cell(row, col)?.formula ?? '');
  }

  readCells(sheetId: number, rect: GridRect): CellView[][] {
    const sheet = this.sheet(sheetId);
    const values = this.readEngine(sheetId, rect);
    return grid(rect, (row, col) => {
      const cell = sheet.cell(row, col) ?? {};
      const computed = values[row - rect.row][col - rect.col];
      const value = toCellScalar(computed);
      const view: CellView = {
        row,
        col,
        value,
        display: isEngineError(computed) ? computed.code : formatForDisplay(value === '' ? null : value, cell.numberFormat),
      };
      if (cell.formula) view.formula = cell.formula;
      if (isEngineError(computed)) view.error = computed;
      if (cell.numberFormat) view.numberFormat = cell.numberFormat;
      if (cell.style) view.style = { ...cell.style };
      if (cell.note) view.note = cell.note;
      if (cell.validation) view.validation = cell.validation;
      return view;
    });
  }

  /** Last row and column with content, counting spilled results (0 when empty). */
  extent(sheetId: number): { lastRow: number; lastCol: number } {
    const sheet = this.sheet(sheetId);
    const own = sheet.contentExtent();
    const dims = this.engine.dimensions(sheetId);
    // A spilled array never reaches past the sheet's edge (the engine may still count rows just deleted).
    return {
      lastRow: Math.min(sheet.maxRows, Math.max(own.lastRow, dims.height)),
      lastCol: Math.min(sheet.maxColumns, Math.max(own.lastCol, dims.width)),
    };
  }

  /**
   * Computed values of a block. A cell holding a typed value (no formula) shows that value: the
   * engine holds it unchanged, and no array spills over it (the array would be blocked). So typed
   * values are read from the sheet, and only the block around formula and empty cells (which a
   * spilled array may fill) asks the engine: a column of names reads no formula state at all.
   */
  private readEngine(sheetId: number, rect: GridRect): EngineValue[][] {
    const sheet = this.sheet(sheetId);
    // Arrays of their exact size: a pushed-to [] reserves room for ~17 values, which a column of
    // thousands of rows leaves behind as garbage on every read.
    const values = new Array<EngineValue[]>(rect.numRows);
    let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let r = 0; r < rect.numRows; r++) {
      const line = new Array<EngineValue>(rect.numCols);
      for (let c = 0; c < rect.numCols; c++) {
        const cell = sheet.cell(rect.row + r, rect.col + c);
        if (cell?.value !== undefined && cell.formula === undefined) line[c] = cell.value;
        else {
          line[c] = null;
          if (r < top) top = r;
          if (r > bottom) bottom = r;
          if (c < left) left = c;
          if (c > right) right = c;
        }
      }
      values[r] = line;
    }
    if (top === Infinity) return values;
    const computed = this.engine.getValues(sheetId, rect.row - 1 + top, rect.col - 1 + left, bottom - top + 1, right - left + 1);
    computed.forEach((line, r) => line.forEach((value, c) => (values[top + r][left + c] = value)));
    return values;
  }

  // ---- named ranges ---------------------------------------------------------------------------

  setNamedRange(name: string, ref: RangeRef): void {
    this.namedRanges.set(name, { ...ref });
    this.syncNamedRange(name, ref);
    this.touch('names');
  }

  removeNamedRange(name: string): void {
    if (!this.namedRanges.delete(name)) return;
    this.engineInstance?.setNamedExpression(name, null);
    this.touch('names');
  }

  private syncNamedRange(name: string, ref: RangeRef): void {
    if (!this.engineInstance) return;
    this.engineInstance.setNamedExpression(name, `=${absoluteReference(this.sheet(ref.sheetId).name, ref)}`);
  }
}

function toCellScalar(value: EngineValue): CellScalar {
  if (value === null) return '';
  if (isEngineError(value)) return value.code;
  return value;
}

function grid<T>(rect: GridRect, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rect.numRows }, (_, r) => Array.from({ length: rect.numCols }, (_, c) => at(rect.row + r, rect.col + c)));
}
