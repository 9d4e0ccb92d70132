// Lint that enforces the design's boundaries (../shared/DESIGN.md, "Contexts and who may touch what").
import tseslint from 'typescript-eslint';

const noDbInPage = {
  patterns: [
    { regex: '(^|/)db(\\.ts)?$|(^|/)db/|^dexie$', message: 'Content-script code must not open IndexedDB: send a message to the background (lib/messaging).' },
    {
      regex: '(^|/)classify(/index)?(\\.ts)?$|(^|/)classify/(warm|models|model|match|hostility|rumour|explain|tone|lexicon)(\\.ts)?$',
      message: "Content scripts do not run the classifier: the background does (cs:classify, cs:check-tone), off the page's main thread.",
    },
    {
      // twitter-text builds its large regular expressions when it loads: about 15 ms in a fresh
      // content-script world (Chromium, 2026-11-24), on every page of the four sites.
      regex: '^twitter-text$|(^|/)replies/length(\\.ts)?$',
      message: "Content scripts do not load X's counting library: ask the background (cs:measure-reply).",
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'test/e2e/.build/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Untrusted comment text is rendered as text only.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never assign innerHTML: comment text is untrusted.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never assign outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
      ],
    },
  },
  {
    // Content scripts and everything they run: no database.
    files: ['entrypoints/*.content/**', 'lib/page/**', 'lib/platforms/**', 'lib/scanner/**', 'components/page/**'],
    rules: { 'no-restricted-imports': ['error', noDbInPage] },
  },
  {
    // The classifier, the radar and the replies engine are pure: they run in Node.
    files: ['lib/classify/**', 'lib/radar/**', 'lib/replies/**', 'lib/report/**', 'lib/export/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(wxt/.*|webextension-polyfill|dexie|preact(/.*)?)$|(^|/)db(\\.ts)?$|(^|/)db/', message: 'This module is pure: no browser API, no database, no UI.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'browser', 'chrome', 'localStorage', 'indexedDB'],
    },
  },
  {
    // The background is a service worker: no window, no DOM.
    files: ['entrypoints/background.ts', 'lib/background/**'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  },
  {
    // Tests and fixtures' scripts may build pages (test pages are ours, not untrusted text).
    files: ['test/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
