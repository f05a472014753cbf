// What the "Score a candidate" endpoints answer and write, as the hostile-input tests check it.
import * as z from 'zod';
import { expect } from 'vitest';
import type { Addon } from '../../playground/emulator';
import type { CellRecord } from '../../playground/formulas';
import { trackerSheetName } from './workbooks';

/** Someone else's name. */
export const NAME_TAKEN =
  /^".+" is already used by another account in this spreadsheet: DevRate ties each interviewer name to the first account that used it, so nobody can score or read a debrief under someone else's name\. Type your own name \(add an initial if two people share one\)\.$/s;

/** A name no submission has tied to the caller's account yet. */
export const NAME_NOT_BOUND =
  /^".+" is not tied to your account yet, so DevRate cannot record that you .+\. A name becomes yours when you submit a scorecard under it \(and stays yours while any of your scorecards is sealed\)\. Nothing was changed\.$/s;

/** Someone not on the candidate's panel. */
export const NOT_ON_PANEL =
  /^.+ is not on .+'s panel \(.*\): (only panel members can score .+\. Ask someone on the panel to add you with "Edit panel"|before the reveal only panel members who have scored read the debrief)\.$/s;

export const NO_TRACKER =
  /^(This spreadsheet has no candidate tracker (number \d+ )?any more\. Use DevRate > Insert candidate tracker, then reopen this sidebar\.|(The candidate tracker|Candidate tracker \d+) has lost its Scorecards sheet \(it was deleted\)\. Use DevRate > Repair tracker to add it back\.) (Nothing was (added|changed|revealed)|Your scorecard was not saved|The panel was not changed)\.$/;

/** A candidate as the sidebar lists them: name, stage and who submitted; never a score or a note. */
const listingSchema = z.strictObject({
  name: z.string().min(1),
  stage: z.string(),
  scorecards: z.number().int().nonnegative(),
  panelCell: z.string(),
  panel: z.array(z.string().min(1)),
  submitted: z.array(z.string().min(1)),
  revealed: z
    .strictObject({
      by: z.string().min(1),
      at: z.string(),
      panelSubmitted: z.number().int().nonnegative(),
      panelSize: z.number().int().nonnegative(),
    })
    .nullable(),
});

/** What the sidebar lists: its trackers and their candidates. */
const contextSchema = z.strictObject({
  trackers: z.array(z.strictObject({ id: z.number().int().positive(), label: z.string() })),
  trackerId: z.number().int().positive().nullable(),
  candidates: z.array(listingSchema),
});

/** What adding a candidate answers: the new candidate, listed as the sidebar lists them. */
const addedSchema = z.strictObject({ trackerId: z.number().int().positive(), candidate: listingSchema });

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

export function expectAdded(value: unknown): z.infer<typeof addedSchema> {
  const parsed = addedSchema.safeParse(value);
  if (!parsed.success) expect.fail(`not an added candidate: ${parsed.error.message.slice(0, 300)}`);
  return parsed.data;
}

/** Stored cells (no recalculation) of a tracker table's sheet: row → column → value. */
export function storedRows(addon: Addon, part: 'candidates' | 'scorecards'): Map<number, Map<number, CellRecord>> {
  const sheet = addon.workbook.sheetByName(trackerSheetName(addon, part))!;
  const rows = new Map<number, Map<number, CellRecord>>();
  for (const [row, col, cell] of sheet.entries()) {
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, cell);
  }
  return rows;
}
