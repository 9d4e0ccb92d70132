/**
 * The demo's x.com status page, in the page's own world: the inline reply composer and the reply
 * dialog are REAL Draft.js editors on React 18 (the libraries X runs), mounted where X puts them
 * (test ids tweetTextarea_0, tweetButtonInline / tweetButton), so that Vigie's insertion goes through
 * the same editor code as on the live site. New replies arrive as cellInnerDiv rows at the bottom of
 * the conversation, positioned like X's virtualised list.
 */
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { fragmentOf, installDemo, readData, shortAgo, type Arrival } from './runtime';

const ROW_HEIGHT = 120;

const demo = installDemo(readData(), appendArrival);

function Composer(props: { where: string; buttonTestId: string; placeholder: string }) {
  const [editorState, setEditorState] = useState<EditorState>(() => EditorState.createEmpty());
  const latest = useRef(editorState);
  latest.current = editorState;
  const registered = useRef(false);
  if (!registered.current) {
    registered.current = true;
    demo.register({ where: props.where, read: () => latest.current.getCurrentContent().getPlainText('\n') });
  }
  const hasText = editorState.getCurrentContent().hasText();
  return h(
    'div',
    { className: 'vigie-demo-composer', style: { borderTop: '1px solid #eff3f4', padding: '12px 16px' } },
    h(
      'div',
      { 'data-testid': 'tweetTextarea_0_label' },
      h(
        'div',
        { 'data-testid': 'tweetTextarea_0RichTextInputContainer', style: { minHeight: '48px', fontSize: '20px' } },
        h(Editor, {
          editorState,
          onChange: setEditorState,
          ariaLabel: 'Post text',
          ariaMultiline: true,
          placeholder: props.placeholder,
          webDriverTestID: 'tweetTextarea_0',
          spellCheck: true,
        }),
      ),
    ),
    h(
      'div',
      { style: { display: 'flex', justifyContent: 'flex-end', marginTop: '8px' } },
      h(
        'button',
        {
          type: 'button',
          role: 'button',
          'data-testid': props.buttonTestId,
          disabled: !hasText,
          'aria-disabled': String(!hasText),
          style: { borderRadius: '999px', padding: '8px 16px', border: '0', background: hasText ? '#0f1419' : '#8b9196', color: '#fff', fontWeight: 700 },
          onClick: () => {
            demo.hooks.posted = true;
          },
        },
        'Reply',
      ),
    ),
  );
}

/** The inline composer under the focused post: the builder leaves X's static markup; a live editor replaces it. */
function mountInlineComposer(): void {
  const slot = document.querySelector<HTMLElement>('[data-testid="inline_reply_offscreen"]');
  if (!slot) throw new Error('vigie demo: no inline composer slot on the X page');
  slot.replaceChildren();
  createRoot(slot).render(h(Composer, { where: 'inline', buttonTestId: 'tweetButtonInline', placeholder: 'Post your reply' }));
}

let dialog: { host: HTMLElement; unmount(): void } | null = null;

function closeDialog(): void {
  dialog?.unmount();
  dialog?.host.remove();
  dialog = null;
}

/** X opens a modal dialog to answer a post that is not the focused one. */
function openReplyDialog(article: HTMLElement): void {
  closeDialog();
  const handle = article.querySelector('[data-testid="User-Name"] a[href^="/"]')?.getAttribute('href')?.slice(1) ?? '';
  const host = document.createElement('div');
  host.setAttribute('role', 'dialog');
  host.setAttribute('aria-modal', 'true');
  host.setAttribute('aria-label', 'Reply');
  host.style.cssText =
    'position:fixed;top:60px;left:50%;transform:translateX(-50%);width:560px;max-width:95vw;background:#fff;border-radius:16px;box-shadow:0 8px 40px rgba(0,0,0,.35);z-index:1000;font:15px system-ui,sans-serif;';
  const head = document.createElement('div');
  head.style.cssText = 'display:flex;justify-content:space-between;align-items:center;padding:12px 16px;';
  const replying = document.createElement('span');
  replying.textContent = `Replying to @${handle}`;
  replying.style.color = '#536471';
  const close = document.createElement('button');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.setAttribute('data-testid', 'app-bar-close');
  close.textContent = '✕';
  close.addEventListener('click', closeDialog);
  head.append(close, replying);
  const body = document.createElement('div');
  host.append(head, body);
  document.body.append(host);
  const root = createRoot(body);
  root.render(h(Composer, { where: `dialog:@${handle}`, buttonTestId: 'tweetButton', placeholder: 'Post your reply' }));
  dialog = { host, unmount: () => root.unmount() };
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('button[data-testid="reply"]');
  if (!button) return;
  const article = button.closest<HTMLElement>('article[data-testid="tweet"]');
  if (!article || article.getAttribute('tabindex') === '-1') return;
  event.preventDefault();
  openReplyDialog(article);
});

/** Appends a reply row below the lowest one, and stamps its time now (the scenario's compressed clock). */
function appendArrival(arrival: Arrival): void {
  const list = document.querySelector('[aria-label="Timeline: Conversation"] > div');
  if (!list) throw new Error('no conversation list');
  const cells = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]'));
  const offsetOf = (c: HTMLElement) => Number((/translateY\((-?[\d.]+)px\)/.exec(c.style.transform) ?? [0, 0])[1]);
  let y = cells.reduce((max, c) => Math.max(max, offsetOf(c)), 0);
  const fragment = fragmentOf(arrival.html);
  const posted = new Date(Date.now() - arrival.minutesAgo * 60_000);
  for (const time of Array.from(fragment.querySelectorAll('a[href*="/status/"] > time'))) {
    time.setAttribute('datetime', posted.toISOString());
    time.textContent = shortAgo(arrival.minutesAgo);
  }
  for (const cell of Array.from(fragment.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]'))) {
    y += ROW_HEIGHT;
    cell.style.transform = `translateY(${y}px)`;
  }
  const holder = list as HTMLElement;
  holder.style.minHeight = `${y + 2 * ROW_HEIGHT}px`;
  list.append(fragment);
}

mountInlineComposer();
