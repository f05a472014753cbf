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
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`temporary-key:${currentUser(this.#ctx)}`)
      .digest('base64url')
      .slice(0, 43);
  }

  #identity(): string {
    return this.#ctx.executions.current?.authMode === 'NONE' ? '' : currentUser(this.#ctx);
  }
}
