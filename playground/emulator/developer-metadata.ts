// Developer metadata: key/value pairs on a whole row or column, a sheet, or the spreadsheet.
// "If developer metadata is associated with row 5 and another row is then inserted above row 5,
// that original metadata will still be associated with the row it was first associated with (what
// is now row 6). If the associated object is deleted its metadata is deleted too."
// (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata)
// A dimension location "must represent a single row or column" (DeveloperMetadataLocation,
// dimensionRange, Sheets API reference). structure.ts moves row/column metadata with each edit.

import type { DeveloperMetadataSpec } from '../formulas/sheet-model';
import type { EmulatorContext } from './context';
import { enumOf } from './criteria';
import { RangeFacade } from './range';
import { SheetFacade } from './sheet';
import { SpreadsheetFacade } from './spreadsheet';

export const DeveloperMetadataVisibility = enumOf(['DOCUMENT', 'PROJECT'] as const);
export const DeveloperMetadataLocationType = enumOf(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'] as const);

type Location = DeveloperMetadataSpec['location'];
/** Where a metadata record lives: on a sheet (sheetId) or on the spreadsheet (null). */
interface Placed {
  sheetId: number | null;
  spec: DeveloperMetadataSpec;
}

function allMetadata(ctx: EmulatorContext): Placed[] {
  return [
    ...ctx.workbook.developerMetadata.map((spec) => ({ sheetId: null, spec })),
    ...ctx.workbook.sheets.flatMap((sheet) => sheet.developerMetadata.map((spec) => ({ sheetId: sheet.id, spec }))),
  ];
}

/** One metadata and where it is, found without listing them all (each getter of each tag asks). */
function placedById(ctx: EmulatorContext, id: number): Placed | undefined {
  for (const spec of ctx.workbook.developerMetadata) if (spec.id === id) return { sheetId: null, spec };
  for (const sheet of ctx.workbook.sheets)
    for (const spec of sheet.developerMetadata) if (spec.id === id) return { sheetId: sheet.id, spec };
  return undefined;
}

function listOf(ctx: EmulatorContext, sheetId: number | null): DeveloperMetadataSpec[] {
  return sheetId === null ? ctx.workbook.developerMetadata : ctx.workbook.sheet(sheetId).developerMetadata;
}

/** addDeveloperMetadata(key, [value], [visibility]) on a location. */
export function addMetadata(ctx: EmulatorContext, sheetId: number | null, location: Location, args: unknown[]): void {
  const [key, ...rest] = args;
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  const visibility = rest.find((a): a is 'DOCUMENT' | 'PROJECT' => a === 'DOCUMENT' || a === 'PROJECT');
  const value = rest.find((a): a is string => typeof a === 'string' && a !== visibility);
  listOf(ctx, sheetId).push({
    id: ctx.workbook.nextObjectId(),
    key,
    value: value ?? null,
    visibility: visibility ?? 'DOCUMENT',
    location,
  });
  ctx.workbook.touch('objects', sheetId ?? undefined);
}

/**
 * Range.addDeveloperMetadata: only on a range written as whole rows or whole columns in A1
 * (getRange('3:3'), getRange('C:C')), as Google's own sample does. Anything else, even
 * getRange(3, 1, 1, maxColumns) that spans a whole row, is refused with the message gas-fakes
 * records from live Apps Script (brucemcpherson/gas-fakes test/testsheetsdeveloper.js:110,
 * "Should throw error for partial row arbitrary range"). That the row spanned by numbers is
 * refused too is a belief: see README.md.
 */
/** Whole rows or columns as a metadata location takes them; the whole sheet is not one. */
const lineOf = (range: RangeFacade) => (range.open.whole === 'sheet' ? undefined : range.open.whole);

export function locationOfRange(
  rect: { row: number; col: number; numRows: number; numCols: number },
  whole: 'rows' | 'columns' | undefined,
): Location[] {
  if (whole === 'columns') return Array.from({ length: rect.numCols }, (_, i) => ({ type: 'COLUMN' as const, index: rect.col + i }));
  if (whole === 'rows') return Array.from({ length: rect.numRows }, (_, i) => ({ type: 'ROW' as const, index: rect.row + i }));
  throw new Error(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
}

export class DeveloperMetadataFacade {
  static readonly apiName = 'DeveloperMetadata';
  readonly #ctx: EmulatorContext;
  readonly #id: number;

  constructor(ctx: EmulatorContext, id: number) {
    this.#ctx = ctx;
    this.#id = id;
  }

  #placed(): Placed {
    const found = placedById(this.#ctx, this.#id);
    if (!found) throw new Error('The developer metadata has been removed.');
    return found;
  }
  #changed(): void {
    this.#ctx.workbook.touch('objects');
  }
  #move(sheetId: number | null, location: Location): this {
    const { sheetId: from, spec } = this.#placed();
    const list = listOf(this.#ctx, from);
    list.splice(list.indexOf(spec), 1);
    listOf(this.#ctx, sheetId).push({ ...spec, location });
    this.#changed();
    return this;
  }

  getId(): number {
    return this.#id;
  }
  getKey(): string {
    return this.#placed().spec.key;
  }
  getValue(): string | null {
    return this.#placed().spec.value;
  }
  getVisibility(): string {
    return this.#placed().spec.visibility;
  }
  getLocation(): DeveloperMetadataLocationFacade {
    const { sheetId, spec } = this.#placed();
    return new DeveloperMetadataLocationFacade(this.#ctx, sheetId, spec.location);
  }
  setKey(key: string): this {
    this.#placed().spec.key = String(key);
    this.#changed();
    return this;
  }
  setValue(value: string): this {
    this.#placed().spec.value = String(value);
    this.#changed();
    return this;
  }
  setVisibility(visibility: unknown): this {
    this.#placed().spec.visibility = visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    this.#changed();
    return this;
  }
  moveToColumn(column: unknown): this {
    const ref = RangeFacade.refOf(column);
    const [location] = locationOfRange({ ...ref, numCols: 1 }, column instanceof RangeFacade ? lineOf(column) : undefined);
    return this.#move(ref.sheetId, location);
  }
  moveToRow(row: unknown): this {
    const ref = RangeFacade.refOf(row);
    const [location] = locationOfRange({ ...ref, numRows: 1 }, row instanceof RangeFacade ? lineOf(row) : undefined);
    return this.#move(ref.sheetId, location);
  }
  moveToSheet(sheet: unknown): this {
    return this.#move(SheetFacade.idOf(sheet), { type: 'SHEET' });
  }
  moveToSpreadsheet(): this {
    return this.#move(null, { type: 'SPREADSHEET' });
  }
  remove(): void {
    const { sheetId, spec } = this.#placed();
    const list = listOf(this.#ctx, sheetId);
    list.splice(list.indexOf(spec), 1);
    this.#changed();
  }
}

export class DeveloperMetadataLocationFacade {
  static readonly apiName = 'DeveloperMetadataLocation';
  readonly #ctx: EmulatorContext;
  readonly #sheetId: number | null;
  readonly #location: Location;

  constructor(ctx: EmulatorContext, sheetId: number | null, location: Location) {
    this.#ctx = ctx;
    this.#sheetId = sheetId;
    this.#location = location;
  }

  getLocationType(): string {
    return this.#location.type;
  }
  getColumn(): RangeFacade | null {
    if (this.#location.type !== 'COLUMN' || this.#sheetId === null) return null;
    const rows = this.#ctx.workbook.sheet(this.#sheetId).maxRows;
    return new RangeFacade(this.#ctx, this.#sheetId, { row: 1, col: this.#location.index, numRows: rows, numCols: 1 });
  }
  getRow(): RangeFacade | null {
    if (this.#location.type !== 'ROW' || this.#sheetId === null) return null;
    const columns = this.#ctx.workbook.sheet(this.#sheetId).maxColumns;
    return new RangeFacade(this.#ctx, this.#sheetId, { row: this.#location.index, col: 1, numRows: 1, numCols: columns });
  }
  getSheet(): SheetFacade | null {
    return this.#location.type === 'SHEET' && this.#sheetId !== null ? new SheetFacade(this.#ctx, this.#sheetId) : null;
  }
  getSpreadsheet(): SpreadsheetFacade | null {
    return this.#location.type === 'SPREADSHEET' ? new SpreadsheetFacade(this.#ctx) : null;
  }
}

/** The scope a finder searches: the spreadsheet, a sheet, or a range (rows/columns it covers). */
export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  | { kind: 'range'; sheetId: number; rect: { row: number; col: number; numRows: number; numCols: number } };

export class DeveloperMetadataFinderFacade {
  static readonly apiName = 'DeveloperMetadataFinder';
  readonly #ctx: EmulatorContext;
  readonly #scope: FinderScope;
  readonly #tests: ((p: Placed) => boolean)[] = [];
  #intersecting = false;

  constructor(ctx: EmulatorContext, scope: FinderScope) {
    this.#ctx = ctx;
    this.#scope = scope;
  }

  #with(test: (p: Placed) => boolean): this {
    this.#tests.push(test);
    return this;
  }
  withKey(key: string): this {
    return this.#with((p) => p.spec.key === key);
  }
  withValue(value: string): this {
    return this.#with((p) => p.spec.value === value);
  }
  withId(id: number): this {
    return this.#with((p) => p.spec.id === id);
  }
  withLocationType(locationType: unknown): this {
    return this.#with((p) => p.spec.location.type === locationType);
  }
  withVisibility(visibility: unknown): this {
    return this.#with((p) => p.spec.visibility === visibility);
  }
  /** Also metadata on rows/columns that intersect a range scope, not only those it exactly covers. */
  onIntersectingLocations(): this {
    this.#intersecting = true;
    return this;
  }
  find(): DeveloperMetadataFacade[] {
    return allMetadata(this.#ctx)
      .filter((p) => this.#inScope(p) && this.#tests.every((test) => test(p)))
      .map((p) => new DeveloperMetadataFacade(this.#ctx, p.spec.id));
  }

  #inScope({ sheetId, spec }: Placed): boolean {
    const scope = this.#scope;
    if (scope.kind === 'spreadsheet') return true;
    if (sheetId !== scope.sheetId) return false;
    if (scope.kind === 'sheet') return true;
    const { location } = spec;
    if (location.type !== 'ROW' && location.type !== 'COLUMN') return false;
    const sheet = this.#ctx.workbook.sheet(sheetId);
    const { rect } = scope;
    const [start, size, whole] =
      location.type === 'COLUMN'
        ? [rect.col, rect.numCols, rect.row === 1 && rect.numRows === sheet.maxRows]
        : [rect.row, rect.numRows, rect.col === 1 && rect.numCols === sheet.maxColumns];
    const inside = location.index >= start && location.index < start + size;
    return inside && (whole || this.#intersecting);
  }
}
