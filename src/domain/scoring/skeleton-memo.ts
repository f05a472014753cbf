// A name's skeleton (name-skeleton.ts), each distinct text computed once per execution: an
// action compares one name with every name of a column, and the same names come back (every
// scorecard row repeats its candidate's name, the seal store is keyed by the same skeletons).
// Apps Script starts each execution with a fresh global scope, so the memo lives one execution;
// it is bounded all the same (a long test run shares one scope).
import { nameSkeleton } from './name-skeleton';

const MEMO_LIMIT = 20_000;
let memo: Map<string, string> | undefined;

/** nameSkeleton(name), remembered. */
export function skeletonOf(name: string): string {
  memo ??= new Map();
  let skeleton = memo.get(name);
  if (skeleton === undefined) {
    skeleton = nameSkeleton(name);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, skeleton);
  }
  return skeleton;
}
