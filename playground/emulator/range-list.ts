// RangeList: ranges of one sheet fetched together (Sheet.getRangeList). Each setter applies to
// every range, as gas-fakes records against live Sheets (test/testsheetsexotics.js:47-220).

import { RangeFacade } from './range';

type HAlign = Parameters<RangeFacade['setHorizontalAlignment']>[0];
type VAlign = Parameters<RangeFacade['setVerticalAlignment']>[0];
type ClearOptions = Parameters<RangeFacade['clear']>[0];

export class RangeListFacade {
  static readonly apiName = 'RangeList';
  readonly #ranges: RangeFacade[];

  constructor(ranges: RangeFacade[]) {
    this.#ranges = ranges;
  }

  #each(change: (range: RangeFacade) => unknown): this {
    for (const range of this.#ranges) change(range);
    return this;
  }

  /** In the order of the A1 notations given to getRangeList. */
  getRanges(): RangeFacade[] {
    return [...this.#ranges];
  }
  setValue(value: unknown): this {
    return this.#each((r) => r.setValue(value));
  }
  setFormula(formula: string): this {
    return this.#each((r) => r.setFormula(formula));
  }
  setNumberFormat(format: string): this {
    return this.#each((r) => r.setNumberFormat(format));
  }
  setBackground(color: string | null): this {
    return this.#each((r) => r.setBackground(color));
  }
  setFontColor(color: string | null): this {
    return this.#each((r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.#each((r) => r.setFontWeight(fontWeight));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.#each((r) => r.setFontStyle(fontStyle));
  }
  setFontSize(size: number): this {
    return this.#each((r) => r.setFontSize(size));
  }
  setFontFamily(fontFamily: string | null): this {
    return this.#each((r) => r.setFontFamily(fontFamily));
  }
  setHorizontalAlignment(alignment: HAlign): this {
    return this.#each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: VAlign): this {
    return this.#each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.#each((r) => r.setWrap(isWrapEnabled));
  }
  setNote(note: string | null): this {
    return this.#each((r) => r.setNote(note));
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this.#each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }
  removeCheckboxes(): this {
    return this.#each((r) => r.removeCheckboxes());
  }
  check(): this {
    return this.#each((r) => r.check());
  }
  uncheck(): this {
    return this.#each((r) => r.uncheck());
  }
  clear(options?: ClearOptions): this {
    return this.#each((r) => r.clear(options));
  }
  clearContent(): this {
    return this.#each((r) => r.clearContent());
  }
  clearFormat(): this {
    return this.#each((r) => r.clearFormat());
  }
  clearNote(): this {
    return this.#each((r) => r.clearNote());
  }
  clearDataValidations(): this {
    return this.#each((r) => r.clearDataValidations());
  }
  breakApart(): this {
    return this.#each((r) => r.breakApart());
  }
}
