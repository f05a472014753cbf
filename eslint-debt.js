// Lint debt: the files that broke a strict rule when the lint was turned on (issue 10), and
// the rules each broke. Each is off for that file only; every new file meets every rule. Fix a
// file and delete its entry (npm run lint then holds it to the rules).
export const LINT_DEBT = {};
