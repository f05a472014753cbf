// Whether a person's temporary user key survives from one execution to the next, which binding
// interviewer names to it relies on. One execution cannot tell, so the self-test keeps the key in
// the person's own user properties (it stays there: that is the point) and compares next time.
// Google rotates the key every 30 days
// (https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()),
// so a change across more than a day is not counted against it: the row asks for another run.
import type { SelfTestCheck } from './check';

/** The user property holding { key, at } of the last run (at: milliseconds since 1970). */
export const STORED_KEY_PROPERTY = 'devrate_selftest_temporary_user_key';
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

interface Stored {
  key: string;
  at: number;
}

function parse(text: string | null): Stored | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && 'key' in value && 'at' in value) {
      const { key, at } = value;
      if (typeof key === 'string' && typeof at === 'number') return { key, at };
    }
  } catch {
    // Not ours or damaged: treated as no earlier run, and overwritten.
  }
  return undefined;
}

const when = (at: number) => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const temporaryUserKeyAcrossRuns: SelfTestCheck = {
  id: 'temporary-user-key-across-runs',
  assumption:
    "Session.getTemporaryActiveUserKey() is the same in every execution for one person between Google's 30-day rotations: the self-test keeps it in your user properties and compares it on the next run.",
  run() {
    const store = PropertiesService.getUserProperties();
    const key = Session.getTemporaryActiveUserKey();
    const now = Date.now();
    const previous = parse(store.getProperty(STORED_KEY_PROPERTY));
    store.setProperty(STORED_KEY_PROPERTY, JSON.stringify({ key, at: now } satisfies Stored));
    if (!key) return { observed: 'The key is empty: there is nothing to compare.', pass: false };
    if (!previous) {
      return {
        observed: 'First run for this account: stored the key in your user properties; run again to compare.',
        pending: 'run again',
      };
    }
    if (previous.key === key) return { observed: `Same key as the run on ${when(previous.at)}.`, pass: true };
    if (now - previous.at > ONE_DAY_MS) {
      return {
        observed: `The key changed since the run on ${when(previous.at)}, more than a day ago, which Google's 30-day rotation may explain: stored the new key; run again to compare.`,
        pending: 'run again',
      };
    }
    return { observed: `The key changed since the run on ${when(previous.at)}.`, pass: false };
  },
};
