/**
 * Where Vigie's UI goes inside a comment: on Facebook a comment's replies sit inside its
 * role=article, so its badge, heat marker and card go before them (next to its own text), not
 * after its last reply, where they would read as that reply's.
 */
import './helpers';
import { act } from 'preact/test-utils';
import { facebookAdapter } from '../../lib/platforms/facebook';
import { clearPageUi, showBadge, showCard, showEscalateForm, showHeat } from '../../lib/page/page-ui';
import { markId } from '../../lib/scanner/marks';
import { measureLength } from '../../lib/replies/length';
import { fillPlaceholders } from '../../lib/replies/placeholders';
import type { BadgeProps } from '../../components/page/Badge';
import type { SuggestionCardProps } from '../../components/page/SuggestionCard';
import { loadFixture, readExpected } from '../platforms/load-fixture';

const badge = (id: string): BadgeProps => ({
  commentId: id,
  verdictKinds: ['rumour'],
  severity: 'none',
  labels: [],
  reasons: [],
  claim: null,
  onSuggest: vi.fn(),
  onEscalate: vi.fn(),
  onDismiss: vi.fn(),
});

function scanned() {
  const doc = loadFixture('facebook', readExpected('facebook').fixtures[0]);
  const found = facebookAdapter.findComments(facebookAdapter.findRoot(doc) ?? doc.body);
  for (const f of found) markId(f.element, f.comment.id);
  const withReplies = found.find((f) => found.some((r) => r.comment.parentId === f.comment.id))!;
  const leaf = found.find((f) => !found.some((r) => r.comment.parentId === f.comment.id))!;
  return { withReplies, leaf };
}

const card = (id: string): SuggestionCardProps => ({
  comment: { id, author: 'Dana', excerpt: 'They are hiding the recall' },
  suggestions: [],
  values: {},
  fill: fillPlaceholders,
  measure: (text) => measureLength(text, 'facebook'),
  checkTone: async () => ({ ok: true, warnings: [] }),
  onInsert: vi.fn(),
  onClose: vi.fn(),
});

/** Whether a precedes b in document order. */
const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

afterEach(() => {
  act(() => clearPageUi());
  document.body.innerHTML = '';
});

describe('page UI placement', () => {
  it('puts the badge and the heat marker of a comment with replies inside it, before its first reply', () => {
    const { withReplies } = scanned();
    const el = withReplies.element;
    act(() => {
      showBadge(el, withReplies.comment.id, badge(withReplies.comment.id));
      showHeat(el, withReplies.comment.id, { heat: 'hot', hostile: 3, rumour: 1, total: 5, hostileShare: 0.6 });
    });
    const firstReply = el.querySelector('[data-vigie-id]')!;
    for (const ui of ['badge', 'heat']) {
      const host = el.querySelector(`:scope > [data-vigie-ui="${ui}"]`)!;
      expect(host, ui).not.toBeNull();
      expect(precedes(host, firstReply), ui).toBe(true);
      // After the comment's own text.
      expect(precedes(el.querySelector('[dir="auto"][style*="text-align: start"]')!, host), ui).toBe(true);
    }
  });

  it('appends the badge of a comment without replies at its end, and puts its card right after it', () => {
    const { leaf } = scanned();
    act(() => {
      showBadge(leaf.element, leaf.comment.id, badge(leaf.comment.id));
      showCard(leaf.element, leaf.comment.id, card(leaf.comment.id));
    });
    expect(leaf.element.lastElementChild?.getAttribute('data-vigie-ui')).toBe('badge');
    expect(leaf.element.nextElementSibling?.getAttribute('data-vigie-ui')).toBe('card');
  });

  it('puts the card of a comment with replies before its replies, not after the last one', () => {
    const { withReplies } = scanned();
    act(() => {
      showCard(withReplies.element, withReplies.comment.id, card(withReplies.comment.id));
    });
    const host = withReplies.element.querySelector(':scope > [data-vigie-ui="card"]')!;
    expect(host).not.toBeNull();
    expect(precedes(host, withReplies.element.querySelector('[data-vigie-id]')!)).toBe(true);
  });

  it('puts the escalation form of a comment with replies before its replies, and of one without right after it', () => {
    const { withReplies, leaf } = scanned();
    const form = (id: string) => ({ comment: { id, excerpt: 'They are hiding the recall' }, defaultSeverity: 'high' as const, state: { status: 'idle' as const }, onSend: vi.fn(), onClose: vi.fn() });
    act(() => showEscalateForm(withReplies.element, withReplies.comment.id, form(withReplies.comment.id)));
    const host = withReplies.element.querySelector(':scope > [data-vigie-ui="escalate"]')!;
    expect(host).not.toBeNull();
    expect(precedes(host, withReplies.element.querySelector('[data-vigie-id]')!)).toBe(true);
    act(() => showEscalateForm(leaf.element, leaf.comment.id, form(leaf.comment.id)));
    expect(leaf.element.nextElementSibling?.getAttribute('data-vigie-ui')).toBe('escalate');
  });
});
