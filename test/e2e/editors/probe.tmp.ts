import { chromium } from 'playwright-core';
import { buildEditorPages, buildInsertScript } from './build';
const pages = await buildEditorPages();
const script = await buildInsertScript();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const c = await b.newContext(); await c.addInitScript('window.__name = (f) => f');
const byHost: Record<string, string> = { 'x.com': pages.x, 'www.facebook.com': pages.facebook, 'www.instagram.com': pages.instagram };
await c.route('**/*', (r) => (r.request().resourceType() === 'document' ? r.fulfill({ contentType: 'text/html', body: byHost[new URL(r.request().url()).host] }) : r.abort()));
const REPLY = 'Bonjour Amélie,\n\nMerci 🙏 vite.';
async function run(url: string, sel: string, editor: string, mutate = '') {
  const p = await c.newPage();
  const errs: string[] = [];
  p.on('pageerror', (e) => errs.push(e.message));
  await p.goto(url);
  await p.waitForSelector(sel, { state: 'attached' });
  await p.addScriptTag({ content: script });
  const r = await p.evaluate(async ({ sel, editor, text, mutate }) => {
    const w = window as any;
    const t = document.querySelector(sel) as HTMLElement;
    const ed = t.matches('[contenteditable]') ? t : (t.querySelector('[contenteditable]') as HTMLElement);
    if (mutate === 'textContent') { ed.textContent = text; await new Promise((r) => setTimeout(r, 300)); return { state: w.__editorState(), read: w.__vigieInsert.readEditorText(t, editor) }; }
    if (mutate === 'exec') { ed.focus(); document.execCommand('insertText', false, text); await new Promise((r) => setTimeout(r, 300)); return { state: w.__editorState(), read: w.__vigieInsert.readEditorText(t, editor), html: ed.innerHTML.slice(0, 600) }; }
    const res = await w.__vigieInsert.insertText(t, text, { editor, clipboard: async () => {} });
    return { res, state: w.__editorState(), html: ed ? ed.innerHTML.slice(0, 800) : '' };
  }, { sel, editor, text: REPLY, mutate });
  console.log(url, mutate, JSON.stringify(r, null, 1), errs);
  await p.close();
}
await run('https://www.facebook.com/p?nopaste', '[data-lexical-editor]', 'lexical');
await run('https://www.facebook.com/p', '[data-lexical-editor]', 'lexical');
await run('https://x.com/a', '[data-testid=tweetTextarea_0RichTextInputContainer]', 'draftjs', 'textContent');
await run('https://x.com/a', '[data-testid=tweetTextarea_0RichTextInputContainer]', 'draftjs', 'exec');
await run('https://x.com/a?prefill=abc', '[data-testid=tweetTextarea_0RichTextInputContainer]', 'draftjs', 'exec');
await b.close();
