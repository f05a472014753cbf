// The server never trusts what a sidebar sends: every payload is parsed again with the same
// schema the sidebar validates with, and a bad one is refused with a message a person can act on.
import type * as core from 'zod/v4/core';
import { problemSentence } from '../domain/validation-problems';
import * as z from '../domain/validator';

/** Parses a payload or throws "<refusal>: <up to five problems>." (refusal: "The scorecard was not saved"). */
export function parsePayload<S extends core.$ZodType>(schema: S, payload: unknown, refusal: string): core.output<S> {
  const result = z.safeParse(schema, payload);
  if (result.success) return result.data;
  throw new Error(`${refusal}: ${problemSentence(result.error)}`);
}
