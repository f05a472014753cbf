// Logger and console: lines go to the current execution's log (ExecutionResult.logs).

import { format } from 'node:util';
import type { EmulatorContext } from './context';
import type { LogEntry } from './execution';

function record(ctx: EmulatorContext, level: LogEntry['level'], message: string, echo: boolean): void {
  ctx.executions.current?.logs.push({ level, message });
  if (echo) process.stderr.write(`[add-on ${level}] ${message}\n`);
}

export class LoggerFacade {
  static readonly apiName = 'Logger';
  readonly #ctx: EmulatorContext;
  readonly #echo: boolean;

  constructor(ctx: EmulatorContext, echo: boolean) {
    this.#ctx = ctx;
    this.#echo = echo;
  }

  /** log(data) or log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    const message = values.length > 0 ? format(String(data), ...values) : typeof data === 'string' ? data : format('%o', data);
    record(this.#ctx, 'Logger', message, this.#echo);
    return this;
  }
  getLog(): string {
    return (this.#ctx.executions.current?.logs ?? [])
      .filter((l) => l.level === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    const logs = this.#ctx.executions.current?.logs;
    if (!logs) return;
    const kept = logs.filter((l) => l.level !== 'Logger');
    logs.splice(0, logs.length, ...kept);
  }
}

/** The add-on's console (a plain object: console calls are not service calls). */
export function createConsole(ctx: EmulatorContext, echo: boolean): Record<string, (...args: unknown[]) => void> {
  const at =
    (level: LogEntry['level']) =>
    (...args: unknown[]) =>
      record(ctx, level, format(...args), echo);
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}
