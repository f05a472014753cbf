// Interviewer names bound to accounts. The first account to use a name in a spreadsheet owns
// it; another account using it is refused. Accounts are told apart by
// Session.getTemporaryActiveUserKey() (https://developers.google.com/apps-script/reference/base/session):
// unique to the user and the script, no identity, no extra scope, but it rotates every 30 days.
//
// The rotation rule: when a name is bound, its owner also gets a random token in their own user
// properties (which only their account's executions can read). A caller whose key differs from
// the bound one but who holds the name's token is the owner after a rotation: the binding moves
// to their new key, silently. A colleague has neither the key nor the token, so is refused. If
// the owner's user properties are lost too, the name stays taken and they use another one.
import { normalizeName } from '../../domain/scoring/interviewer';

type Properties = GoogleAppsScript.Properties.Properties;

export const BINDING_PREFIX = 'devrate.name.';
export const TOKEN_PREFIX = 'devrate.nameToken.';

export interface Caller {
  /** Session.getTemporaryActiveUserKey(). */
  key: string;
  /** PropertiesService.getUserProperties(): this account's own store. */
  user: Properties;
  /** PropertiesService.getDocumentProperties(). */
  document: Properties;
  newToken: () => string;
}

interface Binding {
  key: string;
  token: string;
}

export type NameCheck = 'bound now' | 'owner' | 'owner, key rotated';

/**
 * Makes sure the caller may act as name. With bind (under the document lock, once nothing else
 * can refuse the call) it also records: a free name becomes theirs, a rotated key replaces the
 * old one. Without, it writes nothing. Throws a message naming the problem when refused.
 */
export function checkName(caller: Caller, name: string, bind: boolean): NameCheck | 'free' {
  if (!caller.key) {
    throw new Error(
      'Google did not tell DevRate which account is using it (no temporary user key), so it cannot check that this name is yours. Reload the spreadsheet and try again.',
    );
  }
  const id = normalizeName(name);
  const binding = readBinding(caller.document.getProperty(BINDING_PREFIX + id));
  const token = caller.user.getProperty(TOKEN_PREFIX + id);
  if (!binding) {
    if (!bind) return 'free';
    const fresh = { key: caller.key, token: caller.newToken() };
    caller.document.setProperty(BINDING_PREFIX + id, JSON.stringify(fresh));
    caller.user.setProperty(TOKEN_PREFIX + id, fresh.token);
    return 'bound now';
  }
  if (binding.key === caller.key) {
    if (bind && token !== binding.token) caller.user.setProperty(TOKEN_PREFIX + id, binding.token); // their user store was cleared: restore the way through
    return 'owner';
  }
  if (token === binding.token) {
    if (bind) caller.document.setProperty(BINDING_PREFIX + id, JSON.stringify({ ...binding, key: caller.key }));
    return 'owner, key rotated';
  }
  throw new Error(
    `"${name}" is already used by another account in this spreadsheet: DevRate ties each interviewer name to the first account that used it, so nobody can score or read a debrief under someone else's name. Type your own name (add an initial if two people share one).`,
  );
}

function readBinding(json: string | null): Binding | null {
  if (!json) return null;
  try {
    const b = JSON.parse(json) as Partial<Binding>;
    return typeof b.key === 'string' && typeof b.token === 'string' ? { key: b.key, token: b.token } : null;
  } catch {
    return null;
  }
}
