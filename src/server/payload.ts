// The server never trusts what a sidebar sends: every payload is parsed again with the same zod
// schema the sidebar validates with, and a bad one is refused with a message a person can act on.
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

/** zod quotes what it refuses (an unknown key, say): a 20,000-character key must not become the message. */
const MAX_PROBLEM_CHARS = 160;
const shortened = (text: string) => (text.length > MAX_PROBLEM_CHARS ? `${text.slice(0, MAX_PROBLEM_CHARS - 1)}…` : text);

/** Parses a payload or throws "<refusal>: <up to five problems>." (refusal: "The scorecard was not saved"). */
export function parsePayload<S extends core.$ZodType>(schema: S, payload: unknown, refusal: string): core.output<S> {
  const result = z.safeParse(schema, payload);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? `${issue.path.join(' › ')}: ` : '';
    return shortened(`${where}${issue.message.replace(/\.$/, '')}`); // messages may be sentences; one period ends the list
  });
  throw new Error(`${refusal}: ${problems.join('; ')}.`);
}
