// Every write to a shared spreadsheet happens under the document lock, so two editors acting
// at once (two interviewers submitting, two budgets created) both land, one after the other.
const LOCK_WAIT_MS = 20_000;

/** Whether this execution holds the document lock (top-level state is per execution in Apps Script). */
let holding = false;

/** Runs write under the document lock, taking it unless this execution holds it already. */
export function withDocumentLockHeld<T>(write: () => T): T {
  return holding ? write() : withDocumentLock(write);
}

export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Another editor is changing this spreadsheet right now. Nothing was written; please try again in a moment.');
  }
  holding = true;
  try {
    const result = write();
    SpreadsheetApp.flush(); // commit before others may write
    return result;
  } finally {
    holding = false;
    lock.releaseLock();
  }
}
