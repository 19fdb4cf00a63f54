// One linter: ESLint with typescript-eslint. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/kb/**', 'artifacts/**', '.scratch/**', 'tests/fixtures/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        performance: 'readonly',
        location: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        CSS: 'readonly',
        chrome: 'readonly',
        globalThis: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Node: 'readonly',
        NodeFilter: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The recognition core runs in Node, the CLI and the content script: no extension APIs there.
    files: ['src/core/**', 'src/kb/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', '**/content/**', '**/background/**', '**/ui/**', '**/panels/**', 'node:*'] },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'location'],
    },
  },
  {
    files: ['src/content/**', 'src/panels/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/background/**', '**/ui/**', '**/node/**', '**/cli/**', 'node:*'] }],
    },
  },
);
