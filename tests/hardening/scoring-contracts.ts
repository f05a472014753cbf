// What the "Score a candidate" endpoints answer and write, as the hostile-input tests check it,
// and the spreadsheets their batches start from.
import * as z from 'zod';
import { expect } from 'vitest';
import type { Addon } from '../../playground/emulator';
import { brokenTrackerWorkbook, fullTrackerWorkbook, trackerWorkbook } from './workbooks';

export const NO_TRACKER =
  /^This spreadsheet has no candidate tracker (number \d+ )?any more \(its named range \w+ is missing\)\. Use DevRate > Insert candidate tracker, then reopen this sidebar\.$/;

/** What the sidebar lists: names, stages and a count per candidate; never a score or a note. */
const contextSchema = z.strictObject({
  trackers: z.array(z.strictObject({ id: z.number().int().positive(), label: z.string() })),
  trackerId: z.number().int().positive().nullable(),
  candidates: z.array(z.strictObject({ name: z.string().min(1), stage: z.string(), scorecards: z.number().int().nonnegative() })),
});
export const debriefSchema = z
  .object({
    candidate: z.string().min(1),
    scorecards: z.array(z.object({ candidate: z.string(), interviewer: z.string(), date: z.string(), notes: z.string() }).loose()).min(1),
  })
  .loose();

export function expectContext(value: unknown, requested?: unknown): z.infer<typeof contextSchema> {
  const parsed = contextSchema.safeParse(value);
  if (!parsed.success) expect.fail(`not a scoring context: ${parsed.error.message.slice(0, 300)}`);
  const context = parsed.data;
  if (context.trackerId !== null) expect(context.trackers.map((t) => t.id)).toContain(context.trackerId);
  if (typeof requested === 'number' && context.trackers.some((t) => t.id === requested)) expect(context.trackerId).toBe(requested);
  return context;
}

/** Stored cells (no recalculation) of a tracker table's sheet: row → column → value. */
export function storedRows(addon: Addon, rangeName: string): Map<number, Map<number, { value?: unknown; formula?: string }>> {
  const sheet = addon.workbook.sheetByName(addon.spreadsheet.getRangeByName(rangeName)!.getSheet().getName())!;
  const rows = new Map<number, Map<number, { value?: unknown; formula?: string }>>();
  for (const [row, col, cell] of sheet.entries()) {
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, cell);
  }
  return rows;
}

export const tracker = trackerWorkbook();
export const full = fullTrackerWorkbook();
export const broken = brokenTrackerWorkbook();
/** Batches start from these in turn: mostly the seeded tracker, then a full one, then one that lost its Scorecards sheet. */
export const WORKBOOKS = [tracker, tracker, full, broken];
