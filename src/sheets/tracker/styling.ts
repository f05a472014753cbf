// The look shared by the tracker's sheets: headers, number formats, colour tones.
// Every setter here covers a whole block, so a sheet costs the same calls whatever its size.
import { LOOK } from '../grid';
import { repeatRows } from '../sheet-writer';
import type { Column } from './column';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** Sheets' own "Automatic" format, for the cells of a block that have no format of their own. */
const NO_FORMAT = 'General';

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

/** A header row's look, the same as a planned grid's header (grid.ts): bold on grey, wrapped, top-aligned. */
export function markHeader(header: Range): Range {
  return header.setFontWeight('bold').setBackground(LOOK.header.background).setWrap(true).setVerticalAlignment('top');
}

/** Freezes the header row and the first columns; a new sheet freezes none, so 0 needs no call. */
export function freezeHeader(sheet: Sheet, frozenColumns: number): void {
  sheet.setFrozenRows(1);
  if (frozenColumns > 0) sheet.setFrozenColumns(frozenColumns);
}

/** Each column's number format on every row of a block below the header, for one setNumberFormats. */
export function columnFormats(columns: readonly Column[], rows: number): string[][] {
  return repeatRows(
    columns.map((c) => c.numberFormat ?? NO_FORMAT),
    rows,
  );
}

/** A condition of a colour rule, set on the rule builder, e.g. (b) => b.whenNumberLessThan(2). */
export type When = (builder: RuleBuilder) => RuleBuilder;

/**
 * Colour rules over the same ranges, in order. One builder makes them all: each when… replaces
 * the last condition and build() takes a copy, so a rule costs four builder calls, not six.
 */
export function colourRules(
  ranges: Range[],
  rules: readonly (readonly [When, Tone])[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const builder = SpreadsheetApp.newConditionalFormatRule().setRanges(ranges);
  return rules.map(([when, tone]) => when(builder).setBackground(TONES[tone].background).setFontColor(TONES[tone].font).build());
}
