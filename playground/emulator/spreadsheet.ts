// Spreadsheet: sheets, named ranges, protections, toasts.

import type { ProtectionTypeArg, RangeArg, SheetArg } from './host-types';
import type { EmulatorContext } from './context';
import { NamedRangeFacade, assertValidRangeName } from './named-range';
import { ProtectionFacade } from './protection';
import { RangeFacade, toRangeRef } from './range';
import { SheetFacade } from './sheet';

type GasSheet = SheetArg;
type InsertOptions = { template?: GasSheet | undefined };

export class SpreadsheetFacade {
  static readonly apiName = 'Spreadsheet';
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  #active(): SheetFacade {
    return new SheetFacade(this.#ctx, this.#ctx.workbook.activeSheetId);
  }

  getId(): string {
    return this.#ctx.workbook.id;
  }
  getName(): string {
    return this.#ctx.workbook.name;
  }
  rename(newName: string): void {
    this.#ctx.workbook.name = String(newName);
    this.#ctx.workbook.touch('properties');
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#ctx.workbook.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.#ctx.workbook.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.#ctx.workbook.timeZone = timezone;
    this.#ctx.workbook.touch('properties');
  }
  getSpreadsheetLocale(): string {
    return this.#ctx.settings.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.#ctx.settings.locale = String(locale);
    this.#ctx.workbook.touch('properties');
  }

  // ---- sheets ---------------------------------------------------------------------------------
  getSheets(): SheetFacade[] {
    return this.#ctx.workbook.sheets.map((s) => new SheetFacade(this.#ctx, s.id));
  }
  getNumSheets(): number {
    return this.#ctx.workbook.sheets.length;
  }
  getSheetByName(name: string): SheetFacade | null {
    const sheet = this.#ctx.workbook.sheetByName(String(name));
    if (sheet && this.#ctx.behaviour.sheetNameLookup === 'exact-case' && sheet.name !== String(name)) return null;
    return sheet ? new SheetFacade(this.#ctx, sheet.id) : null;
  }
  getSheetById(id: number): SheetFacade | null {
    return this.#ctx.workbook.findSheet(id) ? new SheetFacade(this.#ctx, id) : null;
  }
  /** insertSheet([name], [index], [{template}]): index is 0-based; the new sheet becomes active. */
  insertSheet(
    nameOrIndexOrOptions?: string | number | InsertOptions,
    indexOrOptions?: number | InsertOptions,
    options?: InsertOptions,
  ): SheetFacade {
    const args = [nameOrIndexOrOptions, indexOrOptions, options].filter((a) => a !== undefined);
    const name = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : undefined;
    const template = (args[0] as InsertOptions | undefined)?.template;
    const sheet = this.#ctx.workbook.insertSheet(name, index);
    if (template) copySheetContents(this.#ctx, SheetFacade.idOf(template), sheet.id);
    this.#ctx.workbook.activeSheetId = sheet.id;
    return new SheetFacade(this.#ctx, sheet.id);
  }
  deleteSheet(sheet: GasSheet): void {
    const id = SheetFacade.idOf(sheet);
    const names = [...this.#ctx.workbook.namedRanges].filter(([, ref]) => ref.sheetId === id).map(([name]) => name);
    this.#ctx.workbook.deleteSheet(id);
    if (this.#ctx.behaviour.namedRangesOfDeletedSheet === 'kept') for (const name of names) this.#ctx.brokenNamedRanges.add(name);
  }
  getActiveSheet(): SheetFacade {
    return this.#active();
  }
  setActiveSheet(sheet: GasSheet, _restoreSelection?: boolean): SheetFacade {
    return new SheetFacade(this.#ctx, SheetFacade.idOf(sheet)).activate();
  }
  renameActiveSheet(newName: string): void {
    this.#active().setName(newName);
  }
  moveActiveSheet(pos: number): void {
    this.#ctx.workbook.moveSheet(this.#ctx.workbook.activeSheetId, pos - 1);
  }
  getActiveRange(): RangeFacade | null {
    return this.#active().getActiveRange();
  }
  setActiveRange(range: RangeArg): RangeFacade {
    const ref = toRangeRef(range);
    return new RangeFacade(this.#ctx, ref.sheetId, ref).activate();
  }

  // ---- ranges on the active sheet, or "Sheet!A1" ----------------------------------------------
  getRange(a1Notation: string): RangeFacade {
    return this.#active().getRange(a1Notation);
  }
  getDataRange(): RangeFacade {
    return this.#active().getDataRange();
  }
  getLastRow(): number {
    return this.#active().getLastRow();
  }
  getLastColumn(): number {
    return this.#active().getLastColumn();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    return this.#active().getSheetValues(startRow, startColumn, numRows, numColumns);
  }
  appendRow(rowContents: unknown[]): SheetFacade {
    return this.#active().appendRow(rowContents);
  }
  setFrozenRows(rows: number): void {
    this.#active().setFrozenRows(rows);
  }
  getFrozenRows(): number {
    return this.#active().getFrozenRows();
  }

  // ---- named ranges ---------------------------------------------------------------------------
  getRangeByName(name: string): RangeFacade | null {
    const ref = this.#ctx.workbook.namedRanges.get(String(name));
    return ref ? new RangeFacade(this.#ctx, ref.sheetId, ref) : null;
  }
  setNamedRange(name: string, range: RangeArg): void {
    assertValidRangeName(String(name));
    this.#ctx.workbook.setNamedRange(String(name), toRangeRef(range));
  }
  getNamedRanges(): NamedRangeFacade[] {
    const names = [...this.#ctx.workbook.namedRanges.keys(), ...this.#ctx.brokenNamedRanges];
    return names.map((name) => new NamedRangeFacade(this.#ctx, name));
  }
  removeNamedRange(name: string): void {
    this.#ctx.brokenNamedRanges.delete(String(name));
    this.#ctx.workbook.removeNamedRange(String(name));
  }

  // ---- protections and messages ---------------------------------------------------------------
  getProtections(type: ProtectionTypeArg): ProtectionFacade[] {
    return this.getSheets().flatMap((sheet) => sheet.getProtections(type));
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.#ctx.ui.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
    this.#ctx.ui.changed();
  }
}

function copySheetContents(ctx: EmulatorContext, fromId: number, toId: number): void {
  const from = ctx.workbook.sheet(fromId);
  const to = ctx.workbook.sheet(toId);
  for (const [row, col, cell] of from.entries()) {
    const copy = structuredClone(cell);
    to.updateCell(row, col, (target) => Object.assign(target, { ...copy, value: undefined, formula: undefined }));
    if (copy.formula !== undefined || copy.value !== undefined)
      ctx.workbook.enterInput(toId, row, col, copy.formula ?? (typeof copy.value === 'string' ? `'${copy.value}` : copy.value));
  }
  Object.assign(to, { frozenRows: from.frozenRows, frozenColumns: from.frozenColumns, columnWidths: { ...from.columnWidths } });
  ctx.workbook.touch('sheets', toId);
}
