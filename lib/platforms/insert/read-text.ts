/**
 * Reading what a reply box shows, the same way for every editor, so that "did the text get in?"
 * compares like with like. Editors render one block element per paragraph (Draft.js: a
 * `[data-block]` div; Lexical: a `<p>`; Chromium's own contenteditable: `<div>` or `<br>`), and
 * keep an empty line alive with a lone `<br>` that is not content. We walk the DOM instead of
 * using `innerText`, whose paragraph spacing depends on CSS margins.
 */

/** Elements that start a new line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Line endings unified, NBSP as a space, trailing newlines dropped (editors keep a last empty block). */
export function normaliseEditorText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/**
 * A `<br>` that only keeps a block from collapsing: Draft.js marks it `data-text="true"`; otherwise
 * it is one with nothing after it inside its block (the browser needs it to show an empty or
 * trailing line, it is not a line break the user typed).
 */
function isPlaceholderBreak(br: Element, root: Node): boolean {
  if (br.getAttribute('data-text') === 'true') return true;
  let node: Node = br;
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE && (next as Text).data.length > 0) return false;
      if (next.nodeType === Node.ELEMENT_NODE) return isBlock(next);
    }
    const parent = node.parentNode;
    if (!parent || isBlock(parent)) return true;
    node = parent;
  }
  return true;
}

/** The text a contenteditable shows: one line per block, `<br>` as a newline, emoji images by alt. */
export function serialiseEditableText(root: HTMLElement): string {
  let out = '';
  // Set when a block closes: the next content (or the next block) starts on a new line. A block
  // that holds nothing (an empty paragraph) still closes, which is how blank lines survive.
  let breakPending = false;
  const emit = (text: string) => {
    if (breakPending) {
      out += '\n';
      breakPending = false;
    }
    out += text;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      emit((node as Text).data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      if (!isPlaceholderBreak(element, root)) emit('\n');
      return;
    }
    if (element.tagName === 'IMG') {
      // X and Facebook draw emoji as <img alt="😀">.
      emit(element.getAttribute('alt') ?? '');
      return;
    }
    const block = isBlock(element);
    if (block) {
      if (breakPending) emit('');
      else if (out.length > 0 && !out.endsWith('\n')) out += '\n';
    }
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) breakPending = true;
  };
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  return out;
}
