// Flat ESLint config: typescript-eslint, import boundaries between extension
// contexts (as Dark Reader does), and no-unsanitized for stray innerHTML.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/fixtures/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only src/platform may touch the extension API wrapper.
    files: ['src/**'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import from src/platform instead.' }] },
      ],
    },
  },
  {
    // src/extract is pure DOM code: it runs in the content script and in Node.
    files: ['src/extract/**'],
    rules: restrict(
      [
        'webextension-polyfill',
        '**/platform/**',
        '**/background/**',
        '**/content/**',
        '**/popup/**',
        '**/storage/**',
        '**/messages/**',
      ],
      'src/extract must stay pure DOM code without extension APIs.',
    ),
  },
);
