// The named range a "Rate Card" sheet registers. Templates created while it exists pass it to
// their DevRate formulas as the ratecard argument, so editing the card recomputes them.
export const RATE_CARD_RANGE_NAME = 'DevRateCard';

/** The formula argument for templates: the named range if the spreadsheet has a card, else none. */
export function rateCardArgument(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string | undefined {
  return spreadsheet.getRangeByName(RATE_CARD_RANGE_NAME) ? RATE_CARD_RANGE_NAME : undefined;
}
