// Who is calling, as name-binding.ts needs it: the temporary user key and the account's own store.
import type { Caller } from './name-binding';

export function currentCaller(): Caller {
  return {
    key: Session.getTemporaryActiveUserKey(),
    user: PropertiesService.getUserProperties(),
    newToken: () => Utilities.getUuid(),
  };
}

/** yyyy-mm-dd hh:mm in the spreadsheet's time zone, as the reveal is recorded. */
export function nowText(): string {
  return Utilities.formatDate(new Date(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
}
