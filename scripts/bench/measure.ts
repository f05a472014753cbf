// Timing helpers for the benchmark: medians of repeated runs, not single samples.
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median milliseconds of `runs` runs of fn, after `warmup` unmeasured runs. */
export function timeMedian(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** A value the benchmark's own setup made, or a clear stop when the add-on changed under it. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`bench: ${what} is missing; the add-on changed under the benchmark.`);
  return value;
}

/** One row of the printed table. */
export interface BenchRow {
  measure: string;
  value: string;
  floor?: string;
  ratio?: number;
  goal?: string;
  met?: boolean;
}
