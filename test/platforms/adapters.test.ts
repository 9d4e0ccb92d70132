/**
 * Every adapter against every fixture, as data (like Dark Reader tests its site configuration):
 * each adapter must find exactly the expected comments on its own platform's fixtures, in order,
 * with their ids, parents, threads, depths, authors, texts and times, and nothing on the others'.
 */
import { ADAPTERS } from '../../lib/platforms/index';
import type { Platform } from '../../lib/types';
import type { ExpectedFixture } from './fixture-expectations';
import { loadFixture, readExpected } from './load-fixture';

const PLATFORMS_WITH_FIXTURES: Platform[] = ['x', 'facebook', 'instagram'];
const TABLE: Array<{ platform: Platform; fixture: ExpectedFixture }> = PLATFORMS_WITH_FIXTURES.flatMap((platform) =>
  readExpected(platform).fixtures.map((fixture) => ({ platform, fixture })),
);

describe.each(TABLE)('$platform fixture $fixture.file', ({ platform, fixture }) => {
  for (const adapter of ADAPTERS) {
    if (adapter.platform === platform) {
      it(`the ${adapter.platform} adapter finds the ${fixture.comments.length} expected comments in order`, () => {
        const doc = loadFixture(platform, fixture);
        adapter.reset?.();
        const root = adapter.findRoot(doc) ?? doc.body;
        const found = adapter.findComments(root);
        expect(found.map((f) => f.comment.id)).toEqual(fixture.comments.map((c) => c.id));
        found.forEach((f, i) => {
          const want = fixture.comments[i];
          expect({
            id: f.comment.id,
            parentId: f.comment.parentId,
            threadId: f.comment.threadId,
            depth: f.comment.depth,
            author: f.comment.author,
            text: f.comment.text,
            platform: f.comment.platform,
            estimated: f.comment.postedAtEstimated ?? false,
          }).toEqual({
            id: want.id,
            parentId: want.parentId,
            threadId: want.threadId,
            depth: want.depth,
            author: want.author,
            text: want.text,
            platform,
            estimated: want.postedAtEstimated,
          });
          if (want.postedAt) expect(f.comment.postedAt).toBe(want.postedAt);
          else expect(f.comment.postedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
          expect(f.comment.permalink).toMatch(/^https:\/\//);
          expect(f.element.contains(f.element.ownerDocument.activeElement) || f.element.isConnected).toBe(true);
        });
        expect(adapter.findLoadMoreButtons(root)).toHaveLength(fixture.loadMoreButtons);
        if (fixture.url) expect(adapter.matchesPage(new URL(fixture.url))).toBe(true);
      });

      it(`the ${adapter.platform} adapter's row-by-row walk gives the same comments as findComments`, () => {
        const doc = loadFixture(platform, fixture);
        adapter.reset?.();
        const root = adapter.findRoot(doc) ?? doc.body;
        expect(adapter.walkComments).toBeDefined();
        const walked = [...adapter.walkComments!(root, null)];
        adapter.reset?.();
        const found = adapter.findComments(root);
        // A time estimated from "2 h" depends on the moment it was read.
        const stable = (f: (typeof found)[number]) => ({ ...f.comment, postedAt: f.comment.postedAtEstimated ? 'estimated' : f.comment.postedAt });
        expect(walked.map(stable)).toEqual(found.map(stable));
        expect(walked.map((f) => f.element)).toEqual(found.map((f) => f.element));
      });
    } else {
      it(`the ${adapter.platform} adapter finds nothing on it`, () => {
        const doc = loadFixture(platform, fixture);
        adapter.reset?.();
        expect(adapter.findComments(adapter.findRoot(doc) ?? doc.body)).toEqual([]);
        if (fixture.url) expect(adapter.matchesPage(new URL(fixture.url))).toBe(false);
      });
    }
  }
});
