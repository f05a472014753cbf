// Named ranges: stored on the workbook, mirrored into HyperFormula as named expressions.

import type { RangeArg } from './host-types';
import type { EmulatorContext } from './context';
import { RangeFacade, toRangeRef } from './range';

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,249}$/;

/** Sheets' naming rule: letters, digits, underscores; not TRUE/FALSE; not a cell reference. */
export function assertValidRangeName(name: string): void {
  const upper = name.toUpperCase();
  if (!VALID_NAME.test(name) || upper === 'TRUE' || upper === 'FALSE' || /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name)) {
    throw new Error(
      `Invalid name: ${name}. Range names must start with a letter or underscore and contain only letters, numbers and underscores.`,
    );
  }
}

export class NamedRangeFacade {
  static readonly apiName = 'NamedRange';
  readonly #ctx: EmulatorContext;
  #name: string;

  constructor(ctx: EmulatorContext, name: string) {
    this.#ctx = ctx;
    this.#name = name;
  }

  getName(): string {
    return this.#name;
  }
  getRange(): RangeFacade {
    const ref = this.#ctx.workbook.namedRanges.get(this.#name);
    if (!ref) throw new Error(`The named range ${this.#name} has been removed.`);
    return new RangeFacade(this.#ctx, ref.sheetId, ref);
  }
  setName(name: string): this {
    assertValidRangeName(name);
    const ref = this.getRange();
    this.#ctx.workbook.removeNamedRange(this.#name);
    this.#ctx.workbook.setNamedRange(name, toRangeRef(ref));
    this.#name = name;
    return this;
  }
  setRange(range: RangeArg): this {
    this.#ctx.workbook.setNamedRange(this.#name, toRangeRef(range));
    return this;
  }
  remove(): void {
    this.#ctx.workbook.removeNamedRange(this.#name);
  }
}
