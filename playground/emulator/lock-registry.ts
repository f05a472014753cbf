// Who holds which lock. Apps Script code is synchronous, so "another execution holds the lock"
// can only happen when a test (or the playground) holds it on behalf of a simulated concurrent
// execution, or when executions nest. Locks still held when an execution ends are released, as
// Apps Script does when a script finishes.

export type LockScope = 'document' | 'script' | `user:${string}`;

export class LockRegistry {
  private readonly holders = new Map<LockScope, string>();

  holder(scope: LockScope): string | undefined {
    return this.holders.get(scope);
  }

  /** Takes the lock for owner; re-entrant for the same owner. False when someone else holds it. */
  tryAcquire(scope: LockScope, owner: string): boolean {
    const current = this.holders.get(scope);
    if (current !== undefined && current !== owner) return false;
    this.holders.set(scope, owner);
    return true;
  }

  release(scope: LockScope, owner: string): void {
    if (this.holders.get(scope) === owner) this.holders.delete(scope);
  }

  /** Releases everything owner still holds; returns the scopes it held. */
  releaseAll(owner: string): LockScope[] {
    const released: LockScope[] = [];
    for (const [scope, holder] of this.holders) {
      if (holder === owner) {
        this.holders.delete(scope);
        released.push(scope);
      }
    }
    return released;
  }

  /**
   * Holds a lock as a simulated concurrent execution (e.g. another user's run), so the add-on's
   * tryLock returns false and waitLock times out. Returns a function that releases it.
   */
  holdAs(scope: LockScope, owner = 'simulated-concurrent-execution'): () => void {
    if (!this.tryAcquire(scope, owner)) throw new Error(`Lock ${scope} is already held by ${this.holder(scope)}`);
    return () => this.release(scope, owner);
  }
}

export function executionOwner(executionId: number): string {
  return `execution:${executionId}`;
}
