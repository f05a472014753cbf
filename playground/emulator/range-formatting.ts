// Range formatting, notes and data validations (the part of Range that never touches values).

import type { DataValidationArg } from './host-types';
import type { GridRect } from '../../src/sheets/a1';
import { textOf } from '../formulas/cell-values';
import type { CellRecord, CellStyle } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { DataValidationFacade } from './data-validation';
import { colourAsSheetsReads } from './colours';

type GasDataValidation = DataValidationArg;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

/** What a new sheet's cells read (gas-fakes test/testsheets.js:2424-2566: wrap is true, alignments general/bottom). */
const STYLE_DEFAULTS = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  background: '#ffffff',
  wrap: true,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  fontSize: 10,
  fontFamily: 'Arial',
} as const;

export abstract class RangeFormatting {
  protected constructor(
    protected readonly ctx: EmulatorContext,
    protected readonly sheetId: number,
    protected readonly rect: GridRect,
  ) {}

  protected abstract self(): this;

  protected update(change: (cell: CellRecord, r: number, c: number) => void): this {
    this.ctx.workbook.updateCells(this.sheetId, this.rect, change);
    return this.self();
  }

  protected cells<T>(read: (cell: CellRecord) => T): T[][] {
    const sheet = this.ctx.workbook.sheet(this.sheetId);
    return Array.from({ length: this.rect.numRows }, (_, r) =>
      Array.from({ length: this.rect.numCols }, (_, c) => read(sheet.cell(this.rect.row + r, this.rect.col + c) ?? {})),
    );
  }

  protected checkGrid(values: unknown, what: string): unknown[][] {
    if (!Array.isArray(values) || !values.every(Array.isArray)) {
      throw new Error(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${what}.`);
    }
    const grid = values as unknown[][];
    if (grid.length !== this.rect.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of grid) {
      if (row.length !== this.rect.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numCols}.`,
        );
      }
    }
    return grid;
  }

  private setStyle<K extends keyof CellStyle>(key: K, value: CellStyle[K] | null): this {
    return this.update((cell) => {
      cell.style = { ...cell.style, [key]: value === null ? undefined : value };
    });
  }

  private setStyles(key: keyof CellStyle, values: unknown, what: string): this {
    const grid = this.checkGrid(values, what);
    return this.update((cell, r, c) => {
      const value = grid[r][c] as CellStyle[keyof CellStyle] | null;
      cell.style = { ...cell.style, [key]: value === null ? undefined : value };
    });
  }

  private styles<K extends keyof typeof STYLE_DEFAULTS>(key: K): Array<Array<NonNullable<CellStyle[K]> | (typeof STYLE_DEFAULTS)[K]>> {
    return this.cells((cell) => (cell.style?.[key] ?? STYLE_DEFAULTS[key]) as NonNullable<CellStyle[K]>);
  }

  // ---- number formats -------------------------------------------------------------------------
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getNumberFormats(): string[][] {
    return this.cells((cell) => cell.numberFormat ?? this.ctx.behaviour.automaticNumberFormat);
  }
  setNumberFormat(numberFormat: string): this {
    return this.update((cell) => {
      cell.numberFormat = this.automatic(numberFormat) ? undefined : String(numberFormat);
    });
  }
  setNumberFormats(numberFormats: string[][]): this {
    const grid = this.checkGrid(numberFormats, 'setNumberFormats');
    return this.update((cell, r, c) => {
      cell.numberFormat = this.automatic(grid[r][c]) ? undefined : String(grid[r][c]);
    });
  }
  /**
   * "General" (any case) is the automatic format, which reads back as "0.###############"
   * (gas-fakes test/testsheets.js:2125-2136; notes/oddities.md:364). Writing that pattern itself
   * sets an explicit number format (a belief: self-test row number-format-general).
   */
  private automatic(numberFormat: unknown): boolean {
    return typeof numberFormat === 'string' && numberFormat.toLowerCase() === 'general';
  }

  // ---- fonts, colours, alignment --------------------------------------------------------------
  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }
  getFontWeights(): string[][] {
    return this.styles('fontWeight');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.setStyle('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): this {
    return this.setStyles('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontStyle(): string {
    return this.getFontStyles()[0][0];
  }
  getFontStyles(): string[][] {
    return this.styles('fontStyle');
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.setStyle('fontStyle', fontStyle);
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): this {
    return this.setStyles('fontStyle', fontStyles, 'setFontStyles');
  }
  getFontColor(): string {
    return this.getFontColors()[0][0];
  }
  getFontColors(): string[][] {
    return this.styles('fontColor').map((row) => row.map(String));
  }
  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', colourAsSheetsReads(color));
  }
  setFontColors(colors: unknown[][]): this {
    return this.setStyles(
      'fontColor',
      this.checkGrid(colors, 'setFontColors').map((row) => row.map(colourAsSheetsReads)),
      'setFontColors',
    );
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  getFontSizes(): number[][] {
    return this.styles('fontSize').map((row) => row.map(Number));
  }
  setFontSize(size: number): this {
    return this.setStyle('fontSize', size);
  }
  setFontSizes(sizes: number[][]): this {
    return this.setStyles('fontSize', sizes, 'setFontSizes');
  }
  getFontFamily(): string {
    return this.getFontFamilies()[0][0];
  }
  getFontFamilies(): string[][] {
    return this.styles('fontFamily').map((row) => row.map(String));
  }
  setFontFamily(fontFamily: string | null): this {
    return this.setStyle('fontFamily', fontFamily);
  }
  setFontFamilies(fontFamilies: Array<Array<string | null>>): this {
    return this.setStyles('fontFamily', fontFamilies, 'setFontFamilies');
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return this.styles('background').map((row) => row.map(String));
  }
  setBackground(color: string | null): this {
    return this.setStyle('background', colourAsSheetsReads(color));
  }
  setBackgrounds(color: Array<Array<string | null>>): this {
    return this.setStyles(
      'background',
      this.checkGrid(color, 'setBackgrounds').map((row) => row.map(colourAsSheetsReads)),
      'setBackgrounds',
    );
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  getWraps(): boolean[][] {
    return this.styles('wrap').map((row) => row.map(Boolean));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setStyle('wrap', Boolean(isWrapEnabled));
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setStyles('wrap', isWrapEnabled, 'setWraps');
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  /** "normal" reads back as "general-left" (gas-fakes test/testsheets.js:2137-2146). */
  getHorizontalAlignments(): string[][] {
    return this.styles('horizontalAlignment').map((row) => row.map((a) => (a === 'normal' ? 'general-left' : String(a))));
  }
  setHorizontalAlignment(alignment: HAlign): this {
    return this.setStyle('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: HAlign[][]): this {
    return this.setStyles('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0][0];
  }
  getVerticalAlignments(): string[][] {
    return this.styles('verticalAlignment').map((row) => row.map(String));
  }
  setVerticalAlignment(alignment: VAlign): this {
    return this.setStyle('verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: VAlign[][]): this {
    return this.setStyles('verticalAlignment', alignments, 'setVerticalAlignments');
  }

  // ---- notes ----------------------------------------------------------------------------------
  getNote(): string {
    return this.getNotes()[0][0];
  }
  getNotes(): string[][] {
    return this.cells((cell) => cell.note ?? '');
  }
  setNote(note: string | null): this {
    return this.update((cell) => {
      cell.note = note ? String(note) : undefined;
    });
  }
  setNotes(notes: Array<Array<string | null>>): this {
    const grid = this.checkGrid(notes, 'setNotes');
    return this.update((cell, r, c) => {
      const note = grid[r][c];
      cell.note = note ? textOf(note) : undefined;
    });
  }
  clearNote(): this {
    return this.setNote(null);
  }

  // ---- data validation ------------------------------------------------------------------------
  getDataValidation(): DataValidationFacade | null {
    return this.getDataValidations()[0][0];
  }
  getDataValidations(): Array<Array<DataValidationFacade | null>> {
    return this.cells((cell) => (cell.validation ? new DataValidationFacade(this.ctx, cell.validation) : null));
  }
  setDataValidation(rule: GasDataValidation | null): this {
    const spec = rule === null ? undefined : DataValidationFacade.specOf(rule);
    return this.update((cell) => {
      cell.validation = spec && structuredClone(spec);
    });
  }
  setDataValidations(rules: Array<Array<GasDataValidation | null>>): this {
    const grid = this.checkGrid(rules, 'setDataValidations');
    return this.update((cell, r, c) => {
      const rule = grid[r][c];
      cell.validation = rule === null || rule === undefined ? undefined : DataValidationFacade.specOf(rule);
    });
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  clearFormat(): this {
    return this.update((cell) => {
      cell.numberFormat = undefined;
      cell.style = undefined;
    });
  }
}
