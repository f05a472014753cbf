// The add-on loaded in the project's Apps Script emulator, as template and formula tests use it.
import { loadAddon, type Addon, type ExecutionResult } from '../../playground/emulator';

/** The add-on over a new spreadsheet, opened (menu built), recording writes made without the lock. */
export function newAddon(): Addon {
  const addon = loadAddon({ strictLock: true, addonName: 'DevRate' });
  addon.open('FULL');
  return addon;
}

/** A call as google.script.run makes it: JSON-copied arguments and answer. */
export function call<T = unknown>(addon: Addon, endpoint: string, ...args: unknown[]): ExecutionResult<T> {
  return addon.run<T>(endpoint, args, { fromClient: true });
}
