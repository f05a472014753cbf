// How an estimate sits against the project type's typical cost, in the words the sidebar and the
// budget sheet both show. The sheet builds the same sentence with a formula
// (src/sheets/budget/formulas.ts, typicalTextFormula), so the rounding here is Sheets' ROUND.

/** ROUND(x, 0) as Sheets does it: halves away from zero. */
export const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

/** What a percentage above an open-ended top adds: the top is the listed figure, not a ceiling. */
export const OPEN_TOP_NOTE = ', whose top the source leaves open-ended (no ceiling)';

/**
 * "38% above the typical MVP range", "12% below …", or "within the typical MVP range"; above a top
 * the source wrote as open-ended ("400,000+") it says so, since that top is not a ceiling.
 */
export function typicalRangeText(amount: number, range: { low: number; high: number; openEnded?: boolean }, label: string): string {
  let where: string;
  if (amount > range.high) where = range.high > 0 ? `${roundHalfAway(((amount - range.high) / range.high) * 100)}% above` : 'above';
  else if (amount < range.low) where = `${roundHalfAway(((range.low - amount) / range.low) * 100)}% below`;
  else where = 'within';
  const open = amount > range.high && range.openEnded ? OPEN_TOP_NOTE : '';
  return `${where} the typical ${label} range${open}`;
}
