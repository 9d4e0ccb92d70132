/**
 * Instagram's comment box: a React 18 controlled `<textarea aria-label="Add a comment…">` in a
 * form whose Post button is disabled while the text is blank. Replying to a comment pre-fills
 * "@user " (here: `?prefill=@someone%20`). `?locked` makes a box whose state refuses every change
 * (React puts the old value back), so every insertion method fails.
 */
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flagFromUrl, pageHooks, prefillFromUrl } from './page-hooks';

const hooks = pageHooks();
const locked = flagFromUrl('locked');

function CommentBox() {
  const [value, setValue] = useState(prefillFromUrl);
  const latest = useRef(value);
  latest.current = value;
  hooks.__editorState = () => latest.current;
  const blank = value.trim() === '';

  return h(
    'form',
    {
      method: 'POST',
      onSubmit: (event: Event) => {
        event.preventDefault();
        hooks.__posted = true;
      },
    },
    h('textarea', {
      'aria-label': 'Add a comment…',
      placeholder: 'Add a comment…',
      autoComplete: 'off',
      autoCorrect: 'off',
      value,
      onChange: (event: Event) => {
        if (!locked) setValue((event.target as HTMLTextAreaElement).value);
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          hooks.__posted = true;
        }
      },
    }),
    h('button', { type: 'submit', disabled: blank }, 'Post'),
  );
}

createRoot(document.getElementById('app')!).render(h(CommentBox, null));
