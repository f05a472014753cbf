// Range and sheet protections, recorded on the sheet model (the emulator does not block edits).

import type { RangeArg, UserArg } from './host-types';
import type { ProtectionSpec, RangeRef } from '../formulas/sheet-model';
import { currentUser, type EmulatorContext } from './context';
import { enumOf } from './criteria';
import { mayEdit } from './protected-writes';
import { RangeFacade, toRangeRef } from './range';
import { UserFacade } from './session';

export const ProtectionType = enumOf(['RANGE', 'SHEET'] as const);

type GasUser = UserArg;

/** Sheet.protect() returns the sheet's existing protection when there is one, as in Sheets. */
export function createProtection(ctx: EmulatorContext, sheetId: number, type: 'RANGE' | 'SHEET', range: RangeRef | null): ProtectionFacade {
  const sheet = ctx.workbook.sheet(sheetId);
  if (type === 'SHEET') {
    const existing = sheet.protections.find((p) => p.type === 'SHEET');
    if (existing) return new ProtectionFacade(ctx, sheetId, existing.id);
  }
  const spec: ProtectionSpec = {
    id: ctx.workbook.nextObjectId(),
    type,
    range,
    description: '',
    warningOnly: false,
    editors: [currentUser(ctx)],
    domainEdit: false,
    unprotected: [],
    rangeName: null,
  };
  sheet.protections.push(spec);
  ctx.workbook.touch('objects', sheetId);
  return new ProtectionFacade(ctx, sheetId, spec.id);
}

export class ProtectionFacade {
  static readonly apiName = 'Protection';
  readonly #ctx: EmulatorContext;
  readonly #sheetId: number;
  readonly #id: number;

  constructor(ctx: EmulatorContext, sheetId: number, id: number) {
    this.#ctx = ctx;
    this.#sheetId = sheetId;
    this.#id = id;
  }

  #spec(): ProtectionSpec {
    const spec = this.#ctx.workbook.sheet(this.#sheetId).protections.find((p) => p.id === this.#id);
    if (!spec) throw new Error('The protection has been removed.');
    return spec;
  }

  #change(change: (spec: ProtectionSpec) => void): this {
    change(this.#spec());
    this.#ctx.workbook.touch('objects', this.#sheetId);
    return this;
  }

  addEditor(emailAddress: string | GasUser): this {
    return this.addEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }
  addEditors(emailAddresses: string[]): this {
    return this.#change((spec) => {
      for (const email of emailAddresses) if (!spec.editors.includes(email)) spec.editors.push(email);
    });
  }
  removeEditor(emailAddress: string | GasUser): this {
    return this.removeEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }
  removeEditors(emailAddresses: Array<string | GasUser>): this {
    const emails = emailAddresses.map((e) => (typeof e === 'string' ? e : e.getEmail()));
    return this.#change((spec) => {
      spec.editors = spec.editors.filter((e) => !emails.includes(e));
    });
  }
  /** A warning-only protection has no editors (gas-fakes test/testsheets.js:2910-2916). */
  getEditors(): UserFacade[] {
    const spec = this.#spec();
    return spec.warningOnly ? [] : spec.editors.map((email) => new UserFacade(email));
  }
  /** Whether the user running the script may edit what it protects (protected-writes.ts). */
  canEdit(): boolean {
    return mayEdit(this.#spec(), currentUser(this.#ctx));
  }
  canDomainEdit(): boolean {
    return this.#spec().domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    return this.#change((spec) => {
      spec.domainEdit = Boolean(editable);
    });
  }
  getDescription(): string {
    return this.#spec().description;
  }
  setDescription(description: string): this {
    return this.#change((spec) => {
      spec.description = String(description);
    });
  }
  isWarningOnly(): boolean {
    return this.#spec().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    return this.#change((spec) => {
      spec.warningOnly = Boolean(warningOnly);
    });
  }
  getProtectionType(): string {
    return this.#spec().type;
  }
  getRange(): RangeFacade {
    const spec = this.#spec();
    const sheet = this.#ctx.workbook.sheet(this.#sheetId);
    // A sheet protection's range is the whole sheet, with no A1 notation (gas-fakes test/testsheetspermissions.js:45-47).
    if (!spec.range)
      return new RangeFacade(
        this.#ctx,
        this.#sheetId,
        { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns },
        { whole: 'sheet' },
      );
    return new RangeFacade(this.#ctx, spec.range.sheetId, spec.range);
  }
  setRange(range: RangeArg): this {
    const ref = toRangeRef(range);
    return this.#change((spec) => {
      spec.range = ref;
    });
  }
  getRangeName(): string | null {
    return this.#spec().rangeName;
  }
  setRangeName(rangeName: string): this {
    const ref = this.#ctx.workbook.namedRanges.get(rangeName);
    if (!ref) throw new Error(`Range not found: ${rangeName}`);
    return this.#change((spec) => {
      spec.rangeName = rangeName;
      spec.range = { ...ref };
    });
  }
  /** As setRangeName, given the NamedRange (gas-fakes test/testsheets.js:2962-2965). */
  setNamedRange(namedRange: { getName(): string }): this {
    return this.setRangeName(namedRange.getName());
  }
  getUnprotectedRanges(): RangeFacade[] {
    const spec = this.#spec();
    if (spec.warningOnly && this.#ctx.behaviour.unprotectedRangesWhenWarningOnly === 'dropped') return [];
    return spec.unprotected.map((ref) => new RangeFacade(this.#ctx, ref.sheetId, ref));
  }
  setUnprotectedRanges(ranges: RangeArg[]): this {
    const refs = ranges.map(toRangeRef);
    return this.#change((spec) => {
      spec.unprotected = refs;
    });
  }
  remove(): void {
    const sheet = this.#ctx.workbook.sheet(this.#sheetId);
    sheet.protections = sheet.protections.filter((p) => p.id !== this.#id);
    this.#ctx.workbook.touch('objects', this.#sheetId);
  }
}
