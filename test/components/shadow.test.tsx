import { act, resetLocale } from './helpers';
import { h } from 'preact';
import { findMount, mountInShadow, pruneDetachedMounts, refreshPageTheme, shadowCss, UI_ATTRIBUTE, unmountAllMounts } from '../../components/page/shadow';
import { PAGE_CSS } from '../../components/page/styles';
import { detectPageTheme, parseCssColour } from '../../components/page/theme';

function comment(id: string): HTMLElement {
  const el = document.createElement('article');
  el.setAttribute('data-comment', id);
  el.textContent = `comment ${id}`;
  document.body.appendChild(el);
  return el;
}

function hello(name: string) {
  return h('button', { type: 'button', class: 'vg-btn' }, `hello ${name}`);
}

afterEach(() => {
  unmountAllMounts();
  resetLocale();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('mountInShadow', () => {
  it('renders inside a shadow root that carries its own styles', async () => {
    const anchor = comment('1');
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, hello('a'), { key: '1', ui: 'badge' });
    });
    expect(m.host.getAttribute(UI_ATTRIBUTE)).toBe('badge');
    expect(m.host.shadowRoot).toBe(m.root); // open by default
    expect(shadowCss(m.root)).toBe(PAGE_CSS);
    expect(m.root.querySelector('.vg-root button')?.textContent).toBe('hello a');
    // Nothing leaks into the page's light DOM.
    expect(anchor.querySelector('button')).toBeNull();
    expect(document.querySelectorAll('button')).toHaveLength(0);
  });

  it('uses the CSS it is given and a closed root when asked', async () => {
    const anchor = comment('1');
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, hello('a'), { css: '.x { color: red }', mode: 'closed' });
    });
    expect(m.host.shadowRoot).toBeNull();
    expect(shadowCss(m.root)).toBe('.x { color: red }');
    expect(m.root.querySelector('button')?.textContent).toBe('hello a');
  });

  it('stops inheritance on the host with an inline all: initial that outranks page !important rules', async () => {
    const page = document.createElement('style');
    page.textContent = '* { display: none !important; color: red !important; font-size: 40px }';
    document.head.appendChild(page);
    const anchor = comment('1');
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, hello('a'), { key: '1', position: 'after' });
    });
    expect(m.host.style.getPropertyValue('all')).toBe('initial');
    expect(m.host.style.getPropertyPriority('all')).toBe('important');
    expect(m.host.style.getPropertyValue('display')).toBe('block');
    expect(m.host.style.getPropertyPriority('display')).toBe('important');
    // The page's stylesheet is not in the shadow root; only ours is.
    expect(m.root.querySelectorAll('style').length).toBeLessThanOrEqual(1);
    expect(shadowCss(m.root)).toBe(PAGE_CSS);
    expect(shadowCss(m.root)).not.toContain('color: red');
    // happy-dom scopes style rules to their tree: the page rule does not apply inside.
    const button = m.root.querySelector('button')!;
    expect(getComputedStyle(button).display).not.toBe('none');
    expect(getComputedStyle(anchor).display).toBe('none');
    // A page selector cannot select into the shadow root.
    expect(document.querySelectorAll('.vg-root')).toHaveLength(0);
  });

  it('places the host before, after, inside the anchor, or as a fixed overlay', async () => {
    const anchor = comment('1');
    await act(() => {
      mountInShadow(anchor, hello('b'), { key: '1', ui: 'before', position: 'before' });
      mountInShadow(anchor, hello('a'), { key: '1', ui: 'after', position: 'after' });
      mountInShadow(anchor, hello('c'), { key: '1', ui: 'inside', position: 'append' });
      mountInShadow(document.body, hello('d'), { key: 'panel', ui: 'panel', position: 'overlay' });
    });
    expect(anchor.previousElementSibling?.getAttribute(UI_ATTRIBUTE)).toBe('before');
    expect(anchor.nextElementSibling?.getAttribute(UI_ATTRIBUTE)).toBe('after');
    expect(anchor.lastElementChild?.getAttribute(UI_ATTRIBUTE)).toBe('inside');
    const overlay = document.body.lastElementChild as HTMLElement;
    expect(overlay.getAttribute(UI_ATTRIBUTE)).toBe('panel');
    expect(overlay.style.getPropertyValue('position')).toBe('fixed');
  });

  it('reuses the host when the same comment is mounted twice, and re-renders it', async () => {
    const anchor = comment('1');
    let a!: ReturnType<typeof mountInShadow>;
    let b!: ReturnType<typeof mountInShadow>;
    await act(() => {
      a = mountInShadow(anchor, hello('first'), { key: '1', ui: 'badge', position: 'after' });
    });
    await act(() => {
      b = mountInShadow(anchor, hello('second'), { key: '1', ui: 'badge', position: 'after' });
    });
    expect(b.host).toBe(a.host);
    expect(document.querySelectorAll(`[${UI_ATTRIBUTE}]`)).toHaveLength(1);
    expect(a.root.querySelectorAll('button')).toHaveLength(1);
    expect(a.root.querySelector('button')?.textContent).toBe('hello second');
    expect(findMount('1', 'badge')).toBe(a);
  });

  it('moves the host to the new anchor when the platform re-created the row', async () => {
    const first = comment('1');
    let a!: ReturnType<typeof mountInShadow>;
    await act(() => {
      a = mountInShadow(first, hello('x'), { key: '1', ui: 'badge', position: 'append' });
    });
    first.remove();
    const again = comment('1');
    let b!: ReturnType<typeof mountInShadow>;
    await act(() => {
      b = mountInShadow(again, hello('y'), { key: '1', ui: 'badge', position: 'append' });
    });
    expect(b.host).toBe(a.host);
    expect(again.contains(a.host)).toBe(true);
    expect(a.root.querySelector('button')?.textContent).toBe('hello y');
  });

  it('replaces another comment’s UI left in a recycled row: one host per place', async () => {
    const row = comment('row');
    await act(() => {
      mountInShadow(row, hello('old'), { key: 'old-comment', ui: 'badge', position: 'append' });
    });
    await act(() => {
      mountInShadow(row, hello('new'), { key: 'new-comment', ui: 'badge', position: 'append' });
    });
    const hosts = row.querySelectorAll(`[${UI_ATTRIBUTE}="badge"]`);
    expect(hosts).toHaveLength(1);
    expect(hosts[0].shadowRoot?.querySelector('button')?.textContent).toBe('hello new');
    expect(findMount('old-comment', 'badge')).toBeNull();
  });

  it('reuses an unkeyed host at the same place', async () => {
    const anchor = comment('1');
    let a!: ReturnType<typeof mountInShadow>;
    let b!: ReturnType<typeof mountInShadow>;
    await act(() => {
      a = mountInShadow(anchor, hello('1'), { position: 'before', ui: 'heat' });
    });
    await act(() => {
      b = mountInShadow(anchor, hello('2'), { position: 'before', ui: 'heat' });
    });
    expect(b.host).toBe(a.host);
    expect(b.root.querySelector('button')?.textContent).toBe('hello 2');
  });

  it('keeps two kinds of UI before the same anchor without moving them back and forth', async () => {
    const anchor = comment('1');
    await act(() => {
      mountInShadow(anchor, hello('badge'), { key: '1', ui: 'badge', position: 'before' });
      mountInShadow(anchor, hello('heat'), { key: '1', ui: 'heat', position: 'before' });
    });
    const order = () => Array.from(document.body.children).map((el) => el.getAttribute(UI_ATTRIBUTE) ?? el.tagName);
    const before = order();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true });
    await act(() => {
      mountInShadow(anchor, hello('badge'), { key: '1', ui: 'badge', position: 'before' });
      mountInShadow(anchor, hello('heat'), { key: '1', ui: 'heat', position: 'before' });
    });
    expect(observer.takeRecords()).toHaveLength(0);
    expect(order()).toEqual(before);
    observer.disconnect();
  });

  it('unmount removes the host and unrenders; update after unmount is an error', async () => {
    const anchor = comment('1');
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, hello('a'), { key: '1', position: 'after' });
    });
    m.unmount();
    expect(m.host.isConnected).toBe(false);
    expect(m.root.querySelector('button')).toBeNull();
    expect(findMount('1')).toBeNull();
    expect(() => m.update(hello('b'))).toThrow(/after unmount/);
    m.unmount(); // twice is harmless
  });

  it('update renders a new tree in place', async () => {
    const anchor = comment('1');
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, hello('a'));
    });
    const button = m.root.querySelector('button');
    await act(() => m.update(hello('b')));
    expect(m.root.querySelector('button')).toBe(button); // diffed, not replaced
    expect(button?.textContent).toBe('hello b');
  });

  it('keeps key presses and clicks inside: the page’s shortcuts and row handlers do not see them', async () => {
    const anchor = comment('1');
    const seen: string[] = [];
    for (const type of ['keydown', 'click', 'input']) document.addEventListener(type, () => seen.push(type));
    const ours = vi.fn();
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, h('input', { onKeyDown: ours, onClick: ours }), { key: '1' });
    });
    const input = m.root.querySelector('input')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    input.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(ours).toHaveBeenCalledTimes(2);
    expect(seen).toEqual([]);
    // The page's own elements still get their events.
    anchor.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual(['click']);
  });

  it('prunes mounts whose comment left the page', async () => {
    const gone = comment('1');
    const kept = comment('2');
    await act(() => {
      mountInShadow(gone, hello('1'), { key: '1', ui: 'badge' });
      mountInShadow(kept, hello('2'), { key: '2', ui: 'badge' });
    });
    gone.remove();
    expect(pruneDetachedMounts()).toBe(1);
    expect(findMount('1', 'badge')).toBeNull();
    expect(findMount('2', 'badge')).not.toBeNull();
  });

  it('rejects an anchor that is not an element and a bad ui name with clear errors', () => {
    expect(() => mountInShadow(null as unknown as HTMLElement, hello('a'))).toThrow(/anchor must be an HTMLElement/);
    const detached = document.createElement('div');
    expect(() => mountInShadow(detached, hello('a'), { position: 'after' })).toThrow(/no parent/);
    expect(() => mountInShadow(comment('1'), hello('a'), { ui: 'Bad Name' })).toThrow(/ui must be/);
  });

  it('paints with the theme it is given, and refreshPageTheme repaints keyed mounts', async () => {
    const anchor = comment('1');
    let m!: ReturnType<typeof mountInShadow>;
    await act(() => {
      m = mountInShadow(anchor, hello('a'), { key: '1', theme: 'dark' });
    });
    expect(m.root.querySelector('.vg-root')?.getAttribute('data-theme')).toBe('dark');
    refreshPageTheme('light');
    expect(m.root.querySelector('.vg-root')?.getAttribute('data-theme')).toBe('light');
  });
});

describe('page theme', () => {
  it('reads rgb and rgba colours', () => {
    expect(parseCssColour('rgb(21, 32, 43)')).toEqual({ r: 21, g: 32, b: 43, a: 1 });
    expect(parseCssColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColour('rgb(255 255 255 / 50%)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseCssColour('transparent')).toBeNull();
  });

  it('calls a dark page background dark and a white one light', () => {
    document.body.style.backgroundColor = 'rgb(21, 32, 43)';
    expect(detectPageTheme()).toBe('dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(detectPageTheme()).toBe('light');
    document.body.removeAttribute('style');
  });
});
