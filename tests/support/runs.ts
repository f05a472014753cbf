// How many cases a property test runs: its full count under `npm test`, a tenth under
// `npm run test:fast` (FAST_PROPERTIES=1), the inner loop that must finish in about a minute.
export const runs = (full: number): number => (process.env.FAST_PROPERTIES ? Math.max(3, Math.ceil(full / 10)) : full);

/** The count of the 10,000-case suites; PROPERTY_RUNS changes it. */
export const PROPERTY_RUNS = runs(Number(process.env.PROPERTY_RUNS ?? 10_000));
