// The look shared by the tracker's sheets: headers, column widths, number formats, colour tones.
import type { Column } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const HEADER_BACKGROUND = '#e8eaed';

/** Background and text colour per tone; the same four tones colour scores, flags and verdicts. */
export const TONES = {
  go: { background: '#d9ead3', font: '#274e13' },
  strongGo: { background: '#b6d7a8', font: '#274e13' },
  caution: { background: '#fff2cc', font: '#7f6000' },
  mildStop: { background: '#fce5cd', font: '#783f04' },
  stop: { background: '#f4cccc', font: '#990000' },
  waiting: { background: '#efefef', font: '#666666' },
} as const;
export type Tone = keyof typeof TONES;

/** Header row: values, notes, bold on grey, wrapped; frozen with the first column. */
export function writeHeader(sheet: Sheet, columns: readonly Column[], frozenColumns: number): void {
  sheet
    .getRange(1, 1, 1, columns.length)
    .setValues([columns.map((c) => c.header)])
    .setNotes([columns.map((c) => c.note ?? '')])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment('top');
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(frozenColumns);
}

/** One call per run of equal widths rather than one per column. */
export function setColumnWidths(sheet: Sheet, widths: readonly number[], firstColumn = 1): void {
  for (const run of runs(widths)) sheet.setColumnWidths(firstColumn + run.start, run.length, run.value);
}

/** Number formats of the columns below the header, one call per run of equal formats. */
export function setNumberFormats(sheet: Sheet, columns: readonly Column[], rows: number): void {
  for (const run of runs(columns.map((c) => c.numberFormat ?? ''))) {
    if (run.value) sheet.getRange(2, 1 + run.start, rows, run.length).setNumberFormat(run.value);
  }
}

/** Protects computed cells with a warning: a person may still edit, knowingly. */
export function protectFormulas(range: Range, description: string): void {
  range.protect().setDescription(description).setWarningOnly(true);
}

export function colourRule(builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, tone: Tone, ranges: Range[]) {
  return builder.setBackground(TONES[tone].background).setFontColor(TONES[tone].font).setRanges(ranges).build();
}

function runs<T>(values: readonly T[]): { start: number; length: number; value: T }[] {
  const out: { start: number; length: number; value: T }[] = [];
  values.forEach((value, i) => {
    const last = out.at(-1);
    if (last && last.value === value) last.length++;
    else out.push({ start: i, length: 1, value });
  });
  return out;
}
