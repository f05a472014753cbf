// One execution = one run of an entry point (a menu action, onOpen, a google.script.run call, a
// custom function evaluation). Executions nest when a formula evaluated during one run calls a
// custom function, so the runtime keeps a stack.

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ServiceCallCounts {
  total: number;
  /** "Range.setValues" -> 3 */
  byMethod: Record<string, number>;
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
}

export interface LockViolation {
  executionId: number;
  entryPoint: string;
  /** "Range.setValues" */
  method: string;
  /** "'Rates'!A1:B4" or a sheet name. */
  target: string;
}

export class Execution {
  private readonly counts = new Map<string, number>();
  readonly logs: LogEntry[] = [];
  readonly violations: LockViolation[] = [];

  constructor(
    readonly id: number,
    readonly entryPoint: string,
    readonly authMode: AuthModeName,
    readonly user: string,
  ) {}

  /** Custom functions may read the spreadsheet but never change it. */
  get readOnly(): boolean {
    return this.authMode === 'CUSTOM_FUNCTION';
  }

  count(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  callCounts(): ServiceCallCounts {
    const byMethod = Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
    const total = [...this.counts.values()].reduce((sum, n) => sum + n, 0);
    return { total, byMethod };
  }
}

export class ExecutionStack {
  private readonly stack: Execution[] = [];
  private nextId = 1;

  get current(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  create(entryPoint: string, authMode: AuthModeName, user: string): Execution {
    return new Execution(this.nextId++, entryPoint, authMode, user);
  }

  runWithin<T>(execution: Execution, body: () => T): T {
    this.stack.push(execution);
    try {
      return body();
    } finally {
      this.stack.pop();
    }
  }
}
