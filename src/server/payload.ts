// The server never trusts what a sidebar sends: every payload is parsed again with the same zod
// schema the sidebar validates with, and a bad one is refused with a message a person can act on.
import type { z } from 'zod';

/** zod quotes what it refuses (an unknown key, say): a 20,000-character key must not become the message. */
const MAX_PROBLEM_CHARS = 160;
const shortened = (text: string) => (text.length > MAX_PROBLEM_CHARS ? `${text.slice(0, MAX_PROBLEM_CHARS - 1)}…` : text);

export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? `${issue.path.join(' › ')}: ` : '';
    return shortened(`${where}${issue.message.replace(/\.$/, '')}`); // messages may be sentences; one period ends the list
  });
  throw new Error(`${what} was not saved: ${problems.join('; ')}.`);
}
