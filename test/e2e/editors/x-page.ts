/**
 * X's reply composer, rebuilt on the real libraries X runs: React 18 and draft-js 0.11.7.
 * Markup follows the saved page ../shared/fixtures/x/defuddle--general--x.com-article-2026-02-13.html:
 * `[data-testid=tweetTextarea_0RichTextInputContainer] .DraftEditor-root`, the content div
 * `.public-DraftEditor-content[contenteditable][role=textbox][data-testid=tweetTextarea_0]`
 * labelled "Post text", and `button[data-testid=tweetButtonInline]` disabled until the Draft.js
 * state has text (not the DOM: that is why setting textContent never enables it on the live site).
 */
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { pageHooks, prefillFromUrl } from './page-hooks';

const hooks = pageHooks();

function initialState(): EditorState {
  const prefill = prefillFromUrl();
  if (!prefill) return EditorState.createEmpty();
  return EditorState.moveSelectionToEnd(EditorState.createWithContent(ContentState.createFromText(prefill)));
}

function ReplyComposer() {
  const [editorState, setEditorState] = useState<EditorState>(initialState);
  const latest = useRef(editorState);
  latest.current = editorState;
  hooks.__editorState = () => latest.current.getCurrentContent().getPlainText('\n');
  const hasText = editorState.getCurrentContent().hasText();

  return h(
    'div',
    { className: 'composer' },
    h(
      'div',
      { 'data-testid': 'tweetTextarea_0_label' },
      h(
        'div',
        { className: 'draftjs-styles_0' },
        h(
          'div',
          { 'data-testid': 'tweetTextarea_0RichTextInputContainer', style: { minHeight: '24px' } },
          h(Editor, {
            editorState,
            onChange: setEditorState,
            ariaLabel: 'Post text',
            ariaMultiline: true,
            placeholder: 'Post your reply',
            webDriverTestID: 'tweetTextarea_0',
            spellCheck: true,
          }),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        role: 'button',
        'data-testid': 'tweetButtonInline',
        disabled: !hasText,
        'aria-disabled': String(!hasText),
        onClick: () => {
          hooks.__posted = true;
        },
      },
      'Reply',
    ),
  );
}

window.addEventListener('error', (event) => hooks.__editorErrors.push(String(event.message)));
createRoot(document.getElementById('app')!).render(h(ReplyComposer, null));
