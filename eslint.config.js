// Lint is for real bugs and for the house rules the compiler cannot enforce (no any, no `!`, no
// `as`, no forgotten promises, no imports across the server/web boundary). Formatting is
// Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const tsFiles = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const jsFiles = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  {
    ignores: ['**/dist/', '**/node_modules/', 'data/', 'coverage/', '.e2e-tmp/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    files: tsFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with its nearest tsconfig.json: web/ with web/tsconfig.json
        // (bundler resolution, DOM), everything else with the root one.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // 'never' forbids `x as T` and `<T>x`; `as const` is not a type assertion and stays allowed.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Async event handlers in JSX are fine; their errors are handled inside (React Query etc.).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Async handlers that happen not to await are idiomatic in Fastify; this rule is noise.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Input sanitising deliberately matches control characters (common/platform/fields.ts).
      'no-control-regex': 'off',
    },
  },
  {
    // Config files and scripts written in plain JS are not in any tsconfig; lint them untyped.
    files: jsFiles,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['server/**', 'common/**', 'e2e/**', 'bench/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['web/**'],
    ignores: ['web/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The compiler-based checks that catch real bugs; the ones only about the React Compiler
      // itself (memoization hints, gating, unsupported syntax) are left out.
      'react-hooks/static-components': 'error',
      'react-hooks/immutability': 'error',
      'react-hooks/globals': 'error',
      'react-hooks/refs': 'error',
      'react-hooks/purity': 'error',
      'react-hooks/set-state-in-render': 'error',
      'react-hooks/error-boundaries': 'error',
    },
  },
  {
    files: ['web/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  // Boundaries: the browser never imports server code, and common/ stays free of both sides.
  {
    files: ['web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'web/ may import common/, never server/.' }] },
      ],
    },
  },
  {
    files: ['common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/web/**'], message: 'common/ is shared; it must not import server/ or web/.' },
          ],
        },
      ],
    },
  },
);
