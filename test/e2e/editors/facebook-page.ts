/**
 * Facebook's comment box, rebuilt on the library Facebook runs: Lexical 0.52 with rich text
 * (Facebook's composer is `div[contenteditable=true][role=textbox][data-lexical-editor=true]`
 * labelled "Write a comment…"). Lexical needs no React to mount. Enter sends a comment on
 * Facebook, so a plain Enter here marks the page as posted.
 */
import { $createParagraphNode, $createTextNode, $getRoot, COMMAND_PRIORITY_CRITICAL, KEY_ENTER_COMMAND, PASTE_COMMAND, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { flagFromUrl, pageHooks, prefillFromUrl } from './page-hooks';

const hooks = pageHooks();
const root = document.getElementById('composer')!;

const editor = createEditor({
  namespace: 'facebook-comment',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    hooks.__editorErrors.push(error.message);
  },
});
editor.setRootElement(root);
registerRichText(editor);

editor.registerCommand(
  KEY_ENTER_COMMAND,
  (event) => {
    if (event && event.shiftKey) return false;
    event?.preventDefault();
    hooks.__posted = true;
    return true;
  },
  COMMAND_PRIORITY_CRITICAL,
);

// ?nopaste: a composer that swallows paste, so only the execCommand fallback reaches Lexical
// (what happens in Firefox, where a synthetic paste from the isolated world carries no data).
if (flagFromUrl('nopaste')) {
  editor.registerCommand(PASTE_COMMAND, () => true, COMMAND_PRIORITY_CRITICAL);
}

const prefill = prefillFromUrl();
if (prefill) {
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      paragraph.append($createTextNode(prefill));
      $getRoot().clear().append(paragraph);
    },
    { discrete: true },
  );
}

// Lexical's own text: paragraphs joined by "\n\n" (ElementNode.getTextContent), so the reply
// "a\n\nb" (three paragraphs, the middle one empty) reads "a\n\n\n\nb" here.
hooks.__editorState = () => editor.getEditorState().read(() => $getRoot().getTextContent());
