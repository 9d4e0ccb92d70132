import { click, key, mount, resetLocale, text, user } from './helpers';
import { setLocale } from '../../lib/i18n';
import { Badge, type BadgeProps } from '../../components/page/Badge';

function props(over: Partial<BadgeProps> = {}): BadgeProps {
  return {
    commentId: '1790001',
    verdictKinds: ['hostile'],
    severity: 'high',
    labels: ['insult'],
    reasons: [{ text: 'bunch of crooks', label: 'insult', note: 'insult aimed at the brand' }],
    claim: null,
    onSuggest: vi.fn(),
    onEscalate: vi.fn(),
    onDismiss: vi.fn(),
    ...over,
  };
}

function parts(container: HTMLElement) {
  const toggle = container.querySelector<HTMLButtonElement>('button.vg-badge__toggle')!;
  const pop = container.querySelector<HTMLElement>(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`)!;
  return { toggle, pop, wrapper: container.querySelector<HTMLElement>('.vg-badge')! };
}

afterEach(() => {
  resetLocale();
  document.body.innerHTML = '';
});

describe('Badge', () => {
  it('shows both kinds, hostile with its severity, when a comment is hostile and a rumour', async () => {
    const { container } = await mount(<Badge {...props({ verdictKinds: ['rumour', 'hostile'], severity: 'medium' })} />);
    const chips = Array.from(container.querySelectorAll('.vg-chip')).map((c) => text(c));
    expect(chips).toEqual(['Hostile · medium', 'Rumour']);
  });

  it('shows only the rumour, without a severity, for a rumour that is not hostile', async () => {
    const { container } = await mount(<Badge {...props({ verdictKinds: ['rumour'], severity: 'none', labels: [] })} />);
    const chips = Array.from(container.querySelectorAll('.vg-chip')).map((c) => text(c));
    expect(chips).toEqual(['Rumour']);
  });

  it('refuses a badge with nothing to show', async () => {
    await expect(mount(<Badge {...props({ verdictKinds: [] })} />)).rejects.toThrow(/no verdict kind/);
  });

  it('opens the reasons on keyboard focus and closes them on Escape', async () => {
    const { container } = await mount(<Badge {...props()} />);
    const { toggle, pop } = parts(container);
    expect(pop.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    await user(() => toggle.focus());
    expect(pop.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(pop)).toContain('bunch of crooks');

    await key(toggle, 'Escape');
    expect(pop.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the reasons open while focus moves to its action buttons, and Escape there returns focus to the badge', async () => {
    const { container } = await mount(<Badge {...props()} />);
    const { toggle, pop } = parts(container);
    await user(() => toggle.focus());
    const escalate = pop.querySelector<HTMLButtonElement>('[data-action="escalate"]')!;
    await user(() => escalate.focus());
    expect(pop.hidden).toBe(false);
    await key(escalate, 'Escape');
    expect(pop.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });

  it('opens the reasons on hover and closes them when the pointer leaves', async () => {
    const { container } = await mount(<Badge {...props()} />);
    const { wrapper, pop } = parts(container);
    await user(() => wrapper.dispatchEvent(new MouseEvent('mouseenter')));
    expect(pop.hidden).toBe(false);
    await user(() => wrapper.dispatchEvent(new MouseEvent('mouseleave')));
    expect(pop.hidden).toBe(true);
  });

  it('describes the badge button with the reasons list', async () => {
    const { container } = await mount(<Badge {...props()} />);
    const { toggle } = parts(container);
    const described = container.querySelector(`#${CSS.escape(toggle.getAttribute('aria-describedby')!)}`);
    expect(described?.tagName).toBe('UL');
    expect(text(described)).toContain('insult');
    expect(text(described)).toContain('bunch of crooks');
  });

  it('renders an excerpt holding HTML as text: no element is created from it', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = await mount(
      <Badge {...props({ reasons: [{ text: evil, label: 'insult' }], claim: { id: 'c1', statement: '<b>bold</b> claim' } })} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain(evil);
    expect(container.textContent).toContain('<b>bold</b> claim');
  });

  it('shows the matched register claim and the translated labels', async () => {
    const { container } = await mount(
      <Badge
        {...props({
          verdictKinds: ['hostile', 'rumour'],
          labels: ['insult', 'threat'],
          claim: { id: 'claim-7', statement: 'The factory pollutes the river' },
          reasons: [{ text: 'they hide it', label: 'suppression' }],
        })}
      />,
    );
    const { pop } = parts(container);
    expect(text(pop.querySelector('.vg-badge__claim'))).toBe('Matches the rumour register: “The factory pollutes the river”');
    expect(text(pop.querySelector('.vg-badge__labels'))).toBe('Hostility: insult, threat');
    expect(text(pop.querySelector('.vg-badge__reasons'))).toContain('claim of a cover-up: “they hide it”');
  });

  it('calls the matching callback for each action', async () => {
    const p = props();
    const { container } = await mount(<Badge {...p} />);
    await click(container.querySelector('[data-action="suggest"]')!);
    await click(container.querySelector('[data-action="escalate"]')!);
    await click(container.querySelector('[data-action="dismiss"]')!);
    expect(p.onSuggest).toHaveBeenCalledTimes(1);
    expect(p.onEscalate).toHaveBeenCalledTimes(1);
    expect(p.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('follows the interface language', async () => {
    const { container } = await mount(<Badge {...props({ verdictKinds: ['hostile', 'rumour'] })} />);
    await user(() => setLocale('fr'));
    const chips = Array.from(container.querySelectorAll('.vg-chip')).map((c) => text(c));
    expect(chips).toEqual(['Hostile · gravité élevée', 'Rumeur']);
    expect(text(container.querySelector('[data-action="dismiss"]'))).toBe('Pas de problème');
  });
});
