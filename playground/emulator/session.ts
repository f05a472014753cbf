// Session: the active user is chosen per execution (RunOptions.user).

import { createHash } from 'node:crypto';
import { currentUser, type EmulatorContext } from './context';

export class UserFacade {
  static readonly apiName = 'User';
  readonly #email: string;

  constructor(email: string) {
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }
}

export class SessionFacade {
  static readonly apiName = 'Session';
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  /** In AuthMode.NONE the user's identity is not available: the email is empty. */
  getActiveUser(): UserFacade {
    return new UserFacade(this.#identity());
  }
  getEffectiveUser(): UserFacade {
    return new UserFacade(this.#identity());
  }
  getActiveUserLocale(): string {
    return 'en';
  }
  getScriptTimeZone(): string {
    return this.#ctx.scriptTimeZone;
  }
  /** Unique to the user, reveals no identity, and changes when the key rotates (every 30 days in Apps Script). */
  getTemporaryActiveUserKey(): string {
    if (this.#ctx.behaviour.temporaryUserKey === 'empty') return ''; // self-test row temporary-user-key
    const user = currentUser(this.#ctx);
    const rotation = this.#ctx.keyRotations.get(user) ?? 0;
    return createHash('sha256').update(`temporary-key:${user}:${rotation}`).digest('base64url').slice(0, 43);
  }

  #identity(): string {
    return this.#ctx.executions.current?.authMode === 'NONE' ? '' : currentUser(this.#ctx);
  }
}
