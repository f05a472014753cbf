// Interviewer names bound to accounts. A name is bound only by a submission: the first account to
// submit under a name (compared by its skeleton) owns it while any tracker it submitted in still
// holds a sealed scorecard; a reveal that leaves a tracker with nothing sealed frees its names.
// Another account using a bound name is refused. Accounts are told apart by Session.getTemporaryActiveUserKey()
// (https://developers.google.com/apps-script/reference/base/session): unique to the user and the
// script, no identity, no extra scope, but it rotates every 30 days.
//
// The rotation rule: when a name is bound, its owner also gets a random token in their own user
// properties (which only their account's executions can read). A caller whose key differs from
// the bound one but who holds the name's token is the owner after a rotation: the binding moves
// to their new key at their next write. A colleague has neither the key nor the token, so is
// refused. If the owner's user properties are lost too, the name stays taken until its scorecards
// are revealed.
import { nameSkeleton } from '../../domain/scoring/name-skeleton';
import type { SealStore } from './seal-store';

type Properties = GoogleAppsScript.Properties.Properties;

export const BINDING_PREFIX = 'devrate.name.';
export const TOKEN_PREFIX = 'devrate.nameToken.';
/** Names bound at once in one spreadsheet: far more interviewers than a team has, far less than the store holds. */
export const MAX_BOUND_NAMES = 200;

export interface Caller {
  /** Session.getTemporaryActiveUserKey(). */
  key: string;
  /** PropertiesService.getUserProperties(): this account's own store. */
  user: Properties;
  newToken: () => string;
}

interface Binding {
  key: string;
  token: string;
  /** The name as its owner first typed it: what every record shows. */
  name: string;
  /** The trackers it submitted in: it is held while any of them has a sealed scorecard. */
  trackers: number[];
}

/** A name and whose it is: free, or the caller's (under its bound spelling). */
export type NameOwner = { free: true; name: string } | { free: false; name: string; rotated: boolean };

const bindingKey = (name: string) => BINDING_PREFIX + nameSkeleton(name);
const tokenKey = (name: string) => TOKEN_PREFIX + nameSkeleton(name);

/** Whose name this is; throws when it is another account's. Writes nothing. */
export function ownerOf(caller: Caller, store: SealStore, name: string): NameOwner {
  if (!caller.key) {
    throw new Error(
      'Google did not tell DevRate which account is using it (no temporary user key), so it cannot check that this name is yours. Reload the spreadsheet and try again.',
    );
  }
  const binding = readBinding(store.get(bindingKey(name)));
  if (!binding) return { free: true, name };
  if (binding.key === caller.key) return { free: false, name: binding.name, rotated: false };
  if (caller.user.getProperty(tokenKey(name)) === binding.token) return { free: false, name: binding.name, rotated: true };
  throw new Error(
    `"${name}" is already used by another account in this spreadsheet: DevRate ties each interviewer name to the first account that used it, so nobody can score or read a debrief under someone else's name. Type your own name (add an initial if two people share one).`,
  );
}

/** The caller's bound spelling of name, for an action recorded under it; refuses a name not bound to them. */
export function boundName(caller: Caller, store: SealStore, name: string, action: string): string {
  const owner = ownerOf(caller, store, name);
  if (owner.free) {
    throw new Error(
      `"${name}" is not tied to your account yet, so DevRate cannot record that you ${action}. A name becomes yours when you submit a scorecard under it (and stays yours while any of your scorecards is sealed). Nothing was changed.`,
    );
  }
  return owner.name;
}

/**
 * Binds name to the caller (under the document lock, once nothing else can refuse the call): a
 * free name becomes theirs, a rotated key replaces the old one. Answers the properties to write
 * (with the scorecard, in the same budgeted write), or a refusal when too many names are bound.
 */
export function bindingWrite(caller: Caller, store: SealStore, owner: NameOwner, trackerId: number): Record<string, string> {
  const key = bindingKey(owner.name);
  const existing = readBinding(store.get(key));
  if (existing && existing.key === caller.key && existing.trackers.includes(trackerId)) return {};
  if (!existing && [...store.all.keys()].filter((k) => k.startsWith(BINDING_PREFIX)).length >= MAX_BOUND_NAMES) {
    throw new Error(
      `Your scorecard was not saved: ${MAX_BOUND_NAMES} interviewer names already hold sealed scorecards in this spreadsheet, the most DevRate keeps at once. Reveal candidates whose panels are done (that frees their names), or submit under a name you have used here before.`,
    );
  }
  const binding: Binding = existing
    ? { ...existing, key: caller.key, trackers: [...new Set([...existing.trackers, trackerId])] } // a rotated key moves on
    : { key: caller.key, token: caller.newToken(), name: owner.name, trackers: [trackerId] };
  return { [key]: JSON.stringify(binding) };
}

/** After the binding is written: the caller's user properties hold its token (restored if cleared). */
export function keepToken(caller: Caller, store: SealStore, name: string): void {
  const binding = readBinding(store.get(bindingKey(name)));
  if (binding && binding.key === caller.key && caller.user.getProperty(tokenKey(name)) !== binding.token) {
    caller.user.setProperty(tokenKey(name), binding.token);
  }
}

/** The binding keys of names none of whose trackers holds a sealed scorecard (sealed: the trackers that do). */
export function unusedBindings(store: SealStore, sealed: ReadonlySet<number>): string[] {
  return [...store.all.keys()].filter((k) => {
    if (!k.startsWith(BINDING_PREFIX)) return false;
    const binding = readBinding(store.all.get(k));
    return !binding || !binding.trackers.some((t) => sealed.has(t));
  });
}

function readBinding(json: string | undefined): Binding | null {
  if (!json) return null;
  try {
    const b = JSON.parse(json) as Partial<Binding>;
    const trackers = Array.isArray(b.trackers) ? b.trackers.filter((t): t is number => typeof t === 'number') : [];
    return typeof b.key === 'string' && typeof b.token === 'string' && typeof b.name === 'string'
      ? { key: b.key, token: b.token, name: b.name, trackers }
      : null;
  } catch {
    return null;
  }
}
