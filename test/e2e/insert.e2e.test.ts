/**
 * Putting a reply into the platforms' real reply boxes: React 18 + draft-js (X), Lexical rich
 * text (Facebook) and a React-controlled textarea (Instagram), served at the platforms' URLs.
 * Every assertion is on the editor's own state (what the platform would send), never only the DOM.
 *
 * The insertion module is injected with page.addScriptTag, so it runs in the page's world. The
 * extension runs it from a content script (isolated world); a test through the built extension
 * is to be added with the content script (in Firefox the isolated world changes the outcome of
 * a synthetic paste, see lib/platforms/insert/index.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { InsertResult } from '../../lib/platforms/types';
import { buildEditorPages, buildInsertScript, type EditorPages } from './editors/build';

type InsertModule = typeof import('../../lib/platforms/insert/index');
/** What the test pages expose (test/e2e/editors/page-hooks.ts) plus the injected module. */
type TestWindow = Window & {
  __vigieInsert: InsertModule;
  __editorState: () => string;
  __posted: boolean;
  __editorErrors: string[];
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshotDir = path.join(repoRoot, 'test-results/insert');

const REPLY = 'Bonjour Amélie,\n\nMerci pour votre message 🙏 Nous revenons vers vous très vite.';
const ONE_LINE_REPLY = 'Merci Amélie, nous regardons cela tout de suite 🙏';

/** Lexical's getTextContent() puts "\n\n" between paragraphs, and the reply is one paragraph a line. */
function asLexicalState(text: string): string {
  return text.split('\n').join('\n\n');
}

let browser: Browser;
let context: BrowserContext;
let pages: EditorPages;
let insertScript: string;

beforeAll(async () => {
  [pages, insertScript] = await Promise.all([buildEditorPages(), buildInsertScript()]);
  await mkdir(screenshotDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false, // Playwright must not add its own --headless; --headless=new is passed below
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext();
  const byHost: Record<string, string> = {
    'x.com': pages.x,
    'www.facebook.com': pages.facebook,
    'www.instagram.com': pages.instagram,
  };
  await context.route('**/*', (route) => {
    const request = route.request();
    const body = byHost[new URL(request.url()).host];
    if (body && request.resourceType() === 'document') return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    return route.abort();
  });
  for (const origin of Object.keys(byHost)) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${origin}` });
  }
});

afterAll(async () => {
  await browser?.close();
});

interface OpenedPage {
  page: Page;
  errors: string[];
}

async function open(url: string, editableSelector: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector(editableSelector);
  // Page's world (see the header comment).
  await page.addScriptTag({ content: insertScript });
  return { page, errors };
}

const state = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__editorState());
const posted = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__posted);
const editorErrors = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__editorErrors);


/**
 * The moderator clicked at the start of their draft: the editor's own selection points there,
 * and the reply must still go after the draft.
 */
async function putCaretAtStart(page: Page, editableSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const editable = document.querySelector<HTMLElement>(selector)!;
    editable.focus();
    const first = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT).nextNode()!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, editableSelector);
  // Let the editor take the selection in (selectionchange runs after this task).
  await page.waitForTimeout(100);
}

// ---------- X: Draft.js ----------

const X_COMPOSER = '[data-testid="tweetTextarea_0RichTextInputContainer"]';
const X_POST_BUTTON = 'button[data-testid="tweetButtonInline"]';

function insertIntoX(page: Page, text: string): Promise<InsertResult> {
  return page.evaluate(
    ({ text, composer, button }) => {
      const target = document.querySelector<HTMLElement>(composer)!;
      return (window as unknown as TestWindow).__vigieInsert.insertText(target, text, {
        editor: 'draftjs',
        isSubmitEnabled: () => {
          const post = document.querySelector<HTMLButtonElement>(button)!;
          return !post.disabled && post.getAttribute('aria-disabled') !== 'true';
        },
      });
    },
    { text, composer: X_COMPOSER, button: X_POST_BUTTON },
  );
}

test('X: a two-paragraph reply lands in the Draft.js state and enables the Reply button, without posting', async () => {
  const { page, errors } = await open('https://x.com/brand/status/1890000000000000001', '[data-testid="tweetTextarea_0"]');
  expect(await page.locator(X_POST_BUTTON).getAttribute('aria-disabled')).toBe('true');

  const result = await insertIntoX(page, REPLY);

  expect(result).toEqual({ ok: true, method: 'paste', readBack: REPLY });
  expect(await state(page)).toBe(REPLY);
  expect(await page.locator(X_POST_BUTTON).getAttribute('aria-disabled')).toBe('false');
  expect(await page.locator(X_POST_BUTTON).isEnabled()).toBe(true);
  expect(await posted(page)).toBe(false);
  expect(errors).toEqual([]);
  expect(await editorErrors(page)).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'x-empty.png') });
  await page.close();
});

test('X: a reply goes after the draft already written, even with the caret left at its start, and appears once', async () => {
  const draft = 'Un brouillon déjà écrit. ';
  const { page, errors } = await open(
    `https://x.com/brand/status/1890000000000000001?prefill=${encodeURIComponent(draft)}`,
    '[data-testid="tweetTextarea_0"]',
  );
  expect(await state(page)).toBe(draft);
  await putCaretAtStart(page, '[data-testid="tweetTextarea_0"]');

  const result = await insertIntoX(page, REPLY);

  expect(result.ok).toBe(true);
  expect(result.method).toBe('paste');
  expect(await state(page)).toBe(draft + REPLY);
  expect(result.readBack).toBe(draft + REPLY);
  expect(await posted(page)).toBe(false);
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'x-draft.png') });
  await page.close();
});

// ---------- Facebook: Lexical ----------

const FB_COMPOSER = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

function insertIntoFacebook(page: Page, text: string, clipboardSpy = false): Promise<InsertResult & { copied: string[] }> {
  return page.evaluate(
    async ({ text, composer, clipboardSpy }) => {
      const copied: string[] = [];
      const target = document.querySelector<HTMLElement>(composer)!;
      const result = await (window as unknown as TestWindow).__vigieInsert.insertText(target, text, {
        editor: 'lexical',
        clipboard: clipboardSpy ? async (copiedText: string) => void copied.push(copiedText) : undefined,
      });
      return { ...result, copied };
    },
    { text, composer: FB_COMPOSER, clipboardSpy },
  );
}

test('Facebook: a two-paragraph reply lands in the Lexical state, one paragraph per line, without posting', async () => {
  const { page, errors } = await open('https://www.facebook.com/brand/posts/123', FB_COMPOSER);

  const result = await insertIntoFacebook(page, REPLY);

  expect(result).toMatchObject({ ok: true, method: 'paste', readBack: REPLY });
  expect(await state(page)).toBe(asLexicalState(REPLY));
  expect(await page.locator(`${FB_COMPOSER} > p`).count()).toBe(3);
  expect(await posted(page)).toBe(false);
  expect(errors).toEqual([]);
  expect(await editorErrors(page)).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'facebook-empty.png') });
  await page.close();
});

test('Facebook: a reply goes after a started comment, even with the caret left at its start, and appears once', async () => {
  const draft = 'Bonjour ! ';
  const { page, errors } = await open(`https://www.facebook.com/brand/posts/123?prefill=${encodeURIComponent(draft)}`, FB_COMPOSER);
  expect(await state(page)).toBe(draft);
  await putCaretAtStart(page, FB_COMPOSER);

  const result = await insertIntoFacebook(page, REPLY);

  expect(result).toMatchObject({ ok: true, method: 'paste', readBack: draft + REPLY });
  expect(await state(page)).toBe(asLexicalState(draft + REPLY));
  expect(await posted(page)).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});

test('Facebook without paste: one line gets in by execCommand; two paragraphs are not stacked and go to the clipboard', async () => {
  const oneLine = await open('https://www.facebook.com/brand/posts/123?nopaste', FB_COMPOSER);
  const single = await insertIntoFacebook(oneLine.page, ONE_LINE_REPLY, true);
  expect(single).toMatchObject({ ok: true, method: 'exec-command', readBack: ONE_LINE_REPLY, copied: [] });
  expect(await state(oneLine.page)).toBe(ONE_LINE_REPLY);
  expect(await posted(oneLine.page)).toBe(false);
  await oneLine.page.close();

  const twoParagraphs = await open('https://www.facebook.com/brand/posts/123?nopaste', FB_COMPOSER);
  const result = await insertIntoFacebook(twoParagraphs.page, REPLY, true);
  expect(result.ok).toBe(false);
  expect(result.method).toBe('clipboard');
  expect(result.copied).toEqual([REPLY]);
  expect(result.error).toMatch(/paste it \(Ctrl\+V\)/);
  // Whatever execCommand left is reported, and no second method piled a copy on top of it.
  expect(result.readBack).toBe(await twoParagraphs.page.evaluate(
    ([composer]) => (window as unknown as TestWindow).__vigieInsert.readEditorText(document.querySelector<HTMLElement>(composer)!, 'lexical'),
    [FB_COMPOSER],
  ));
  // Measured: Lexical takes execCommand's text but drops its newlines. That partial text is left
  // once; no second method stacked another copy on it.
  expect(result.readBack).toBe(REPLY.replace(/\n/g, ''));
  expect(await state(twoParagraphs.page)).toBe(REPLY.replace(/\n/g, ''));
  expect(result.error).toMatch(/holds part of it/);
  expect(await posted(twoParagraphs.page)).toBe(false);
  await twoParagraphs.page.close();
});

// ---------- Instagram: React-controlled textarea ----------

const IG_BOX = 'textarea[aria-label="Add a comment…"]';
const IG_POST = 'form button[type="submit"]';

function insertIntoInstagram(page: Page, text: string, clipboardSpy = false): Promise<InsertResult & { copied: string[] }> {
  return page.evaluate(
    async ({ text, box, post, clipboardSpy }) => {
      const copied: string[] = [];
      const target = document.querySelector<HTMLElement>(box)!;
      const result = await (window as unknown as TestWindow).__vigieInsert.insertText(target, text, {
        editor: 'textarea',
        isSubmitEnabled: () => !document.querySelector<HTMLButtonElement>(post)!.disabled,
        clipboard: clipboardSpy ? async (copiedText: string) => void copied.push(copiedText) : undefined,
      });
      return { ...result, copied };
    },
    { text, box: IG_BOX, post: IG_POST, clipboardSpy },
  );
}

test('Instagram: a two-paragraph reply lands in the React state and enables Post, without posting', async () => {
  const { page, errors } = await open('https://www.instagram.com/p/C0FFEE123/', IG_BOX);
  expect(await page.locator(IG_POST).isDisabled()).toBe(true);

  const result = await insertIntoInstagram(page, REPLY);

  expect(result).toMatchObject({ ok: true, method: 'native-setter', readBack: REPLY });
  expect(await state(page)).toBe(REPLY);
  expect(await page.locator(IG_POST).isEnabled()).toBe(true);
  expect(await posted(page)).toBe(false);
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'instagram-empty.png') });
  await page.close();
});

test('Instagram: the "@someone " mention pre-filled by a reply is kept in front of the text', async () => {
  const { page, errors } = await open('https://www.instagram.com/p/C0FFEE123/?prefill=%40someone%20', IG_BOX);
  expect(await state(page)).toBe('@someone ');

  const result = await insertIntoInstagram(page, REPLY);

  expect(result).toMatchObject({ ok: true, method: 'native-setter', readBack: `@someone ${REPLY}` });
  expect(await state(page)).toBe(`@someone ${REPLY}`);
  expect(await posted(page)).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});

test('Instagram: a box that refuses every change leaves it untouched and puts the reply on the system clipboard', async () => {
  const { page } = await open('https://www.instagram.com/p/C0FFEE123/?locked&prefill=%40someone%20', IG_BOX);
  await page.bringToFront(); // the Clipboard API writes only from a focused document

  const result = await insertIntoInstagram(page, REPLY);

  expect(result).toMatchObject({ ok: false, method: 'clipboard', readBack: '@someone ' });
  expect(result.error).toBe('Could not insert the reply into the reply box; the reply is on the clipboard: paste it (Ctrl+V)');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(REPLY);
  expect(await state(page)).toBe('@someone ');
  expect(await posted(page)).toBe(false);
  await page.close();
});

// ---------- A plain contenteditable ----------

test('a plain contenteditable takes the reply by execCommand, read back line by line', async () => {
  const { page, errors } = await open('https://www.instagram.com/direct/t/1/', IG_BOX);
  const result = await page.evaluate(async (text) => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.setAttribute('role', 'textbox');
    document.body.append(box);
    return (window as unknown as TestWindow).__vigieInsert.insertText(box, text, { editor: 'contenteditable' });
  }, REPLY);

  expect(result).toEqual({ ok: true, method: 'exec-command', readBack: REPLY });
  expect(errors).toEqual([]);
  await page.close();
});

test('a contenteditable that rejects every input, paste and beforeinput hands the reply to the clipboard', async () => {
  const { page } = await open('https://www.instagram.com/direct/t/1/', IG_BOX);
  const result = await page.evaluate(async (text) => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.textContent = 'Texte verrouillé';
    const original = box.textContent;
    for (const type of ['beforeinput', 'paste', 'keydown', 'drop']) box.addEventListener(type, (event) => event.preventDefault());
    // Chromium's execCommand fires no cancelable beforeinput: an editor that owns its DOM puts it back.
    box.addEventListener('input', () => {
      box.textContent = original;
    });
    document.body.append(box);
    const copied: string[] = [];
    const outcome = await (window as unknown as TestWindow).__vigieInsert.insertText(box, text, {
      editor: 'contenteditable',
      clipboard: async (copiedText) => void copied.push(copiedText),
    });
    return { ...outcome, copied, shown: box.textContent };
  }, REPLY);

  expect(result).toMatchObject({ ok: false, method: 'clipboard', readBack: 'Texte verrouillé', copied: [REPLY], shown: 'Texte verrouillé' });
  expect(result.error).toMatch(/the reply is on the clipboard: paste it \(Ctrl\+V\)$/);
  await page.close();
});
