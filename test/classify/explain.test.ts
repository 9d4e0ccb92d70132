import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, explain, hostilitySeverity, normalise } from '../../lib/classify/index';

const spanText = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('explain points at the original text', () => {
  it('names the insult as written', () => {
    const text = 'Honestly, you are an idiot.';
    const r = explain(text).find((x) => x.label === 'insult');
    expect(r).toBeDefined();
    expect(spanText(text, r!)).toBe('idiot');
    expect(r!.axis).toBe('hostility');
    expect(r!.weight).toBeGreaterThan(0);
  });

  it('maps back through zero-width characters and leetspeak', () => {
    const text = 'you are an 1d\u200b1\u200bot';
    const r = explain(text).find((x) => x.label === 'insult');
    expect(r).toBeDefined();
    expect(spanText(text, r!)).toBe('1d\u200b1\u200bot');
    expect(normalise(spanText(text, r!)).text).toBe('idiot');
  });

  it('maps back through spaced letters and accents', () => {
    const text = 'Espèce de C O N N A R D !';
    const r = explain(text).find((x) => x.label === 'insult');
    expect(spanText(text, r!)).toBe('C O N N A R D');
  });

  it('maps back through emoji before the insult (surrogate pairs)', () => {
    const text = '😡😡 you moron';
    const r = explain(text).find((x) => x.label === 'insult');
    expect(spanText(text, r!)).toBe('moron');
  });

  it('gives rumour cues with their span', () => {
    const text = "Bon. Il paraît que l'usine ferme, partagez avant que ce soit supprimé";
    const reasons = explain(text).filter((x) => x.axis === 'rumour');
    const labels = reasons.map((x) => x.label);
    expect(labels).toContain('hearsay');
    expect(labels).toContain('share_before_deleted');
    const hearsay = reasons.find((x) => x.label === 'hearsay')!;
    expect(spanText(text, hearsay).toLowerCase()).toContain('il paraît');
  });

  it('orders reasons by strength and keeps spans inside the text', () => {
    const text = 'fuck you, you stupid clown, I will find you';
    const reasons = explain(text);
    expect(reasons.length).toBeGreaterThan(1);
    for (let i = 1; i < reasons.length; i++) expect(Math.abs(reasons[i - 1].weight)).toBeGreaterThanOrEqual(Math.abs(reasons[i].weight));
    for (const r of reasons) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(text.length);
      expect(r.end).toBeGreaterThan(r.start);
    }
  });

  it('the fast path leaves reasons empty', () => {
    expect(classify('you idiot').reasons).toEqual([]);
  });
});

describe('hostilitySeverity', () => {
  it("is 'none' below the threshold and grows with the score", () => {
    expect(hostilitySeverity(0, 'high')).toBe('none');
    const order = ['none', 'low', 'medium', 'high'];
    let last = 0;
    for (let s = 0; s <= 1; s += 0.05) {
      const level = order.indexOf(hostilitySeverity(s, 'balanced'));
      expect(level).toBeGreaterThanOrEqual(last);
      last = level;
    }
    expect(hostilitySeverity(1, 'low')).toBe('high');
  });
});

describe('complaint reasons name customer-service words only', () => {
  it('"refund" and "colis" lower the hostility score; "bill" and "support", as common in politics, do not', () => {
    const en = 'Where is my refund? This bill needs your support.';
    const labelled = explain(en).filter((r) => r.label === 'complaint').map((r) => spanText(en, r));
    expect(labelled).toEqual(['refund']);
    expect(explain(en).find((r) => r.label === 'complaint')!.weight).toBeLessThan(0);
    const fr = "J'attends toujours mon colis, quel retard";
    expect(explain(fr).filter((r) => r.label === 'complaint').map((r) => spanText(fr, r))).toContain('colis');
    expect(explain(fr).filter((r) => r.label === 'complaint').map((r) => spanText(fr, r))).not.toContain('retard');
  });
});

describe('explanations say how an insult is only mentioned', () => {
  const noteOf = (text: string) => explain(text).find((r) => r.label === 'negation')?.note;
  it.each([
    ['Calling women stupid is not OK', '"stupid" is quoted, not said to anyone'],
    ['Women are not stupid, stop saying that', '"stupid" is denied'],
    ["Don't be stupid", '"stupid" is negated'],
    ["On m'a traité de « négro » au travail, j'ai porté plainte.", '"negro" is quoted to report or condemn it'],
  ])('%s', (text, note) => {
    expect(noteOf(text)).toBe(note);
  });
});

describe('explain says when a rule reads a comment otherwise than its words', () => {
  it('points at a hostile word used in its everyday sense', () => {
    const text = 'We found rats in the garage again';
    const r = explain(text).find((x) => x.label === 'everyday_sense');
    expect(r).toBeDefined();
    expect(text.slice(r!.start, r!.end)).toBe('rats');
    expect(explain(text).some((x) => x.label === 'identity_attack')).toBe(false);
  });

  it('names counter-speech that defends a group, over the whole comment', () => {
    const text = 'Stop spreading rumours about Roma people';
    const r = explain(text).find((x) => x.label === 'counter_speech');
    expect(r).toMatchObject({ start: 0, end: text.length });
    expect(explain('Roma people are thieves').some((x) => x.label === 'counter_speech')).toBe(false);
  });
});

describe('a comment flagged hostile always says why', () => {
  it.each([
    // Raised by a rule, with no word of the lists: the rule is the reason, with its sub-label.
    ['Tes vendeurs, on les cogne un par un', 'threat'],
    ['Disabled people should not be allowed to drive', 'identity_attack'],
  ])('%s', (text, label) => {
    const v = classify(text);
    expect(v.hostility.flagged).toBe(true);
    expect(v.hostility.labels).toContain(label);
    const r = explain(text).find((x) => x.axis === 'hostility' && x.label === label);
    expect(r).toBeDefined();
    expect(r!.weight).toBeGreaterThan(0);
    expect(r!.note).toMatch(/\w/);
  });

  it("names the group whose name weighs on the score, in the comment's own spelling", () => {
    const text = 'Les Immigrés arrivent demain au port';
    const r = explain(text).find((x) => x.label === 'group_named');
    expect(r).toBeDefined();
    expect(spanText(text, r!)).toBe('Immigrés');
    expect(r!.note).toContain('Immigrés');
  });

  it('gives no rule reason to a comment no rule raised', () => {
    const text = 'Your delivery was late again, I want a refund';
    expect(explain(text).some((x) => x.label === 'threat' || x.label === 'identity_attack' || x.label === 'group_named')).toBe(false);
  });

  it('every flagged comment of the functional suites has a hostility reason', () => {
    const missing: string[] = [];
    for (const lang of ['en', 'fr']) {
      const file = path.join(__dirname, `../fixtures/functional/functional-${lang}.jsonl`);
      for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        const { text } = JSON.parse(line) as { text: string };
        if (classify(text).hostility.flagged && !explain(text).some((x) => x.axis === 'hostility' && x.weight > 0)) missing.push(text);
      }
    }
    expect(missing).toEqual([]);
  });
});
