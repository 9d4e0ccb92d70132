/** Facebook and Instagram behaviours a moderator relies on beyond the fixture table. */
import { facebookAdapter } from '../../lib/platforms/facebook';
import { instagramAdapter } from '../../lib/platforms/instagram';
import { estimateFromRelativeTime, isoFromDatetime } from '../../lib/platforms/dom';
import { loadFixture, readExpected } from './load-fixture';

const [fbEn, fbFr] = readExpected('facebook').fixtures;
const [igEn, igFr] = readExpected('instagram').fixtures;

describe('Facebook adapter', () => {
  it('estimates times from "2h" / "3 j" / "1 sem" and says so', () => {
    const doc = loadFixture('facebook', fbFr);
    const found = facebookAdapter.findComments(facebookAdapter.findRoot(doc)!);
    const now = Date.now();
    const elodie = found.find((f) => f.comment.author === 'Élodie Garnier')!;
    expect(elodie.comment.postedAtEstimated).toBe(true);
    const age = now - Date.parse(elodie.comment.postedAt!);
    expect(Math.round(age / 86_400_000)).toBe(7);
  });

  it('never clicks "See more" while finding comments, and expands it on request', () => {
    for (const fixture of [fbEn, fbFr]) {
      const doc = loadFixture('facebook', fixture);
      const clicks: string[] = [];
      doc.addEventListener('click', (e) => clicks.push((e.target as Element).textContent ?? ''));
      const found = facebookAdapter.findComments(doc.body);
      expect(clicks).toEqual([]);
      const long = found.find((f) => f.comment.id === fixture.seeMore![0])!;
      expect(long.comment.text.endsWith('…')).toBe(true);
      expect(facebookAdapter.expandSeeMore!(long.element)).toBe(true);
      expect(clicks).toEqual([fixture.uiLang === 'fr' ? 'Voir plus' : 'See more']);
      const short = found.find((f) => !fixture.seeMore!.includes(f.comment.id))!;
      expect(facebookAdapter.expandSeeMore!(short.element)).toBe(false);
    }
  });

  it('finds the localized "View more comments" and "View all N replies" buttons', () => {
    const labels = (fixture: typeof fbEn) => {
      const doc = loadFixture('facebook', fixture);
      return facebookAdapter.findLoadMoreButtons(doc.body).map((b) => b.textContent);
    };
    expect(labels(fbEn)).toEqual(['View all 4 replies', 'View more comments']);
    expect(labels(fbFr)).toEqual(['Afficher les 3 réponses', 'Afficher plus de commentaires']);
  });

  it('opens the reply box of a reply (not the post composer) after clicking Répondre', async () => {
    const doc = loadFixture('facebook', fbFr);
    const found = facebookAdapter.findComments(doc.body);
    const reply = found.find((f) => f.comment.depth === 2)!;
    const replyButton = Array.from(reply.element.querySelectorAll<HTMLElement>('[role="button"]')).find((b) => b.textContent === 'Répondre')!;
    replyButton.addEventListener('click', () => {
      const box = doc.createElement('div');
      box.innerHTML = '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Répondre à Thierry Morel"><p><br></p></div>';
      facebookAdapter.findThreadRoot!(reply.element)!.append(box);
    });
    const composer = await facebookAdapter.openComposer(reply.element);
    expect(composer?.getAttribute('aria-label')).toBe('Répondre à Thierry Morel');
    expect(facebookAdapter.findThreadRoot!(reply.element)).toBe(found.find((f) => f.comment.id === reply.comment.threadId)!.element);
  });
});

describe('Instagram adapter', () => {
  it('leaves the caption out and nests replies under the comment whose replies toggle opened them', () => {
    const doc = loadFixture('instagram', igEn);
    const found = instagramAdapter.findComments(instagramAdapter.findRoot(doc)!);
    expect(found.some((f) => f.comment.text.startsWith('Winter collection'))).toBe(false);
    const ana = found.find((f) => f.comment.author === 'ana.lopez')!;
    const jen = found.find((f) => f.comment.author === 'jen_rdz')!;
    expect(jen.comment).toMatchObject({ parentId: ana.comment.id, threadId: ana.comment.id, depth: 1 });
    expect(found.find((f) => f.comment.author === 'mike_t_88')!.comment.parentId).toBeNull();
  });

  it('reads the parent from a /c/PARENT/r/ID/ permalink', () => {
    const doc = loadFixture('instagram', igFr);
    const reply = instagramAdapter.findComments(doc.body).find((f) => f.comment.author === 'antoine_pb')!;
    expect(reply.comment.permalink).toMatch(/\/c\/\d+\/r\/\d+\/$/);
    expect(reply.comment.parentId).toBe(igFr.comments[2].id);
  });

  it('clicks Reply and returns the comment box once Instagram has put "@user " in it', async () => {
    const doc = loadFixture('instagram', igFr);
    const found = instagramAdapter.findComments(doc.body);
    const target = found.find((f) => f.comment.author === 'sandrine_v')!;
    const box = doc.querySelector('textarea')!;
    Array.from(target.element.querySelectorAll<HTMLElement>('[role="button"]'))
      .find((b) => b.textContent === 'Répondre')!
      .addEventListener('click', () => setTimeout(() => (box.value = '@sandrine_v '), 20));
    const composer = await instagramAdapter.openComposer(target.element);
    expect(composer).toBe(box);
    expect(box.value).toBe('@sandrine_v ');
  });

  it('finds "Load more comments" and "View all N replies" in both languages', () => {
    const count = (fixture: typeof igEn) => instagramAdapter.findLoadMoreButtons(loadFixture('instagram', fixture).body).length;
    expect(count(igEn)).toBe(igEn.loadMoreButtons);
    expect(count(igFr)).toBe(igFr.loadMoreButtons);
  });
});

describe('relative times', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  it.each([
    ['2 h', '2026-11-23T10:00:00.000Z'],
    ['2h', '2026-11-23T10:00:00.000Z'],
    ['5m', '2026-11-23T11:55:00.000Z'],
    ['3 j', '2026-11-20T12:00:00.000Z'],
    ['1 sem', '2026-11-16T12:00:00.000Z'],
    ['yesterday', '2026-11-22T12:00:00.000Z'],
    ['Hier', '2026-11-22T12:00:00.000Z'],
    ['il y a 2 heures', '2026-11-23T10:00:00.000Z'],
    ['3 days ago', '2026-11-20T12:00:00.000Z'],
  ])('"%s" is estimated as %s', (text, iso) => {
    expect(estimateFromRelativeTime(text, now)).toBe(iso);
  });
  it('returns null for text that is not a relative time', () => {
    expect(estimateFromRelativeTime('Marie Dupont', now)).toBeNull();
    expect(estimateFromRelativeTime('2 pommes', now)).toBeNull();
  });
});

describe('datetime attributes', () => {
  it.each([
    // Canonical UTC, as X and Instagram write it: kept as written (no Date round trip).
    ['2025-10-14T09:30:00.000Z', '2025-10-14T09:30:00.000Z'],
    // Anything else goes through Date: offsets, no milliseconds, and impossible days rolled over.
    ['2025-10-14T11:30:00+02:00', '2025-10-14T09:30:00.000Z'],
    ['2025-10-14T09:30:00Z', '2025-10-14T09:30:00.000Z'],
    ['2025-02-30T00:00:00.000Z', '2025-03-02T00:00:00.000Z'],
  ])('"%s" reads as %s', (value, iso) => {
    expect(isoFromDatetime(value)).toBe(iso);
  });
  it('gives null for a missing or unreadable value', () => {
    expect(isoFromDatetime(null)).toBeNull();
    expect(isoFromDatetime('')).toBeNull();
    expect(isoFromDatetime('yesterday-ish')).toBeNull();
  });
});
