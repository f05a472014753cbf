// LockService: document, script and user locks held per execution (see lock-registry.ts).

import { currentUser, type EmulatorContext } from './context';
import { executionOwner, type LockScope } from './lock-registry';

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockFacade {
  static readonly apiName = 'Lock';
  readonly #ctx: EmulatorContext;
  readonly #scope: LockScope;
  #acquired = false;

  constructor(ctx: EmulatorContext, scope: LockScope) {
    this.#ctx = ctx;
    this.#scope = scope;
  }

  #owner(): string {
    const execution = this.#ctx.executions.current;
    return execution ? executionOwner(execution.id) : 'host';
  }

  hasLock(): boolean {
    return this.#acquired && this.#ctx.locks.holder(this.#scope) === this.#owner();
  }
  /** Apps Script would wait up to the timeout; nothing else runs meanwhile here, so it answers at once. */
  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis)) throw new Error('Invalid argument: timeoutInMillis');
    // A negative timeout fails at once: tryLock gives false, waitLock throws the timeout error
    // (gas-fakes test/testlock.js:66-78).
    if (timeoutInMillis < 0) return false;
    this.#acquired = this.#ctx.locks.tryAcquire(this.#scope, this.#owner());
    return this.#acquired;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.#ctx.locks.release(this.#scope, this.#owner());
    this.#acquired = false;
  }
}

export class LockServiceFacade {
  static readonly apiName = 'LockService';
  readonly #ctx: EmulatorContext;

  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  getDocumentLock(): LockFacade {
    return new LockFacade(this.#ctx, 'document');
  }
  getScriptLock(): LockFacade {
    return new LockFacade(this.#ctx, 'script');
  }
  getUserLock(): LockFacade {
    return new LockFacade(this.#ctx, `user:${currentUser(this.#ctx)}`);
  }
}
