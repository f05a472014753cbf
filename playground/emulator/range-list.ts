// RangeList: ranges of one sheet fetched together (Sheet.getRangeList). Only getRanges so far.

import { RangeFacade } from './range';

export class RangeListFacade {
  static readonly apiName = 'RangeList';
  readonly #ranges: RangeFacade[];

  constructor(ranges: RangeFacade[]) {
    this.#ranges = ranges;
  }

  /** In the order of the A1 notations given to getRangeList. */
  getRanges(): RangeFacade[] {
    return [...this.#ranges];
  }
}
