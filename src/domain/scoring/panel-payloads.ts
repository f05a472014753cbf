// What the sidebar sends to set a panel, reveal a candidate or compare candidates; parsed in the
// sidebar as the user types and again on the server.
import * as z from '../validator';
import { MAX_PANEL } from './panel';
import { candidateName, debriefRequestSchema, interviewerName, trackerIdSchema, type DebriefRequest } from './payloads';

export const panelRequestSchema = z.strictObject({
  trackerId: trackerIdSchema,
  candidate: candidateName,
  panel: z
    .array(
      interviewerName('A panel name').check(
        z.refine((s) => !/[,;]/.test(s), 'A panel name cannot contain a comma or semicolon (they separate names)'),
      ),
    )
    .check(z.maxLength(MAX_PANEL, `A panel has at most ${MAX_PANEL} names`)),
  /** The panel as the sidebar last read it (names separated by commas): if someone changed it since, nothing is overwritten. */
  expected: z.string('expected must be text').check(z.maxLength(5000)),
  /** Who sets it: a name bound to the caller's account; the store records it. */
  interviewer: interviewerName('Interviewer'),
});
export type PanelRequest = z.infer<typeof panelRequestSchema>;

/** A reveal names what a debrief request names: the candidate and the interviewer asking. */
export const revealRequestSchema = debriefRequestSchema;
export type RevealRequest = DebriefRequest;
