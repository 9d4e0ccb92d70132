/**
 * Puts a vetted reply into a platform's reply box and proves it landed in the editor's state,
 * never sending it. Method per editor, measured in Chromium against the real libraries
 * (../shared/platform-notes.md, "Putting text into the reply box"):
 *   Draft.js (X)           synthetic paste
 *   Lexical (Facebook)     synthetic paste, then execCommand (single-line text only survives it)
 *   textarea/input (Insta) native value setter + input event, then execCommand
 *   plain contenteditable  execCommand('insertText'), then synthetic paste
 * After each method the editor is read back; only text that is there exactly (and, when the
 * caller says so, an enabled submit button) counts. When nothing works the reply goes to the
 * clipboard and the moderator is told to paste it.
 *
 * Firefox: a synthetic paste dispatched from the content script's isolated world carries an empty
 * DataTransfer, so on Draft.js it fails (and the clipboard fallback takes over) and on Lexical only
 * single-line text gets in. Fixing that needs the paste dispatched from the page's own world (a
 * `world: 'MAIN'` content script calling dispatchPaste from ./methods); that seam is left to the lead.
 */
import type { InsertMethod, InsertResult } from '../types';
import { dispatchPaste, execInsertText, focusAtEnd, isTextControl, setNativeValue } from './methods';
import { normaliseEditorText, serialiseEditableText } from './read-text';
import { nextFrame, waitUntil } from './settle';

export type EditorKind = 'draftjs' | 'lexical' | 'textarea' | 'contenteditable';

export interface InsertOptions {
  editor: EditorKind;
  /** The platform's send button is enabled (X enables it only when the Draft.js state has text). */
  isSubmitEnabled?: () => boolean;
  /** Where the reply goes when it cannot be inserted; defaults to navigator.clipboard.writeText. */
  clipboard?: (text: string) => Promise<void>;
}

type TryableMethod = Exclude<InsertMethod, 'clipboard'>;

/** Order of attempts per editor; the first is the one that works on the live site. */
const METHODS: Record<EditorKind, TryableMethod[]> = {
  // execCommand crashes an empty Draft.js composer and doubles a line in a non-empty one.
  draftjs: ['paste'],
  lexical: ['paste', 'exec-command'],
  textarea: ['native-setter', 'exec-command'],
  contenteditable: ['exec-command', 'paste'],
};

/** How long a framework gets to show the text after one method before the next is tried. */
const READ_BACK_BUDGET_MS = 500;

const PASTE_HINT = 'the reply is on the clipboard: paste it (Ctrl+V)';

/**
 * The element that takes the text. Callers may pass the platform's wrapper (X's
 * `tweetTextarea_0RichTextInputContainer`) rather than the editable itself.
 */
function findEditable(target: HTMLElement, editor: EditorKind): HTMLElement | null {
  if (editor === 'textarea') {
    if (isTextControl(target)) return target;
    return target.querySelector<HTMLElement>('textarea, input:not([type]), input[type="text"], input[type="search"]');
  }
  const attribute = target.getAttribute('contenteditable');
  if (attribute !== null && attribute !== 'false') return target;
  return target.querySelector<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
}

/**
 * What the editor shows, normalised (\r\n → \n, NBSP → space, trailing newlines trimmed), one
 * line per paragraph joined by \n; an empty paragraph is an empty line. Lexical's own
 * `$getRoot().getTextContent()` joins paragraphs with "\n\n" instead: this reads the DOM, so the
 * same reply reads the same on every editor.
 */
export function readEditorText(target: HTMLElement, editor: EditorKind): string {
  const editable = findEditable(target, editor);
  if (!editable) return '';
  const raw = isTextControl(editable) ? editable.value : serialiseEditableText(editable);
  return normaliseEditorText(raw);
}

async function runMethod(method: TryableMethod, editable: HTMLElement, text: string): Promise<void> {
  switch (method) {
    case 'paste':
      focusAtEnd(editable);
      // Draft.js and Lexical learn the caret position from selectionchange, which fires after
      // this task: paste before it and the text lands where their stale selection points.
      await nextFrame();
      dispatchPaste(editable, text);
      return;
    case 'native-setter':
      if (!isTextControl(editable)) throw new Error('The native value setter needs a textarea or input');
      setNativeValue(editable, text);
      return;
    case 'exec-command':
      execInsertText(editable, text);
      return;
  }
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

async function copyToClipboard(text: string, clipboard: InsertOptions['clipboard']): Promise<void> {
  if (clipboard) return clipboard(text);
  if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('no clipboard access here');
  return navigator.clipboard.writeText(text);
}

export async function insertText(target: HTMLElement, text: string, opts: InsertOptions): Promise<InsertResult> {
  if (!(target instanceof HTMLElement)) throw new TypeError('insertText: target must be an HTMLElement');
  if (typeof text !== 'string') throw new TypeError('insertText: text must be a string');
  if (!opts || !(opts.editor in METHODS)) {
    throw new TypeError(`insertText: editor must be one of ${Object.keys(METHODS).join(', ')}`);
  }
  const expected = normaliseEditorText(text);
  if (expected.trim() === '') throw new TypeError('insertText: there is no text to insert');

  const editable = findEditable(target, opts.editor);
  let failure = 'Could not insert the reply into the reply box';
  let readBack = '';

  if (!editable) {
    failure = 'Could not find the reply box';
  } else {
    const read = () => readEditorText(editable, opts.editor);
    const before = read();
    const landed = () => {
      const now = read();
      // The reply is there once, in one piece, and nothing else changed length: no stacking on
      // an earlier attempt, no half-inserted text.
      const inserted = now.length === before.length + expected.length && now.includes(expected);
      return inserted && (opts.isSubmitEnabled ? safely(opts.isSubmitEnabled) : true);
    };
    for (const method of METHODS[opts.editor]) {
      try {
        await runMethod(method, editable, text);
      } catch {
        // A method that throws (an editor crashing on it) is judged by what it left, like any other.
      }
      if (await waitUntil(landed, READ_BACK_BUDGET_MS)) return { ok: true, method, readBack: read() };
      readBack = read();
      if (readBack !== before) {
        // Trying another method now would stack a second copy on what this one left.
        failure = 'Could not insert the reply cleanly (the reply box now holds part of it: clear it first)';
        if (readBack.length === before.length + expected.length && readBack.includes(expected)) {
          failure = 'The reply is in the reply box but the send button stayed disabled (clear the box first)';
        }
        break;
      }
    }
  }

  try {
    await copyToClipboard(text, opts.clipboard);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      method: 'clipboard',
      readBack,
      error: `${failure}, and copying the reply to the clipboard failed too (${reason}): copy it by hand`,
    };
  }
  return { ok: false, method: 'clipboard', readBack, error: `${failure}; ${PASTE_HINT}` };
}
