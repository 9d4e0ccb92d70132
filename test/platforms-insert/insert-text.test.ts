// The parts of insertText that do not need a real browser editor (happy-dom has no execCommand
// and no editor frameworks; those paths are tested in Chromium by test/e2e/insert.e2e.test.ts).
import { describe, expect, test } from 'vitest';
import { insertText } from '../../lib/platforms/insert/index';

function clipboardSpy() {
  const copied: string[] = [];
  return { copied, clipboard: async (text: string) => void copied.push(text) };
}

describe('insertText', () => {
  test('appends to a textarea through the native value setter, keeping an "@user " prefill', async () => {
    document.body.innerHTML = '<textarea aria-label="Add a comment…"></textarea>';
    const box = document.querySelector('textarea')!;
    box.value = '@someone ';
    const inputs: string[] = [];
    box.addEventListener('input', () => inputs.push(box.value));

    const result = await insertText(box, 'Merci pour votre message 🙏', { editor: 'textarea' });

    expect(result).toEqual({ ok: true, method: 'native-setter', readBack: '@someone Merci pour votre message 🙏' });
    expect(inputs).toEqual(['@someone Merci pour votre message 🙏']);
  });

  test('counts the insertion as failed while the platform keeps its send button disabled', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const spy = clipboardSpy();

    const result = await insertText(document.querySelector('textarea')!, 'Bonjour', {
      editor: 'textarea',
      isSubmitEnabled: () => false,
      clipboard: spy.clipboard,
    });

    expect(result.ok).toBe(false);
    expect(result.method).toBe('clipboard');
    expect(result.readBack).toBe('Bonjour');
    expect(result.error).toMatch(/send button stayed disabled/);
    expect(spy.copied).toEqual(['Bonjour']);
  });

  test('puts the reply on the clipboard when the page has no reply box where expected', async () => {
    document.body.innerHTML = '<div id="composer"><span>not editable</span></div>';
    const spy = clipboardSpy();

    const result = await insertText(document.getElementById('composer')!, 'Bonjour,\n\nMerci', { editor: 'lexical', clipboard: spy.clipboard });

    expect(result).toEqual({
      ok: false,
      method: 'clipboard',
      readBack: '',
      error: 'Could not find the reply box; the reply is on the clipboard: paste it (Ctrl+V)',
    });
    expect(spy.copied).toEqual(['Bonjour,\n\nMerci']);
  });

  test('says so when even the clipboard refuses the reply', async () => {
    document.body.innerHTML = '<div id="composer"></div>';
    const result = await insertText(document.getElementById('composer')!, 'Bonjour', {
      editor: 'draftjs',
      clipboard: async () => {
        throw new Error('Document is not focused');
      },
    });
    expect(result.ok).toBe(false);
    expect(result.error).toBe('Could not find the reply box, and copying the reply to the clipboard failed too (Document is not focused): copy it by hand');
  });

  test('rejects an empty reply and an unknown editor kind with a clear message', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    await expect(insertText(box, ' \n ', { editor: 'textarea' })).rejects.toThrow('there is no text to insert');
    await expect(insertText(box, 'Bonjour', { editor: 'prosemirror' as never })).rejects.toThrow(
      'editor must be one of draftjs, lexical, textarea, contenteditable',
    );
  });
});
