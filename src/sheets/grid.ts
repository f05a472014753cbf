// A sheet planned in memory: values and formulas, number formats, looks, validations and which
// cells are inputs. Writers lay a whole plan down with one call per property (see sheet-writer.ts),
// so the number of service calls does not grow with the team or the text.
import { asText } from './cell-text';
import { a1 as cellA1 } from './a1';

export type CellInput = string | number | boolean;

/** A data validation, described without Apps Script objects so layouts stay pure and testable. */
export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; help: string }
  | { kind: 'number'; min: number; max: number; help: string }
  | { kind: 'date'; help: string }
  | { kind: 'checkbox' };

/** How a cell looks: one word per role, so every sheet reads the same (the title's size is set apart). */
export type Tone = 'plain' | 'title' | 'section' | 'header' | 'input' | 'total' | 'note';

export const LOOK: Record<Tone, { bold: boolean; color: string; background: string; wrap?: boolean }> = {
  plain: { bold: false, color: '#202124', background: '#ffffff' },
  title: { bold: true, color: '#202124', background: '#ffffff' },
  section: { bold: true, color: '#174ea6', background: '#e8f0fe' },
  header: { bold: true, color: '#202124', background: '#f1f3f4', wrap: true },
  input: { bold: false, color: '#202124', background: '#fff8e1' },
  total: { bold: true, color: '#202124', background: '#ffffff' },
  note: { bold: false, color: '#5f6368', background: '#ffffff' },
};

export const FORMATS = {
  general: 'General',
  usd: '$#,##0',
  usdCents: '$#,##0.00',
  percent: '0%',
  number: '#,##0',
  decimal: '0.0',
  twoDecimals: '#,##0.00',
  factor: '0.00',
} as const;

/**
 * How Apps Script reads back a cell in the automatic ("General") format: getNumberFormat() gives
 * this pattern, not "General" (recorded against live Sheets by gas-fakes, test/testsheets.js:2125-2136).
 * Whether writing that pattern back equals General is not recorded, so copies of read formats
 * write General, which is.
 */
export const AUTOMATIC_FORMAT_READS_AS = '0.###############';

/** A number format read from a cell, as the format to write for the same look (automatic stays automatic). */
export const formatToWrite = (read: string): string => (read === AUTOMATIC_FORMAT_READS_AS ? FORMATS.general : read);

interface Cell {
  value: CellInput;
  format: string;
  tone: Tone;
  validation: ValidationSpec | null;
}

export interface CellOptions {
  format?: string;
  tone?: Tone;
  validation?: ValidationSpec;
}

/** "$B$7" (the budget's formulas refer absolutely), or "B7" when relative. */
export const a1 = (row: number, col: number, absolute = true): string => cellA1(row, col, absolute);
export const a1Range = (row: number, col: number, rows: number, cols: number, absolute = true): string =>
  `${a1(row, col, absolute)}:${a1(row + rows - 1, col + cols - 1, absolute)}`;

export class SheetGrid {
  private readonly cells = new Map<string, Cell>();
  private readonly inputs: { row: number; col: number; rows: number; cols: number }[] = [];
  private readonly tonedRows = new Map<number, Tone>();
  height = 0;

  constructor(readonly width: number) {}

  set(row: number, col: number, value: CellInput, options: CellOptions = {}): string {
    if (col < 1 || col > this.width) throw new Error(`Column ${col} is outside this ${this.width}-column sheet plan.`);
    this.cells.set(`${row}:${col}`, {
      value,
      format: options.format ?? FORMATS.general,
      tone: options.tone ?? 'plain',
      validation: options.validation ?? null,
    });
    this.height = Math.max(this.height, row);
    return a1(row, col);
  }

  /** Text that must stay text whatever it starts with (user input, labels, notes). */
  text(row: number, col: number, text: string, options: CellOptions = {}): string {
    return this.set(row, col, text === '' ? '' : asText(text), options);
  }

  formula(row: number, col: number, formula: string, options: CellOptions = {}): string {
    if (!formula.startsWith('=')) throw new Error(`A formula starts with "=": ${formula}`);
    return this.set(row, col, formula, options);
  }

  /** A value: strings as text (never a formula), numbers and booleans as they are. */
  put(row: number, col: number, value: CellInput, options: CellOptions = {}): string {
    return typeof value === 'string' ? this.text(row, col, value, options) : this.set(row, col, value, options);
  }

  /** An input a collaborator may change: yellow, validated, left unprotected. */
  input(row: number, col: number, value: CellInput, options: CellOptions = {}): string {
    this.markInput(row, col, 1, 1);
    return this.put(row, col, value, { ...options, tone: 'input' });
  }

  /** Registers a block as inputs (unprotected) without writing it. */
  markInput(row: number, col: number, rows: number, cols: number): string {
    this.inputs.push({ row, col, rows, cols });
    return a1Range(row, col, rows, cols);
  }

  /** Whether anything was written at a cell. */
  has(row: number, col: number): boolean {
    const value = this.cells.get(`${row}:${col}`)?.value;
    return value !== undefined && value !== '';
  }

  /** Whether a formula was written at a cell. */
  isFormula(row: number, col: number): boolean {
    const value = this.cells.get(`${row}:${col}`)?.value;
    return typeof value === 'string' && value.startsWith('=');
  }

  /** The text written at a cell with text() (not a formula, number or input), as the cell shows it. */
  labelAt(row: number, col: number): string | undefined {
    const value = this.cells.get(`${row}:${col}`)?.value;
    return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : undefined;
  }

  /** Paints a whole row (section bars, headers) across the plan's width. */
  toneRow(row: number, tone: Tone): void {
    this.tonedRows.set(row, tone);
    this.height = Math.max(this.height, row);
  }

  /**
   * A1 ranges of every input, with cells stacked in one column merged into one block, so a
   * sheet's protection lists a few ranges however many deliverables or rows it has.
   */
  inputRanges(): string[] {
    const sorted = [...this.inputs].sort((a, b) => a.col - b.col || a.row - b.row);
    const merged: typeof sorted = [];
    for (const r of sorted) {
      const last = merged.length ? merged[merged.length - 1] : undefined;
      if (last && last.col === r.col && last.cols === r.cols && last.row + last.rows === r.row) last.rows += r.rows;
      else merged.push({ ...r });
    }
    return merged.map((r) => (r.rows === 1 && r.cols === 1 ? a1(r.row, r.col, false) : a1Range(r.row, r.col, r.rows, r.cols, false)));
  }

  /** The plan as rectangles, one per property, for one-call-each writes. */
  matrices() {
    const blank: Cell = { value: '', format: FORMATS.general, tone: 'plain', validation: null };
    const map = <T>(f: (cell: Cell, look: (typeof LOOK)[Tone]) => T): T[][] =>
      Array.from({ length: this.height }, (_, r) =>
        Array.from({ length: this.width }, (_, c) => {
          const cell = this.cells.get(`${r + 1}:${c + 1}`) ?? blank;
          const tone = cell.tone === 'plain' ? (this.tonedRows.get(r + 1) ?? 'plain') : cell.tone;
          return f(cell, LOOK[tone]);
        }),
      );
    return {
      values: map((c) => c.value),
      formats: map((c) => c.format),
      weights: map((_, look) => (look.bold ? 'bold' : 'normal')),
      colors: map((_, look) => look.color),
      backgrounds: map((_, look) => look.background),
      wraps: map((_, look) => look.wrap ?? false),
      validations: map((c) => c.validation),
    };
  }
}
