/**
 * The ways of putting text into a reply box, as measured in Chromium against the real editor
 * libraries (see ../shared/platform-notes.md, "Putting text into the reply box"). Each one only
 * starts the insertion; the caller waits for the framework to re-render and reads back.
 * None of them touches textContent/innerHTML (the framework's state would diverge from the DOM)
 * and none of them sends: no Enter key, no click, no form submit.
 */

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

export function isTextControl(element: Element): element is TextControl {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

/** The last text node under root, where "the end of what is written" is. */
function lastTextNode(root: Node): Text | null {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.length > 0) last = node as Text;
  }
  return last;
}

/**
 * Focuses a contenteditable and puts the caret after its last character, so a reply is appended
 * to what the moderator already typed (an "@user " mention, a greeting) instead of replacing it.
 * The caret goes into the last text node: Draft.js and Lexical map a DOM position to their own
 * model only from positions inside the nodes they rendered. An empty editor keeps the caret that
 * focus() gives it, which is the only position there is.
 */
export function focusAtEnd(editable: HTMLElement): void {
  editable.focus();
  const doc = editable.ownerDocument;
  const selection = doc.getSelection();
  const text = lastTextNode(editable);
  if (!selection || !text) return;
  const range = doc.createRange();
  range.setStart(text, text.data.length);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Draft.js (X) and Lexical (Facebook) read clipboard data in their own paste handlers, so a
 * synthetic paste carrying text/plain goes through the same path as the moderator's Ctrl+V and
 * updates the editor's state, not only its DOM (the post button follows the state).
 *
 * Firefox: a DataTransfer built in a content script's isolated world arrives empty in the page's
 * handlers (Xray wrappers), so this method fails there and the read-back reports it. The seam
 * for a fix is a `world: 'MAIN'` content script that runs this same function in the page's world
 * (the isolated script would ask it by a CustomEvent carrying the text); not built yet.
 */
export function dispatchPaste(editable: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editable.dispatchEvent(event);
}

/**
 * React keeps its own copy of a controlled field's value and ignores an `input` event when the
 * element's value equals it. Setting the value through the prototype's setter (not the instance's,
 * which React wraps) makes React see a change and call the page's onChange.
 * The reply is appended: Instagram pre-fills "@user " when replying to a comment.
 */
export function setNativeValue(control: TextControl, text: string): void {
  const prototype = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!setter) throw new Error('This browser exposes no native value setter for text fields');
  control.focus();
  setter.call(control, control.value + text);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The browser's own typing command. In Chromium it fires only `input` (no `beforeinput`), which
 * is enough for a plain contenteditable and for text fields; Lexical drops the newlines and
 * Draft.js crashes on an empty composer, so it is never tried on Draft.js.
 */
export function execInsertText(target: HTMLElement, text: string): void {
  if (isTextControl(target)) {
    target.focus();
    const end = target.value.length;
    target.setSelectionRange(end, end);
  } else {
    focusAtEnd(target);
  }
  target.ownerDocument.execCommand('insertText', false, text);
}
