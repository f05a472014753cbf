// What a self-test check is: one assumption DevRate makes about Google Sheets, exercised with the
// real services in a scratch sheet. Add an assumption by adding one entry to registry.ts.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Properties = GoogleAppsScript.Properties.Properties;

/** What a check may touch; everything it creates through here is undone afterwards. Its
 * functions are plain properties, so a check may destructure them. */
export interface Scratch {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A fresh, empty sheet for this check alone (deleted afterwards with all it holds). */
  readonly sheet: Sheet;
  /** Distinguishes this run's names and keys from anything a person made. */
  readonly stamp: string;
  /** Another scratch sheet, deleted afterwards unless the check deletes it itself. */
  readonly newSheet: (name: string) => Sheet;
  /** Sets a property and deletes it afterwards. */
  readonly setProperty: (store: Properties, key: string, value: string) => void;
  /** Runs after the check, even when it threw (latest first). */
  readonly afterwards: (undo: () => void) => void;
  /**
   * For a check that lets add-on code make what it makes (a template): notes the sheets, named
   * ranges, developer metadata and document properties as they are now; afterwards, the sheets,
   * named ranges and metadata added since are removed and the document properties put back.
   */
  readonly leaveAsFound: () => void;
}

/** A check Apps Script cannot observe (conditional formats): a sample a person looks at. */
export interface Look {
  /** Set up the sample in the report's sample cell. */
  draw(cell: Range): void;
  /** How to read the sample, e.g. "PASS if the sample is not red". */
  instruction: string;
}

/** Neither passed nor failed: the row did not run here, or needs a second run to compare with. */
export type Pending = 'real Sheets only' | 'run again';

export type CheckOutcome = { observed: string; pass: boolean } | { observed: string; look: Look } | { observed: string; pending: Pending };

export interface SelfTestCheck {
  /** Stable id, cited by playground/emulator/README.md. */
  id: string;
  /** What DevRate (and the emulator) assume Sheets does. */
  assumption: string;
  /**
   * 'real Sheets only': a belief the emulator cannot model (so no behaviour switch can fail it
   * there); in the emulator the row reports that it did not run. Otherwise the row runs in both.
   */
  where?: 'real Sheets only';
  run(scratch: Scratch): CheckOutcome;
}

/** Text for the report: strings quoted, arrays listed. */
export function show(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return `a date (${(value as Date).toString()})`; // a Date of another realm fails instanceof
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Whatever a call threw, as text (Apps Script errors carry a message). */
export function thrown(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
}
