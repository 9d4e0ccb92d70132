/**
 * Bundles the e2e test pages that mount the REAL editor libraries (React 18 + draft-js for X,
 * Lexical for Facebook, a React-controlled textarea for Instagram) and the insertion module, with
 * esbuild's JS API. Pages are self-contained HTML (scripts inlined) so a test can serve them at the
 * platforms' real URLs with `context.route(...).fulfill({ body })`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const editorsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(editorsDir, '../../..');

export interface EditorPages {
  x: string;
  facebook: string;
  instagram: string;
}

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    // The sites run production builds of React, Draft.js and Lexical.
    // draft-js (through fbjs) reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    minify: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}

/** A script's text made safe to inline in a <script> element. */
function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
}

function page(title: string, lang: string, head: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>body { font: 15px system-ui, sans-serif; margin: 24px; } .composer, form { max-width: 560px; border: 1px solid #cfd9de; padding: 12px; }</style>
${head}
</head>
<body>
${body}
${inlineScript(script)}
</body>
</html>
`;
}

/** The insertion module as an IIFE that sets `window.__vigieInsert` (insertText, readEditorText). */
export async function buildInsertScript(): Promise<string> {
  return bundle(path.join(repoRoot, 'lib/platforms/insert/index.ts'), '__vigieInsert');
}

/**
 * Builds the three pages. Returns their HTML; when `outDir` is given, also writes x.html,
 * facebook.html and instagram.html there (use a git-ignored folder such as test-results/).
 */
export async function buildEditorPages(outDir?: string): Promise<EditorPages> {
  const draftCss = await readFile(path.join(repoRoot, 'node_modules/draft-js/dist/Draft.css'), 'utf8');
  const [xScript, facebookScript, instagramScript] = await Promise.all([
    bundle(path.join(editorsDir, 'x-page.ts')),
    bundle(path.join(editorsDir, 'facebook-page.ts')),
    bundle(path.join(editorsDir, 'instagram-page.ts')),
  ]);
  const pages: EditorPages = {
    x: page('Reply / X', 'en', `<style>${draftCss}</style>`, '<main role="main"><div id="app"></div></main>', xScript),
    facebook: page(
      'Facebook',
      'en',
      '',
      '<div role="article" aria-label="Comment by Someone"><div class="comment-box">' +
        '<div id="composer" contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true" ' +
        'aria-label="Write a comment…" aria-placeholder="Write a comment…" style="min-height: 40px; border: 1px solid #ccd0d5; padding: 8px;"></div>' +
        '</div></div>',
      facebookScript,
    ),
    instagram: page('Instagram', 'en', '', '<main role="main"><article><section id="app"></section></article></main>', instagramScript),
  };
  if (outDir) {
    await mkdir(outDir, { recursive: true });
    await Promise.all(
      (Object.keys(pages) as (keyof EditorPages)[]).map((name) => writeFile(path.join(outDir, `${name}.html`), pages[name])),
    );
  }
  return pages;
}

// `npx tsx test/e2e/editors/build.ts [outDir]` writes the pages for a look in a browser.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'test-results/editors'));
  buildEditorPages(outDir).then(
    () => console.log(`editor pages written to ${outDir}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
