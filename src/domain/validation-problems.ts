// One reading of a validation failure for everything that shows one: the sidebars (a message per
// field), the server's refusals and the playground's bad requests (one line of "where: what").
import type * as core from 'zod/v4/core';

/** zod quotes what it refuses (an unknown key, say): a 20,000-character key must not become the message. */
const MAX_PROBLEM_CHARS = 160;
const shortened = (text: string) => (text.length > MAX_PROBLEM_CHARS ? `${text.slice(0, MAX_PROBLEM_CHARS - 1)}…` : text);

/** The first problem of each field, by path ("team.members.0.count"; "" for the whole payload). */
export function problemsByPath(error: core.$ZodError): Map<string, string> {
  const found = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!found.has(path)) found.set(path, issue.message);
  }
  return found;
}

/** "project › name: Give the project a name; …" for the first few problems, ending in one period. */
export function problemSentence(error: core.$ZodError, most = 5): string {
  const problems = error.issues.slice(0, most).map((issue) => {
    const where = issue.path.length ? `${issue.path.map(String).join(' › ')}: ` : '';
    return shortened(`${where}${issue.message.replace(/\.$/, '')}`); // messages may be sentences; one period ends the list
  });
  return `${problems.join('; ')}.`;
}
