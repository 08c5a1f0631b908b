// ESLint flat config: eslint:recommended + typescript-eslint recommended for src/, test/,
// scripts/ and bench/, plus the one architectural rule STYLE.md makes binding:
// src/core is pure TypeScript (no Office.js, ExcelJS, React, DOM or Node imports).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules the core must never import (STYLE.md "The shape: one core, two hosts"). */
const CORE_FORBIDDEN_PATHS = ['exceljs', 'react', 'react-dom', 'office-js', '@microsoft/office-js', 'fs', 'path'].map((name) => ({
  name,
  message: 'src/core 是纯 TypeScript：不得引入 Office.js、ExcelJS、React、DOM 或 Node 模块；请通过 WorkbookHost 由宿主提供数据。',
}));

const CORE_FORBIDDEN_PATTERNS = [
  {
    group: ['@fluentui/*', 'node:*', 'exceljs/*', 'react/*', 'react-dom/*', 'fs/*', 'path/*', '@microsoft/office-js/*'],
    message: 'src/core 是纯 TypeScript：界面、宿主和 Node 的模块只能在 src/hosts、任务窗格或命令行中使用。',
  },
];

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'coverage/', '.out/', 'test/output/', 'assets/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    rules: {
      // Regexes over Chinese office text list `-` among other characters; `[.\-]` reads clearer
      // than `[.-]` and is harmless, so escaping it is allowed (other useless escapes still fail).
      'no-useless-escape': ['error', { allowRegexCharacters: ['-'] }],
      // Real examples (STYLE.md) contain U+3000 and U+00A0: the damage the checks repair. They are
      // allowed inside strings, templates, regexes and comments; in code itself they still fail.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true },
      ],
    },
  },

  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // `_`-prefixed names mark parameters kept for a signature (WorkbookRule callbacks, table rows).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Test fakes build Office.js-like objects whose getters need the enclosing instance.
  {
    files: ['test/**', '**/*.test.{ts,tsx}', '**/_test/**'],
    rules: { '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }] },
  },

  // CommonJS scripts (scripts/*.cjs, bin/*.cjs, jest.config.cjs) run directly in Node.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },

  // The core stays pure. Tests beside the core may read seed files from disk, so they are exempt.
  {
    files: ['src/core/**/*.{ts,tsx}'],
    ignores: ['src/core/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: CORE_FORBIDDEN_PATHS, patterns: CORE_FORBIDDEN_PATTERNS }],
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'document', 'window'].map((name) => ({
          name,
          message: 'src/core 不得访问 Office.js 或 DOM 全局对象；宿主适配器负责读写工作簿。',
        })),
      ],
    },
  },
);
