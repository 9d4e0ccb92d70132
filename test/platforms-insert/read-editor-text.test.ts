// What the moderator sees in a reply box, read the same way for every editor (happy-dom; the
// insertion itself is exercised in Chromium by test/e2e/insert.e2e.test.ts).
import { describe, expect, test } from 'vitest';
import { readEditorText } from '../../lib/platforms/insert/index';

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host;
}

describe('readEditorText', () => {
  test('X (Draft.js): one line per block, an empty block is an empty line, emoji images read by alt', () => {
    // Structure from ../shared/fixtures/x/defuddle--general--x.com-article-2026-02-13.html.
    const host = mount(`
      <div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root">
        <div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">Post your reply</div></div>
        <div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-rbd-draggable-id="a"><div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="a-0-0"><span data-text="true">Bonjour Amélie,</span></span></div></div></div><div data-block="true" data-offset-key="b-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="b-0-0"><br data-text="true"></span></div></div><div data-block="true" data-offset-key="c-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="c-0-0"><span data-text="true">Merci </span></span><img alt="🙏" src="x.svg"><span><span data-text="true">\u00a0!</span></span></div></div></div></div></div>
      </div></div>`);
    const wrapper = host.querySelector<HTMLElement>('[data-testid="tweetTextarea_0RichTextInputContainer"]')!;
    // The placeholder sits outside the editable and is not read.
    expect(readEditorText(wrapper, 'draftjs')).toBe('Bonjour Amélie,\n\nMerci 🙏 !');
  });

  test('an empty Draft.js composer reads as nothing', () => {
    const host = mount(
      '<div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div></div>',
    );
    expect(readEditorText(host.firstElementChild as HTMLElement, 'draftjs')).toBe('');
  });

  test('Facebook (Lexical): one line per paragraph, its managed <br> in an empty paragraph is not a newline', () => {
    const host = mount(
      '<div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="auto"><span data-lexical-text="true">Bonjour,</span></p><p dir="auto"><br data-lexical-managed-linebreak="true"></p><p dir="auto"><span data-lexical-text="true">Merci</span><br><span data-lexical-text="true">à bientôt</span></p></div>',
    );
    expect(readEditorText(host.firstElementChild as HTMLElement, 'lexical')).toBe('Bonjour,\n\nMerci\nà bientôt');
  });

  test('a plain contenteditable: <br> line breaks, a trailing <br> only keeps the line open', () => {
    const host = mount('<div contenteditable="true">Bonjour,<br><br>Merci<div>Suite</div><div><br></div></div>');
    expect(readEditorText(host.firstElementChild as HTMLElement, 'contenteditable')).toBe('Bonjour,\n\nMerci\nSuite');
  });

  test('a textarea reads its value with Windows line endings, NBSP and trailing newlines normalised', () => {
    const host = mount('<form><textarea aria-label="Add a comment…"></textarea></form>');
    host.querySelector('textarea')!.value = '@someone\u00a0Bonjour,\r\n\r\nMerci\n\n';
    expect(readEditorText(host.querySelector('form')!, 'textarea')).toBe('@someone Bonjour,\n\nMerci');
  });

  test('a wrapper holding no editor reads as nothing', () => {
    const host = mount('<div><span>Just text</span></div>');
    expect(readEditorText(host, 'lexical')).toBe('');
  });
});
