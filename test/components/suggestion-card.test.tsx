import { act, click, key, mount, resetLocale, text, type } from './helpers';
import { setLocale } from '../../lib/i18n';
import {
  fieldLabel,
  pasteShortcut,
  SuggestionCard,
  type FillResult,
  type ReplySuggestion,
  type SuggestionCardProps,
  type ToneResult,
} from '../../components/page/SuggestionCard';

// Small stand-ins for the reply engine's functions (lib/replies writes the real ones): they do what
// the card relies on, so a wrong card shows up as a wrong result here.
function fill(body: string, values: Record<string, string>): FillResult {
  const missing: string[] = [];
  const text = body.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (values[name]) return values[name];
    if (!missing.includes(name)) missing.push(name);
    return m;
  });
  return { text, missing };
}
const measureAt = (limit: number) => (text: string) => {
  const length = [...text].length;
  return { length, limit, over: length > limit };
};
function checkTone(text: string): ToneResult {
  const warnings = /!!/.test(text) ? [{ kind: 'exclamations', note: 'Several exclamation marks read as shouting.' }] : [];
  return { ok: warnings.length === 0, warnings };
}

const SUGGESTIONS: ReplySuggestion[] = [
  {
    replyId: 'recall-fact',
    version: 3,
    title: 'Recall rumour: the facts',
    body: 'Hello {author}, there is no recall. The facts are here: {correction_link} ({agent} for {brand})',
    why: ['Matches the rumour “product recall”', 'Same language'],
    fields: [
      { name: 'author', required: true },
      { name: 'correction_link', required: true },
      { name: 'agent', required: true },
      { name: 'brand', required: true },
    ],
  },
  { replyId: 'calm-down', version: 1, title: 'De-escalate', body: 'We hear you, {author}. {agent}', why: ['Hostile comment'], fields: [{ name: 'author' }, { name: 'agent' }] },
  { replyId: 'thanks', version: 2, title: 'Thank you', body: 'Thanks!! {agent}', why: [], fields: [{ name: 'agent' }] },
];

function props(over: Partial<SuggestionCardProps> = {}): SuggestionCardProps {
  return {
    comment: { id: 'c42', author: 'Dana', excerpt: 'They are recalling everything and hiding it' },
    suggestions: SUGGESTIONS,
    values: { author: 'Dana', brand: 'Acme', agent: 'Sam' },
    fill,
    measure: measureAt(280),
    checkTone,
    onInsert: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

/** Lets a resolved promise's state update render. */
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const options = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('[role="option"]'));
const listbox = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="listbox"]')!;
const insertButton = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('[data-action="insert"]')!;
const field = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

afterEach(() => {
  resetLocale();
  document.body.innerHTML = '';
});

describe('SuggestionCard: the list', () => {
  it('shows the comment, the ranked replies with why each was chosen, in a listbox', async () => {
    const { container } = await mount(<SuggestionCard {...props()} />);
    expect(text(container.querySelector('.vg-card__quote'))).toBe('Replying to Dana: “They are recalling everything and hiding it”');
    const opts = options(container);
    expect(opts.map((o) => o.getAttribute('data-reply-id'))).toEqual(['recall-fact', 'calm-down', 'thanks']);
    expect(Array.from(opts[0].querySelectorAll('.vg-option__why li')).map((li) => text(li))).toEqual([
      'Matches the rumour “product recall”',
      'Same language',
    ]);
    expect(opts[0].getAttribute('aria-selected')).toBe('true');
  });

  it('shows at most five replies', async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...SUGGESTIONS[2], replyId: `r${i}` }));
    const { container } = await mount(<SuggestionCard {...props({ suggestions: many })} />);
    expect(options(container)).toHaveLength(5);
  });

  it('moves with the arrow keys (roving focus), chooses with Enter, and closes with Escape', async () => {
    const p = props();
    const { container } = await mount(<SuggestionCard {...p} />);
    const opts = () => options(container);
    expect(document.activeElement).toBe(opts()[0]);
    expect(opts().map((o) => o.tabIndex)).toEqual([0, -1, -1]);

    await key(listbox(container), 'ArrowDown');
    expect(document.activeElement).toBe(opts()[1]);
    expect(opts()[1].getAttribute('aria-selected')).toBe('true');
    expect(opts().map((o) => o.tabIndex)).toEqual([-1, 0, -1]);

    await key(listbox(container), 'ArrowDown');
    await key(listbox(container), 'ArrowDown'); // stays on the last one
    expect(document.activeElement).toBe(opts()[2]);
    await key(listbox(container), 'ArrowUp');
    expect(document.activeElement).toBe(opts()[1]);
    await key(listbox(container), 'Home');
    expect(document.activeElement).toBe(opts()[0]);
    await key(listbox(container), 'End');
    expect(document.activeElement).toBe(opts()[2]);

    await key(listbox(container), 'Enter');
    expect(container.querySelector('form')?.getAttribute('data-reply-id')).toBe('thanks');

    await key(container.querySelector('form')!, 'Escape'); // back to the list, on the chosen reply
    expect(options(container)).toHaveLength(3);
    expect(document.activeElement).toBe(options(container)[2]);
    expect(p.onClose).not.toHaveBeenCalled();

    await key(listbox(container), 'Escape');
    expect(p.onClose).toHaveBeenCalledTimes(1);
  });

  it('chooses a reply with a click', async () => {
    const { container } = await mount(<SuggestionCard {...props()} />);
    await click(options(container)[1]);
    expect(container.querySelector('form')?.getAttribute('data-reply-id')).toBe('calm-down');
  });

  it('says so when no reply fits', async () => {
    const { container } = await mount(<SuggestionCard {...props({ suggestions: [] })} />);
    expect(text(container.querySelector('[data-empty]'))).toBe('No approved reply fits this comment yet.');
    expect(container.querySelector('[role="listbox"]')).toBeNull();
  });

  it('renders comment and reply text as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = await mount(
      <SuggestionCard {...props({ comment: { id: 'c1', excerpt: evil }, suggestions: [{ ...SUGGESTIONS[2], body: `Hi ${evil}`, why: [evil] }] })} />,
    );
    expect(container.querySelector('img')).toBeNull();
    await key(listbox(container), 'Enter');
    expect(container.querySelector('img')).toBeNull();
    expect(text(container.querySelector('[data-preview]'))).toBe(`Hi ${evil}`);
  });
});

describe('SuggestionCard: the chosen reply', () => {
  async function chooseFirst(p: SuggestionCardProps) {
    const r = await mount(<SuggestionCard {...p} />);
    await key(listbox(r.container), 'Enter');
    return r;
  }

  it('asks for the required fields, prefilled from props, and blocks Insert until they are filled', async () => {
    const p = props();
    const { container } = await chooseFirst(p);
    expect(field(container, 'author').value).toBe('Dana');
    expect(field(container, 'brand').value).toBe('Acme');
    expect(field(container, 'correction_link').value).toBe('');
    // Focus goes to what is left to do.
    expect(document.activeElement).toBe(field(container, 'correction_link'));
    expect(insertButton(container).disabled).toBe(true);
    expect(text(container.querySelector('.vg-blocked'))).toBe('Fill in: Link to the correction.');

    await type(field(container, 'correction_link'), 'https://acme.example/facts');
    expect(insertButton(container).disabled).toBe(false);
    expect(container.querySelector('.vg-blocked')).toBeNull();

    await type(field(container, 'agent'), '   ');
    expect(insertButton(container).disabled).toBe(true);
    expect(text(container.querySelector('.vg-blocked'))).toBe('Fill in: Your name (signature).');
  });

  it('shows a live preview and inserts exactly the filled text', async () => {
    const p = props();
    const { container } = await chooseFirst(p);
    await type(field(container, 'correction_link'), 'https://acme.example/facts');
    await type(field(container, 'agent'), 'Sam B.');
    const expected = 'Hello Dana, there is no recall. The facts are here: https://acme.example/facts (Sam B. for Acme)';
    expect(text(container.querySelector('[data-preview]'))).toBe(expected);
    await click(insertButton(container));
    expect(p.onInsert).toHaveBeenCalledWith({ replyId: 'recall-fact', version: 3, text: expected });
  });

  it('asks for a placeholder the body uses without declaring it', async () => {
    const p = props({ suggestions: [{ ...SUGGESTIONS[1], body: 'Sorry {author}, see {order_id}', fields: [{ name: 'author' }] }] });
    const { container } = await chooseFirst(p);
    expect(field(container, 'order_id')).not.toBeNull();
    expect(text(field(container, 'order_id').closest('label'))).toContain('order id');
    expect(insertButton(container).disabled).toBe(true);
    await type(field(container, 'order_id'), 'A-17');
    expect(insertButton(container).disabled).toBe(false);
  });

  it('blocks Insert when the text is over the platform’s limit and shows the count', async () => {
    const p = props({ measure: measureAt(40) });
    const { container } = await chooseFirst(p);
    await type(field(container, 'correction_link'), 'https://acme.example/facts');
    const counter = container.querySelector('.vg-counter')!;
    const length = [...text(container.querySelector('[data-preview]'))].length;
    expect(length).toBeGreaterThan(40);
    expect(text(counter)).toBe(`Length: ${length} / 40`);
    expect(counter.getAttribute('data-over')).toBe('true');
    expect(insertButton(container).disabled).toBe(true);
    expect(text(container.querySelector('.vg-blocked'))).toContain(`Too long for this platform (${length} / 40)`);
    await click(insertButton(container));
    expect(p.onInsert).not.toHaveBeenCalled();
  });

  it('shows the platform count as "312 / 280" from the measure it is given', async () => {
    const p = props({ measure: () => ({ length: 312, limit: 280, over: true }) });
    const { container } = await chooseFirst(p);
    expect(text(container.querySelector('.vg-counter'))).toContain('312 / 280');
    expect(insertButton(container).disabled).toBe(true);
  });

  it('shows tone warnings without blocking, and the button then says "Insert anyway"', async () => {
    const p = props();
    const r = await mount(<SuggestionCard {...p} />);
    await key(listbox(r.container), 'End');
    await key(listbox(r.container), 'Enter');
    const warnings = r.container.querySelector('[data-tone-warnings]');
    expect(text(warnings)).toContain('Several exclamation marks read as shouting.');
    expect(insertButton(r.container).disabled).toBe(false);
    expect(text(insertButton(r.container))).toBe('Insert anyway');
    await click(insertButton(r.container));
    expect(p.onInsert).toHaveBeenCalledWith({ replyId: 'thanks', version: 2, text: 'Thanks!! Sam' });
  });

  it('checks the tone of the final text as it changes', async () => {
    const seen: string[] = [];
    const p = props({ checkTone: (t) => (seen.push(t), checkTone(t)) });
    const { container } = await chooseFirst({ ...p, suggestions: [SUGGESTIONS[1]] });
    expect(text(insertButton(container))).toBe('Insert into the reply box');
    await type(field(container, 'agent'), 'Sam!!');
    expect(seen.at(-1)).toBe('We hear you, Dana. Sam!!');
    expect(text(insertButton(container))).toBe('Insert anyway');
  });

  it('shows the answer of an asynchronous tone check (the in-page card asks the background) for the text it was asked about only', async () => {
    const pending = new Map<string, (r: ToneResult) => void>();
    const asyncTone = (t: string) => new Promise<ToneResult>((resolve) => pending.set(t, resolve));
    const { container } = await chooseFirst({ ...props({ checkTone: asyncTone }), suggestions: [SUGGESTIONS[1]] });
    expect(text(insertButton(container))).toBe('Insert into the reply box');
    await type(field(container, 'agent'), 'Sam!!');
    // The answer for the text before the edit comes late: it must not decide the button.
    pending.get('We hear you, Dana. Sam')?.(checkTone('We hear you, Dana. Sam!!'));
    await flush();
    expect(container.querySelector('[data-tone-warnings]')).toBeNull();
    pending.get('We hear you, Dana. Sam!!')!(checkTone('We hear you, Dana. Sam!!'));
    await flush();
    expect(text(container.querySelector('[data-tone-warnings]'))).toContain('Several exclamation marks read as shouting.');
    expect(text(insertButton(container))).toBe('Insert anyway');
  });

  it('holds Insert back until an asynchronous count (the in-page card asks the background) answers for the text as it is', async () => {
    const pending = new Map<string, (r: ReturnType<ReturnType<typeof measureAt>>) => void>();
    const asyncMeasure = (t: string) => new Promise<ReturnType<ReturnType<typeof measureAt>>>((resolve) => pending.set(t, resolve));
    const onInsert = vi.fn();
    const { container } = await chooseFirst({ ...props({ measure: asyncMeasure, onInsert }), suggestions: [SUGGESTIONS[1]] });
    expect(insertButton(container).disabled).toBe(true);
    expect(container.querySelector('.vg-counter')).toBeNull();
    pending.get('We hear you, Dana. Sam')!(measureAt(280)('We hear you, Dana. Sam'));
    await flush();
    expect(insertButton(container).disabled).toBe(false);
    expect(text(container.querySelector('.vg-counter'))).toBe('Length: 22 / 280');
    // The moderator types on: the count of the earlier text no longer decides.
    await type(field(container, 'agent'), 'Samantha from the care team, who will call you back today');
    expect(insertButton(container).disabled).toBe(true);
    const longer = 'We hear you, Dana. Samantha from the care team, who will call you back today';
    pending.get(longer)!(measureAt(40)(longer));
    await flush();
    expect(insertButton(container).disabled).toBe(true);
    expect(text(container.querySelector('.vg-blocked'))).toContain('76');
    click(insertButton(container));
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('lets the moderator insert when the count fails (the platform still refuses a reply too long), without showing a count', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onInsert = vi.fn();
    const { container } = await chooseFirst({ ...props({ measure: () => Promise.reject(new Error('background restarting')), onInsert }), suggestions: [SUGGESTIONS[1]] });
    await flush();
    expect(container.querySelector('.vg-counter')).toBeNull();
    expect(insertButton(container).disabled).toBe(false);
    expect(warn).toHaveBeenCalledWith('[vigie] length count failed', expect.any(Error));
    warn.mockRestore();
  });

  it('reports the insertion: inserting, inserted, copied to the clipboard, error', async () => {
    const p = { ...props(), suggestions: [SUGGESTIONS[2]] };
    const r = await chooseFirst(p);
    const status = () => text(r.container.querySelector('[role="status"]'));
    await r.rerender(<SuggestionCard {...p} insertState={{ status: 'inserting' }} />);
    expect(insertButton(r.container).disabled).toBe(true);
    expect(text(insertButton(r.container))).toBe('Inserting…');
    await r.rerender(<SuggestionCard {...p} insertState={{ status: 'inserted' }} />);
    expect(status()).toBe('Inserted: review and press Send yourself.');
    await r.rerender(<SuggestionCard {...p} insertState={{ status: 'clipboard' }} />);
    expect(status()).toBe(`Copied to the clipboard: paste it into the reply box (${pasteShortcut()}).`);
    await r.rerender(<SuggestionCard {...p} insertState={{ status: 'error', message: 'the reply box did not open' }} />);
    expect(status()).toBe('Error: the reply box did not open');
  });

  it('starts afresh for another comment', async () => {
    const p = props();
    const r = await chooseFirst(p);
    await type(field(r.container, 'correction_link'), 'https://acme.example/facts');
    await r.rerender(<SuggestionCard {...p} comment={{ id: 'c43', excerpt: 'another one' }} />);
    expect(r.container.querySelector('form')).toBeNull();
    expect(options(r.container)).toHaveLength(3);
  });

  it('speaks French, with vouvoiement, when the interface is French', async () => {
    setLocale('fr');
    const p = props({ measure: () => ({ length: 312, limit: 280, over: true }) });
    const { container } = await chooseFirst(p);
    expect(text(container.querySelector('h2'))).toBe('Réponses suggérées');
    expect(text(field(container, 'correction_link').closest('label'))).toBe('Lien vers le rectificatif (obligatoire)');
    expect(text(container.querySelector('.vg-blocked'))).toBe(
      'À compléter : Lien vers le rectificatif. Trop long pour cette plateforme (312 / 280) : raccourcissez un champ ou choisissez une autre réponse.',
    );
    const r2 = await mount(<SuggestionCard {...props({ suggestions: [SUGGESTIONS[2]] })} insertState={{ status: 'clipboard' }} />);
    await key(listbox(r2.container), 'Enter');
    expect(text(insertButton(r2.container))).toBe('Insérer quand même');
    expect(text(r2.container.querySelector('[role="status"]'))).toBe(
      `Copiée dans le presse-papiers : collez-la dans la zone de réponse (${pasteShortcut()}).`,
    );
  });
});

describe('SuggestionCard helpers', () => {
  it('names the paste shortcut for the keyboard in use', () => {
    expect(pasteShortcut({ platform: 'MacIntel', userAgent: '' })).toBe('⌘V');
    expect(pasteShortcut({ platform: 'Win32', userAgent: '' })).toBe('Ctrl+V');
    expect(pasteShortcut({ platform: 'Linux x86_64', userAgent: '' })).toBe('Ctrl+V');
  });

  it('labels known fields in the interface language and custom ones with their own label', () => {
    expect(fieldLabel({ name: 'brand' })).toBe('Brand name');
    expect(fieldLabel({ name: 'store', label: 'Store city' })).toBe('Store city');
    expect(fieldLabel({ name: 'order_id' })).toBe('order id');
  });
});
