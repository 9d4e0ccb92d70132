// @vitest-environment node
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { parseClaimImport } from '../../lib/db/claims';
import { EscalationRecordSchema, type EscalationRecord } from '../../lib/escalation/record';
import { crisisReportMarkdown, escalationsToCsv, escalationsToJson, quoteBlock, registerToCsv, registerToJson, type RegisterEntry } from '../../lib/export';
import { packet } from '../escalation/helpers';

const claim = (over: Partial<RegisterEntry> = {}): RegisterEntry => ({
  id: 'cc-palm-oil',
  statement: 'Cacao & Co chocolate bars now contain palm oil',
  variants: ["Les tablettes Cacao & Co contiennent de l'huile de palme"],
  keywords: ['palm oil'],
  lang: 'en',
  status: 'false',
  correctionText: 'Our bars have never contained palm oil.\n# Not a heading',
  correctionLink: 'https://cacao.example/facts',
  replyIds: ['r1', 'r2'],
  severity: 'high',
  owner: 'Claire',
  active: true,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-02T00:00:00.000Z',
  ...over,
});

const escalation = (over: Partial<EscalationRecord> = {}): EscalationRecord => {
  const p = packet();
  return EscalationRecordSchema.parse({
    id: p.id,
    createdAt: p.createdAt,
    updatedAt: p.createdAt,
    status: 'delivered',
    commentId: p.comment.id,
    claimId: 'cc-palm-oil',
    deliveredAt: '2026-03-01T10:00:05.000Z',
    packet: p,
    history: [
      { at: '2026-03-01T10:00:00.000Z', status: 'queued', by: 'Marie' },
      { at: '2026-03-01T10:00:05.000Z', status: 'delivered', by: 'vigie' },
    ],
    ...over,
  });
};

test('the register exported as JSON imports back unchanged', () => {
  const claims = [claim(), claim({ id: 'b', statement: 'Brisa is bottled tap water', variants: [], active: false })];
  const back = parseClaimImport(registerToJson(claims));
  expect(back).toEqual(claims);
});

test('the register as CSV: one row per claim, lists joined, formulas defused', () => {
  const csv = registerToCsv([claim({ statement: '=HYPERLINK("https://evil.example")' })]);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
  expect(parsed.data).toHaveLength(1);
  expect(parsed.data[0].variants).toBe("Les tablettes Cacao & Co contiennent de l'huile de palme");
  expect(parsed.data[0].replyIds).toBe('r1 | r2');
  expect(parsed.data[0].statement.startsWith("'=")).toBe(true);
});

test('the escalation queue as JSON and CSV', () => {
  const e = escalation();
  expect(JSON.parse(escalationsToJson([e]))).toEqual([e]);
  const rows = Papa.parse<Record<string, string>>(escalationsToCsv([e]), { header: true }).data;
  expect(rows[0]).toMatchObject({ id: e.id, status: 'delivered', severity: 'high', claimId: 'cc-palm-oil', text: e.packet.comment.text });
  expect(rows[0].history).toBe('2026-03-01T10:00:00.000Z queued by Marie; 2026-03-01T10:00:05.000Z delivered by vigie');
});

test('the crisis report lists claims with their correction and escalations by status with history', () => {
  const md = crisisReportMarkdown({
    claims: [claim(), claim({ id: 'old', statement: 'Retired rumour', active: false })],
    escalations: [escalation(), escalation({ id: 'e2', status: 'queued', history: [] })],
    generatedAt: '2026-03-01T12:00:00.000Z',
  });
  expect(md).toContain('- Register: 2 claims, 1 active (false: 1)');
  expect(md).toContain('- Escalations: 2 (queued: 1, delivered: 1)');
  expect(md).toContain('### Cacao & Co chocolate bars now contain palm oil');
  expect(md).not.toContain('Retired rumour');
  expect(md).toContain('- Correction link: [correction](<https://cacao.example/facts>)');
  expect(md).toContain('> \\# Not a heading');
  expect(md.indexOf('### queued (1)')).toBeLessThan(md.indexOf('### delivered (1)'));
  expect(md).toContain('  - 2026-03-01T10:00:00.000Z: queued by Marie');
});

test('comment text in the report cannot inject links, HTML or code', () => {
  const p = packet({ comment: { id: 'c', text: 'click [here](https://evil.example) <img src=x onerror=alert(1)> `rm -rf`\n- item\nvisit https://evil.example', author: '[admin](https://evil.example)', permalink: 'javascript:alert(1)', postedAt: null } });
  const md = crisisReportMarkdown({ claims: [], escalations: [escalation({ packet: p })], generatedAt: 'now' });
  expect(md).not.toMatch(/[^\\]\[here\]/);
  expect(md).not.toMatch(/[^\\]<img/);
  expect(md).not.toMatch(/[^\\]`rm/);
  expect(md).not.toContain('](javascript');
  expect(md).not.toMatch(/[^\\]https:\/\/evil/);
  expect(md).toContain('> click \\[here\\](https\\://evil.example) \\<img src=x onerror=alert(1)\\> \\`rm -rf\\`');
  expect(md).toContain('> \\- item');
  expect(quoteBlock('a\n\nb')).toBe('> a\n>\n> b');
});
