/**
 * The demo's Facebook post page, in the page's own world: the comment box and every reply box are
 * REAL Lexical editors (the library Facebook runs) with Facebook's attributes (contenteditable,
 * role=textbox, data-lexical-editor, aria-label "Write a comment…" / "Reply to NAME"). "Reply"
 * opens a reply box under the thread, as on the site. New comments arrive live inside their parent's
 * replies list (or at the end of the comments), so a thread visibly heats up.
 */
import { $getRoot, COMMAND_PRIORITY_CRITICAL, KEY_ENTER_COMMAND, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { fragmentOf, installDemo, readData, type Arrival } from './runtime';

const demo = installDemo(readData(), appendArrival);

/** Makes `element` a Lexical rich-text editor and registers it for read-back. */
function mountLexical(element: HTMLElement, where: string): void {
  const editor = createEditor({
    namespace: `facebook-${where}`,
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      demo.hooks.errors.push(error.message);
    },
  });
  editor.setRootElement(element);
  registerRichText(editor);
  // Enter sends a comment on Facebook: here it only records that something would have been sent.
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event && event.shiftKey) return false;
      event?.preventDefault();
      demo.hooks.posted = true;
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
  demo.register({ where, read: () => editor.getEditorState().read(() => $getRoot().getTextContent()) });
}

function commentIdOf(article: Element): string | null {
  const link = Array.from(article.querySelectorAll<HTMLAnchorElement>('a[href*="comment_id="]')).find((a) => a.closest('[role=article]') === article);
  if (!link) return null;
  const p = new URL(link.href).searchParams;
  return p.get('reply_comment_id') ?? p.get('comment_id');
}

function articleById(id: string): HTMLElement | null {
  return Array.from(document.querySelectorAll<HTMLElement>('[role=article]')).find((a) => commentIdOf(a) === id) ?? null;
}

/** The top-level comment a comment belongs to (replies sit inside their parent's article). */
function topArticleOf(article: HTMLElement): HTMLElement {
  let top = article;
  for (let up = article.parentElement?.closest<HTMLElement>('[role=article]'); up && commentIdOf(up); up = up.parentElement?.closest<HTMLElement>('[role=article]')) top = up;
  return top;
}

const replyLabel = document.documentElement.lang === 'fr' ? 'Répondre à' : 'Reply to';
const replyWord = document.documentElement.lang === 'fr' ? 'Répondre' : 'Reply';

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[role=button]');
  if (!button || button.textContent?.trim() !== replyWord) return;
  const article = button.closest<HTMLElement>('[role=article]');
  if (!article || !commentIdOf(article)) return;
  const top = topArticleOf(article);
  const name = article.querySelector('a[role=link] span[dir=auto]')?.textContent?.trim() ?? '';
  const form = document.createElement('form');
  form.className = 'vigie-demo-reply';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    demo.hooks.posted = true;
  });
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('spellcheck', 'true');
  box.setAttribute('aria-label', `${replyLabel} ${name}`);
  box.setAttribute('aria-placeholder', `${replyLabel} ${name}`);
  box.style.cssText = 'user-select: text; white-space: pre-wrap; word-break: break-word;';
  form.append(box);
  top.append(form);
  mountLexical(box, `reply:${name}`);
  box.focus();
});

/** A new comment: inside its parent's replies (creating the list, as Facebook does), or at the end. */
function appendArrival(arrival: Arrival): void {
  const fragment = fragmentOf(arrival.html);
  if (!arrival.parentId) {
    const list = document.querySelector('[data-vigie-demo="comments"]');
    if (!list) throw new Error('no comment list');
    list.append(fragment);
    return;
  }
  const parent = articleById(arrival.parentId);
  if (!parent) throw new Error(`no comment ${arrival.parentId} to answer`);
  let replies = Array.from(parent.children).find((c) => c.classList.contains('x1jx94hy'))?.querySelector(':scope > ul');
  if (!replies) {
    const holder = document.createElement('div');
    holder.className = 'x1jx94hy x1n2onr6';
    replies = document.createElement('ul');
    replies.className = 'html-ul';
    holder.append(replies);
    const replyForm = Array.from(parent.children).find((c) => c.classList.contains('vigie-demo-reply'));
    parent.insertBefore(holder, replyForm ?? null);
  }
  replies.append(fragment);
}

const main = document.querySelector<HTMLElement>('[data-vigie-demo="comment-box"]');
if (!main) throw new Error('vigie demo: no comment box on the Facebook page');
mountLexical(main, 'comment');
