import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EscalationItem, type EscalationItemProps } from '../../components/app/options/EscalationItem';
import { packetView } from '../../components/app/options/parts/escalation-view';
import { buildPacket } from '../../lib/escalation/packet';
import { choose, click, mount, must, text, typeInto, $, type Mounted } from './helpers';
import { setLocale } from '../../lib/i18n';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function packet(over: { screenshot?: string | null; text?: string } = {}) {
  return buildPacket({
    platform: 'x',
    pageUrl: 'https://x.com/brand/status/100',
    comment: {
      id: '101',
      text: over.text ?? '<img src=x onerror=alert(1)> They are recalling everything, share before it is deleted!',
      author: 'Someone <b>bold</b>',
      permalink: 'https://x.com/someone/status/101',
      postedAt: '2026-03-01T09:00:00.000Z',
    },
    thread: { parent: { id: '100', author: 'Brand', text: 'Our new product is out' }, replies: [{ id: '102', author: 'Other', text: 'Is this true?' }] },
    verdict: { kinds: ['rumour'], hostilityScore: 0.1, rumourScore: 0.92, reasons: [{ label: 'share_before_deleted', excerpt: 'share before it is deleted' }] },
    matchedClaim: { id: 'c-recall', statement: 'A recall is coming', status: 'false' },
    note: 'Spreading fast',
    severity: 'high',
    screenshot: over.screenshot ?? null,
    createdAt: '2026-03-01T09:05:00.000Z',
  });
}

function props(over: Partial<EscalationItemProps> = {}, p = packet()): EscalationItemProps {
  return {
    id: 'e-1',
    status: 'queued',
    packet: packetView(p),
    history: [{ at: '2026-03-01T09:05:00.000Z', status: 'queued', by: 'vigie', note: '' }],
    deliveries: [
      { endpointId: 'ep-slack', state: 'failed', attempts: 3, lastError: 'HTTP 404 from hooks.slack.com', deliveredAt: null },
      { endpointId: 'ep-json', state: 'delivered', attempts: 1, lastError: null, deliveredAt: '2026-03-01T09:06:00.000Z' },
    ],
    endpointNames: new Map([['ep-slack', 'Crisis channel']]),
    onChangeStatus: vi.fn(async () => {}),
    ...over,
  };
}

let view: Mounted | null = null;
beforeEach(() => setLocale('en'));
afterEach(() => {
  view?.unmount();
  view = null;
});

async function open(p: EscalationItemProps): Promise<HTMLElement> {
  view = await mount(
    <ul>
      <EscalationItem {...p} />
    </ul>,
  );
  const item = must(view.container, 'escalation-e-1');
  await click(must(item, 'escalation-toggle'));
  return item;
}

describe('an escalation in the queue', () => {
  test('shows the comment and its author as text, never as HTML', async () => {
    const item = await open(props());
    expect(text(must(item, 'escalation-comment'))).toBe('<img src=x onerror=alert(1)> They are recalling everything, share before it is deleted!');
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('b')).toBeNull();
    expect(text(item)).toContain('Someone <b>bold</b>');
    expect(text(must(item, 'escalation-claim'))).toBe('A recall is coming (c-recall)');
    expect(text(must(item, 'escalation-thread'))).toContain('Is this true?');
  });

  test('failed deliveries are visible with their attempts and last error', async () => {
    const item = await open(props());
    expect(text(must(item, 'escalation-failed'))).toBe('1 failed deliveries');
    const failed = must(item, 'delivery-ep-slack');
    expect(text(failed)).toContain('Crisis channel');
    expect(text(failed)).toContain('Failed');
    expect(text(failed)).toContain('3');
    expect(text(failed)).toContain('HTTP 404 from hooks.slack.com');
    // An endpoint removed since shows its id.
    expect(text(must(item, 'delivery-ep-json'))).toContain('ep-json');
  });

  test('a PNG screenshot is shown; any other kind of image URL is not', async () => {
    let item = await open(props({}, packet({ screenshot: PNG })));
    expect((must(item, 'escalation-screenshot') as HTMLImageElement).getAttribute('src')).toBe(PNG);
    view!.unmount();
    item = await open(props({}, packet({ screenshot: 'data:image/webp;base64,UklGRg==' })));
    expect($(item, 'escalation-screenshot')).toBeNull();
    view!.unmount();
    const p = props();
    item = await open({ ...p, packet: { ...p.packet, screenshot: 'https://evil.example/pixel.png' } });
    expect($(item, 'escalation-screenshot')).toBeNull();
  });

  test('changing the status passes the new status and the note', async () => {
    const onChangeStatus = vi.fn(async () => {});
    const item = await open(props({ onChangeStatus }));
    await choose(must(item, 'escalation-next-status'), 'acknowledged');
    await typeInto(must(item, 'escalation-status-note'), '  Crisis cell is on it  ');
    await click(must(item, 'escalation-status-save'));
    expect(onChangeStatus).toHaveBeenCalledWith('e-1', 'acknowledged', 'Crisis cell is on it');
  });
});
