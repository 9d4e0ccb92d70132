import { ATTR_DISMISSED, ATTR_FLAGS, ATTR_ID, ATTR_VERDICT, clearMarks, markComment, markDismissed, markId, markVerdict } from '../../lib/scanner/marks';

describe('page hook marks', () => {
  it('sets id, verdict and flags, and setting them again changes nothing', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    markVerdict(el, '42', 'hostile', ['rumour', 'hostile']);
    expect([el.getAttribute(ATTR_ID), el.getAttribute(ATTR_VERDICT), el.getAttribute(ATTR_FLAGS)]).toEqual(['42', 'hostile', 'hostile rumour']);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(el, { attributes: true });
    markVerdict(el, '42', 'hostile', ['hostile', 'rumour']);
    markId(el, '42');
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(records).toHaveLength(0);
  });

  it('markComment sets the same hooks as markVerdict then markDismissed, including on a recycled element', () => {
    const cases: Array<[string, 'hostile' | 'rumour' | 'ok', Array<'hostile' | 'rumour'>, boolean]> = [
      ['1', 'hostile', ['hostile', 'rumour'], false],
      ['1', 'ok', [], true],
      ['2', 'rumour', ['rumour'], false],
    ];
    const a = document.createElement('div');
    const b = document.createElement('div');
    const hooks = (el: Element) => [ATTR_ID, ATTR_VERDICT, ATTR_FLAGS, ATTR_DISMISSED].map((n) => el.getAttribute(n));
    for (const [id, verdict, flags, dismissed] of cases) {
      markComment(a, id, verdict, flags, dismissed);
      markVerdict(b, id, verdict, flags);
      markDismissed(b, id, dismissed);
      expect(hooks(a)).toEqual(hooks(b));
    }
    expect(hooks(a)).toEqual(['2', 'rumour', 'rumour', null]);
  });

  it('clears a recycled element’s stale verdict before the new comment’s id is set', () => {
    const el = document.createElement('div');
    markVerdict(el, 'old', 'rumour', ['rumour']);
    markDismissed(el, 'old', true);
    expect(markId(el, 'new')).toBe(true);
    expect(el.getAttribute(ATTR_ID)).toBe('new');
    expect(el.hasAttribute(ATTR_VERDICT) || el.hasAttribute(ATTR_FLAGS) || el.hasAttribute(ATTR_DISMISSED)).toBe(false);
    markVerdict(el, 'new', 'ok');
    expect(el.getAttribute(ATTR_VERDICT)).toBe('ok');
    expect(el.hasAttribute(ATTR_FLAGS)).toBe(false);
    clearMarks(el);
    expect(el.getAttributeNames().filter((n) => n.startsWith('data-vigie'))).toEqual([]);
  });

  it('reads an element once: marks already in place cost no DOM read', () => {
    const el = document.createElement('div');
    const reads = [vi.spyOn(el, 'getAttribute'), vi.spyOn(el, 'hasAttribute')];
    const count = () => reads.reduce((n, spy) => n + spy.mock.calls.length, 0);
    markId(el, '7');
    markComment(el, '7', 'hostile', ['hostile'], false);
    expect(count()).toBe(1);
    markComment(el, '7', 'hostile', ['hostile'], false);
    markId(el, '7');
    expect(count()).toBe(1);
    expect([el.getAttribute(ATTR_ID), el.getAttribute(ATTR_VERDICT), el.getAttribute(ATTR_FLAGS)]).toEqual(['7', 'hostile', 'hostile']);
  });

  it('an element marked before this page script started (the extension was reloaded) is read, and its stale marks are cleared', () => {
    const el = document.createElement('div');
    el.setAttribute(ATTR_ID, 'old');
    el.setAttribute(ATTR_VERDICT, 'hostile');
    el.setAttribute(ATTR_DISMISSED, 'true');
    expect(markId(el, 'new')).toBe(true);
    expect([el.getAttribute(ATTR_ID), el.getAttribute(ATTR_VERDICT), el.getAttribute(ATTR_DISMISSED)]).toEqual(['new', null, null]);
  });

  it('refuses an unknown flag', () => {
    expect(() => markVerdict(document.createElement('div'), '1', 'ok', ['spam' as 'hostile'])).toThrow(/unknown verdict flag/);
  });
});
