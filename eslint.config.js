// Lint rules that catch what matters in this codebase, not style (Prettier owns that):
// a promise nobody awaits (a write that can fail silently after the response), an `any` that
// switches the type checker off, and import cycles (the module registry must sit above the
// modules, not below them). Type-aware, so it reads tsconfig.json.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['src/generated/**', 'tests/generated/**', 'dist/**', 'node_modules/**', 'bench/.data/**', '.data/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    // Resolves our `./x.js` specifiers to the .ts files and parses them, so that no-cycle sees
    // every edge: without these two settings it reports nothing at all (checked with a planted cycle).
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-control-regex': 'error',
    },
  },
  {
    // Tests still read GraphQL responses as `any` in ~150 places (2026-12-05); typed documents
    // (tests/generated/operations, `npm run codegen`) replace them file by file. New test code
    // uses them; this override goes when the count reaches 0.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
