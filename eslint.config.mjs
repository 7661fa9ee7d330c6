// ESLint: TypeScript rules plus the layer arrows of STYLE.md, enforced with no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The docx library by its exact name (a pattern "docx" would also match our own src/docx folder).
const DOCX_ONLY = { name: 'docx', message: 'Only src/docx imports docx.' };

const layer = (files, patterns, paths = [DOCX_ONLY]) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
});

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'bin/**', '.bench/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // core: pure TypeScript. Nothing above it, no Office, DOM, Node or ExcelJS; decimal.js only in core/money.
  layer(['src/core/**/*.ts'], [
    { group: ['**/excel/**', '**/xlsx/**', '**/csv/**', '**/app/**', '**/taskpane/**', '**/commands/**', '**/cli/**'], message: 'core imports nothing above it.' },
    { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'path', 'os', 'papaparse'], message: 'core is pure TypeScript.' },
    { group: ['decimal.js'], message: 'Only core/money imports decimal.js.' },
  ]),
  // core/money is core without the decimal.js ban (a later rule replaces the earlier one whole).
  layer(['src/core/money/**/*.ts'], [
    { group: ['**/excel/**', '**/xlsx/**', '**/csv/**', '**/app/**', '**/taskpane/**', '**/commands/**', '**/cli/**'], message: 'core imports nothing above it.' },
    { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'path', 'os', 'papaparse'], message: 'core is pure TypeScript.' },
  ]),
  // Only xlsx/ imports exceljs; csv/ reads text only.
  layer(['src/csv/**/*.ts', 'src/io/**/*.ts', 'src/cli/**/*.ts', 'src/app/**/*.ts', 'src/commands/**/*.ts', 'src/excel/**/*.ts'], [
    { group: ['exceljs'], message: 'Only src/xlsx imports exceljs.' },
    { group: ['decimal.js'], message: 'Only core/money imports decimal.js.' },
  ]),
  layer(['src/xlsx/**/*.ts'], [
    { group: ['**/cli/**', '**/app/**', '**/taskpane/**', '**/excel/**'], message: 'xlsx is an adapter below the CLI.' },
    { group: ['decimal.js'], message: 'Only core/money imports decimal.js.' },
  ]),
  // docx/: the report model → a Word document, below the CLI like xlsx/.
  layer(['src/docx/**/*.ts'], [
    { group: ['**/cli/**', '**/app/**', '**/taskpane/**', '**/excel/**', '**/xlsx/**', 'exceljs'], message: 'docx is an adapter below the CLI.' },
    { group: ['decimal.js'], message: 'Only core/money imports decimal.js.' },
  ], []),
  // Core must not touch Excel or Office globals.
  {
    files: ['src/core/**/*.ts', 'src/xlsx/**/*.ts', 'src/docx/**/*.ts', 'src/csv/**/*.ts', 'src/io/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension', 'window', 'document'] },
  },
  // The add-in runs in the browser; Excel and Office are globals from office.js (loaded from the CDN).
  {
    files: ['src/app/**/*.ts', 'src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, Excel: 'readonly', Office: 'readonly', OfficeExtension: 'readonly' } },
  },
  // Only excel/ and app/ touch the Excel global; the task pane talks to app/ only.
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/excel and src/app use Excel; call an app/ function.' }] },
  },
  layer(['src/taskpane/**/*.{ts,tsx}'], [
    { group: ['**/excel/**', '**/core/**', 'exceljs', '**/xlsx/**', '**/cli/**', 'node:*'], message: 'The task pane talks to app/ only (app/presentation for display helpers).' },
    { group: ['decimal.js'], message: 'Only core/money imports decimal.js.' },
  ]),
  {
    files: ['tests/**/*.{ts,tsx}', 'examples/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
