import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Components render and call props; only entry points and lib/ touch the browser.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill', '../lib/storage-items*', '../lib/popup/*'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    // Dependencies point one way: lib/ never imports from components/ (the actions the screens
    // need are typed in lib/screen-actions.ts).
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/components/*', '**/components/**'] }] },
  },
  {
    // Never put markup from data or translations into the page.
    files: ['**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is shown as text, never as HTML.' }] },
  },
);
