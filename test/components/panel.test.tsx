import { click, key, mount, resetLocale, text, user } from './helpers';
import { setLocale } from '../../lib/i18n';
import { PagePanel, sortFlaggedComments, type PagePanelProps, type PanelComment, type PanelThread } from '../../components/page/PagePanel';
import { HeatMarker } from '../../components/page/HeatMarker';

const COMMENTS: PanelComment[] = [
  { id: 'r1', kinds: ['rumour'], severity: 'none', author: 'Rumour Only', excerpt: 'they are hiding the recall' },
  { id: 'h-low', kinds: ['hostile'], severity: 'low', author: 'Low', excerpt: 'meh, idiots' },
  { id: 'h-high', kinds: ['hostile'], severity: 'high', author: 'High', excerpt: 'I will find you' },
  { id: 'h-med', kinds: ['hostile'], severity: 'medium', author: 'Medium', excerpt: 'you clowns' },
  { id: 'both-med', kinds: ['hostile', 'rumour'], severity: 'medium', author: 'Both', excerpt: 'liars, it is poisoned' },
];

const THREADS: PanelThread[] = [
  { id: 't-warm', author: 'Warm root', excerpt: 'New flavour!', heat: { total: 10, hostile: 2, rumour: 0, hostileShare: 0.2, heat: 'warm' } },
  { id: 't-cool', author: 'Cool root', excerpt: 'Opening hours?', heat: { total: 20, hostile: 0, rumour: 0, hostileShare: 0, heat: 'cool' } },
  { id: 't-burn', author: 'Burning root', excerpt: 'Recall notice', heat: { total: 30, hostile: 14, rumour: 3, hostileShare: 14 / 30, heat: 'burning' } },
];

function props(over: Partial<PagePanelProps> = {}): PagePanelProps {
  return {
    comments: COMMENTS,
    threads: THREADS,
    onFocusComment: vi.fn(),
    onLoadAll: vi.fn(),
    crisisMode: false,
    ...over,
  };
}

const rowIds = (root: HTMLElement, list: string) =>
  Array.from(root.querySelectorAll(`[data-list="${list}"] .vg-row`)).map((r) => r.getAttribute('data-comment-id'));

afterEach(() => {
  resetLocale();
  document.body.innerHTML = '';
});

describe('PagePanel', () => {
  it('lists flagged comments most urgent first: hostile high first, rumours after hostile ones', async () => {
    const { container } = await mount(<PagePanel {...props()} />);
    expect(rowIds(container, 'comments')).toEqual(['h-high', 'both-med', 'h-med', 'h-low', 'r1']);
  });

  it('keeps the page order between comments of the same urgency', () => {
    const same: PanelComment[] = [
      { id: 'a', kinds: ['hostile'], severity: 'medium', author: 'A', excerpt: '' },
      { id: 'b', kinds: ['hostile'], severity: 'medium', author: 'B', excerpt: '' },
      { id: 'c', kinds: ['hostile'], severity: 'medium', author: 'C', excerpt: '' },
    ];
    expect(sortFlaggedComments(same).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('lists heated threads hottest first and leaves cool ones out', async () => {
    const { container } = await mount(<PagePanel {...props()} />);
    expect(rowIds(container, 'threads')).toEqual(['t-burn', 't-warm']);
  });

  it('shows each row’s kind, severity, author and excerpt as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = await mount(
      <PagePanel {...props({ comments: [{ id: 'x', kinds: ['hostile', 'rumour'], severity: 'high', author: '<b>Eve</b>', excerpt: evil }], threads: [] })} />,
    );
    const row = container.querySelector('.vg-row')!;
    expect(text(row)).toBe(`Hostile · high Rumour <b>Eve</b> ${evil}`);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('asks to focus the comment on click and on Enter, once each', async () => {
    const p = props();
    const { container } = await mount(<PagePanel {...p} />);
    await click(container.querySelector('[data-comment-id="h-med"]')!);
    expect(p.onFocusComment).toHaveBeenLastCalledWith('h-med');
    await key(container.querySelector('[data-comment-id="t-burn"]')!, 'Enter');
    expect(p.onFocusComment).toHaveBeenLastCalledWith('t-burn');
    expect(p.onFocusComment).toHaveBeenCalledTimes(2);
  });

  it('counts each kind', async () => {
    const { container } = await mount(<PagePanel {...props()} />);
    expect(text(container.querySelector('[data-count="hostile"]'))).toBe('4 hostile');
    expect(text(container.querySelector('[data-count="rumour"]'))).toBe('2 rumours');
    expect(text(container.querySelector('[data-count="thread"]'))).toBe('2 heated threads');
  });

  it('says so when nothing is flagged', async () => {
    const { container } = await mount(<PagePanel {...props({ comments: [], threads: [THREADS[1]] })} />);
    expect(text(container.querySelector('[data-empty]'))).toBe('Nothing flagged on this page yet.');
    expect(container.querySelector('.vg-row')).toBeNull();
  });

  it('loads all comments on request and shows progress, then how many were expanded', async () => {
    const p = props();
    const r = await mount(<PagePanel {...p} />);
    const button = () => r.container.querySelector<HTMLButtonElement>('[data-action="load-all"]')!;
    await click(button());
    expect(p.onLoadAll).toHaveBeenCalledTimes(1);

    await r.rerender(<PagePanel {...p} loadAll={{ status: 'loading', expanded: 3 }} />);
    expect(button().disabled).toBe(true);
    expect(text(r.container.querySelector('[data-load-status]'))).toBe('Loading… 3 expanded so far');

    await r.rerender(<PagePanel {...p} loadAll={{ status: 'done', expanded: 12 }} />);
    expect(button().disabled).toBe(false);
    expect(text(r.container.querySelector('[data-load-status]'))).toBe('Done (12 expanded)');

    await r.rerender(<PagePanel {...p} loadAll={{ status: 'error', message: 'the page stopped answering' }} />);
    expect(text(r.container.querySelector('[data-load-status]'))).toBe('Error: the page stopped answering');
  });

  it('offers crisis mode at the alert level, and says crisis mode is on once it is', async () => {
    const onEnableCrisisMode = vi.fn();
    const radar = { level: 'alert' as const, reason: '12 hostile comments in the last hour, usually 1.' };
    const r = await mount(<PagePanel {...props({ radar, onEnableCrisisMode })} />);
    expect(text(r.container.querySelector('.vg-radar'))).toBe('Page radar: Alert. 12 hostile comments in the last hour, usually 1.');
    const offer = r.container.querySelector('[data-banner="crisis-offer"]')!;
    expect(offer).not.toBeNull();
    await click(offer.querySelector('button')!);
    expect(onEnableCrisisMode).toHaveBeenCalledTimes(1);

    await r.rerender(<PagePanel {...props({ radar, onEnableCrisisMode, crisisMode: true })} />);
    expect(r.container.querySelector('[data-banner="crisis-offer"]')).toBeNull();
    expect(text(r.container.querySelector('[data-banner="crisis-on"]'))).toBe('Crisis mode is on.');
  });

  it('does not offer crisis mode while the page is calm or watched', async () => {
    const r = await mount(<PagePanel {...props({ radar: { level: 'watch', reason: 'More comments than usual.' }, onEnableCrisisMode: vi.fn() })} />);
    expect(r.container.querySelector('[data-banner]')).toBeNull();
  });

  it('collapses and expands with its toggle', async () => {
    const onCollapsedChange = vi.fn();
    const { container } = await mount(<PagePanel {...props({ onCollapsedChange, side: 'right' })} />);
    const panel = container.querySelector<HTMLElement>('.vg-panel')!;
    expect(panel.getAttribute('data-side')).toBe('right');
    const toggle = container.querySelector<HTMLButtonElement>('.vg-panel__toggle')!;
    const body = container.querySelector<HTMLElement>(`#${CSS.escape(toggle.getAttribute('aria-controls')!)}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(toggle);
    expect(body.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle)).toContain('5 flagged');
    expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
    await click(toggle);
    expect(body.hidden).toBe(false);
  });

  it('speaks French when the interface is French', async () => {
    const { container } = await mount(<PagePanel {...props({ comments: [], threads: [] })} />);
    await user(() => setLocale('fr'));
    expect(text(container.querySelector('[data-empty]'))).toBe('Rien n’a encore été signalé sur cette page.');
    expect(text(container.querySelector('[data-action="load-all"]'))).toBe('Charger tous les commentaires');
    expect(text(container.querySelector('[data-count="hostile"]'))).toBe('0 hostile');
  });
});

describe('HeatMarker', () => {
  it('writes the level and the hostile count and share, and speaks the whole of it', async () => {
    const { container } = await mount(<HeatMarker threadId="t1" heat={THREADS[2].heat} />);
    const marker = container.querySelector('.vg-heat')!;
    expect(marker.getAttribute('data-heat')).toBe('burning');
    expect(text(marker)).toBe('Burning · 14 hostile (47%) · 3 rumours');
    expect(marker.getAttribute('aria-label')).toBe('Thread heat: Burning. 14 of 30 replies are hostile (47%). 3 rumours.');
    expect(marker.getAttribute('role')).toBe('img');
  });

  it('uses French number typography', async () => {
    const { container } = await mount(<HeatMarker threadId="t1" heat={{ total: 4, hostile: 1, rumour: 0, hostileShare: 0.25, heat: 'warm' }} />);
    await user(() => setLocale('fr'));
    const marker = container.querySelector('.vg-heat')!;
    expect(marker.getAttribute('aria-label')).toBe('Température du fil\u00a0: Tiède. 1 réponse hostile sur 4 (25\u00a0%).');
  });

  it('refuses inconsistent counts with a clear error', async () => {
    await expect(mount(<HeatMarker threadId="t9" heat={{ total: 2, hostile: 3, rumour: 0, hostileShare: 1, heat: 'hot' }} />)).rejects.toThrow(
      /thread t9 has more flagged replies \(3\) than replies \(2\)/,
    );
    await expect(mount(<HeatMarker threadId="t9" heat={{ total: 2, hostile: 1, rumour: 0, hostileShare: 2, heat: 'hot' }} />)).rejects.toThrow(
      /hostile share outside/,
    );
  });
});
