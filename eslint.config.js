// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'net', 'http'];

/** The layers of STYLE.md, written down: what each folder may not import. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-electron/**', 'dist-host/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every user-visible string goes through i18next: bare text in JSX is an error.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      // "Today" is the centre's clock (useToday), never the browser's: the two differ on a demo date,
      // in a test with a fixed day, or when the browser runs in another time zone.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use useToday() (the core clock) for dates; Date.now() only for elapsed time.' },
      ],
    },
  },
  layer(
    ['shared/**/*.ts'],
    [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'hono', 'hono/*', '@hono/*', '#db/*', '#core/*', '**/db/**', '**/electron/**', '**/renderer/**'],
    'shared/ is the common layer: only shared/, zod and i18next (no Node, no DOM, no back end).',
  ),
  layer(
    ['db/**/*.ts'],
    ['electron', 'react', 'react-dom', 'hono', 'hono/*', '#core/*', '**/electron/**', '**/renderer/**'],
    'db/ is the node layer: shared/, Node, better-sqlite3 and drizzle only.',
  ),
  layer(
    ['electron/core/**/*.ts'],
    ['electron', 'react', 'react-dom', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
    'electron/core/ is plain Node: it never imports electron or the UI.',
  ),
  layer(
    ['electron/main/**/*.ts'],
    ['react', 'react-dom', '**/renderer/**'],
    'electron/main/ adapts Electron to the core; it has no UI code.',
  ),
  layer(
    ['electron/preload/**/*.ts'],
    [...nodeBuiltins, 'better-sqlite3', 'drizzle-orm', '#db/*', '#core/*', '**/renderer/**'],
    'The sandboxed preload may only use contextBridge/ipcRenderer and shared/.',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [...nodeBuiltins, 'electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'hono', 'hono/*', '@hono/*', '#db/*', '#core/*', '**/db/**', '**/electron/**'],
    'renderer/ is the browser layer: it reaches the core only through renderer/src/api.',
  ),
  {
    // Tests run in Node and may read files and build fixtures, whatever layer they test.
    files: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
