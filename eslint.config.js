// Lint: typescript-eslint's strict, type-checked rules over every runtime, each file checked in
// its own runtime's tsconfig; the boundaries between runtimes and the GPL boundary around
// HyperFormula as import rules. Formatting is Prettier's (eslint-config-prettier turns off the
// rules it owns). `npm run lint`; `npm run format` rewrites, `npm run format:check` only checks.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** HyperFormula is GPL-3.0 and the playground is dev-only: nothing shipped may import either. */
const GPL_BOUNDARY = [
  { group: ['hyperformula', 'hyperformula/*'], message: 'HyperFormula is GPL-3.0 and dev-only: the add-on must not ship it.' },
  { group: ['**/playground/**', '**/playground'], message: 'The playground is dev-only (and reaches HyperFormula, GPL-3.0).' },
];
const NOT_THE_SERVER = [
  {
    group: ['**/src/server/**', '**/server/**'],
    message: 'The server runs in Apps Script: import the endpoint registry (src/endpoints) instead.',
  },
  { group: ['**/src/sheets/**', '**/sheets/**', '!**/sheets/a1'], message: 'The sheet writers run in Apps Script.' },
];
const NO_PLATFORM = [
  { group: ['preact', 'preact/*'], message: 'The domain knows nothing of the DOM.' },
  { group: ['node:*'], message: 'The domain knows nothing of Node.' },
];

export default tseslint.config(
  { ignores: ['dist/', '.tsbuild/', 'node_modules/', 'bench/', 'tests/emulator/fixtures/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked in the first config that holds it: its own runtime's.
        project: ['./tsconfig.domain.json', './tsconfig.server.json', './tsconfig.browser.json', './tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Template literals of numbers and booleans are how messages and formulas are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Unused arguments named _x document a signature Apps Script or a callback imposes.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // `onClick={() => setOpen(false)}`: a handler's shorthand arrow is how Preact code reads.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // The emulator is called by untyped add-on code: it converts and checks what its types
    // already promise, because at run time they promise nothing.
    files: ['playground/emulator/**'],
    rules: { '@typescript-eslint/no-unnecessary-type-conversion': 'off', '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  {
    // Tests read untyped JSON, browser pages and vm realms, and a missing value should fail the
    // test where it is read: `!` and `any` are assertions there, not holes.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['src/**', 'sidebar/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: GPL_BOUNDARY }],
      // Types that do not lie: `x as unknown as T` silences the check a single `as` still makes.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
          message: 'Use `satisfies`, a proper type or a single `as` that TypeScript can check, not `as unknown as`.',
        },
      ],
    },
  },
  { files: ['sidebar/**'], rules: { 'no-restricted-imports': ['error', { patterns: [...GPL_BOUNDARY, ...NOT_THE_SERVER] }] } },
  {
    files: ['src/domain/**', 'src/functions/**', 'src/endpoints/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...GPL_BOUNDARY, ...NOT_THE_SERVER, ...NO_PLATFORM] }] },
  },
  prettier,
);
