/**
 * Vetted replies in the background: the starter library seeded on first install, suggestions
 * ranked for the comment selected on a tab (the popup and the in-page card ask the same thing and
 * get the same answer), the length of a reply as its platform counts it (for the in-page card), and
 * insertion routed to the tab's content script, then audited.
 */
import { browser } from 'wxt/browser';
import { appendAudit, claims as claimStore, db, getSettings, recordReplyUse, replies } from '../../db';
import type { Suggestions } from '../../messages';
import { sendToTab } from '../../messaging';
import { measureLength } from '../../replies/length';
import { placeholdersIn } from '../../replies/placeholders';
import { contextFromVerdict, ReplyIndex } from '../../replies/rank';
import type { Reply } from '../../replies/schema';
import { starterLibrary } from '../../replies/starter';
import type { BackgroundFeature } from '../feature';
import { getSelected } from '../tab-state';

/** The index is rebuilt only when the library changed (count or latest update). */
let cached: { revision: string; index: ReplyIndex } | null = null;

async function libraryIndex(): Promise<ReplyIndex> {
  const table = db().replies;
  const [count, latest] = await Promise.all([table.count(), table.orderBy('updatedAt').last()]);
  const revision = `${count}:${String(latest?.updatedAt ?? '')}:${String(latest?.id ?? '')}`;
  if (cached?.revision !== revision) cached = { revision, index: new ReplyIndex((await replies.list()) as Reply[]) };
  return cached.index;
}

export async function suggestionsForTab(tabId: number): Promise<Suggestions> {
  const [selected, settings] = await Promise.all([getSelected(tabId), getSettings()]);
  if (!selected) return { selected: null, crisisMode: settings.crisisMode, suggestions: [] };
  const index = await libraryIndex();
  const ranked = index.suggest(
    contextFromVerdict(selected.comment.text, selected.verdict, { platform: selected.comment.platform, crisisMode: settings.crisisMode }),
    5,
  );
  const claimId = selected.verdict.rumour.match?.claimId;
  const claim = claimId ? await claimStore.get(claimId) : undefined;
  const known: Record<string, string> = {
    author: selected.comment.author.replace(/^@/, ''),
    brand: settings.brandName,
    agent: settings.agentName,
  };
  const suggestions = await Promise.all(
    ranked.map(async ({ reply, why }) => {
      // A correction links to the matched claim's page, or to the claim the reply is written for.
      let link = claim?.correctionLink ?? '';
      if (!link && reply.claimIds.length) link = (await claimStore.get(reply.claimIds[0]))?.correctionLink ?? '';
      const values = { ...known, correction_link: link };
      return {
        replyId: reply.id,
        version: reply.version,
        title: reply.title,
        body: reply.body,
        lang: reply.lang,
        categories: [...reply.categories],
        why: why.map((w) => w.text),
        fields: placeholdersIn(reply.body).map((name) => ({ name, required: true, value: values[name as keyof typeof values] ?? '' })),
      };
    }),
  );
  return { selected, crisisMode: settings.crisisMode, suggestions };
}

async function audited(tabId: number | undefined, insert: { replyId: string; version: number; platform: 'x' | 'facebook' | 'instagram'; commentId: string; method: string }) {
  await appendAudit({
    kind: 'insert',
    platform: insert.platform,
    commentId: insert.commentId,
    replyId: insert.replyId,
    replyVersion: insert.version,
    detail: `method=${insert.method}${typeof tabId === 'number' ? ` tab=${tabId}` : ''}`,
  });
  await recordReplyUse(insert.replyId);
}

export const repliesFeature: BackgroundFeature = {
  name: 'replies',
  handlers: {
    'cs:suggest': (_req, sender) => suggestionsForTab(sender.tab!.id!),
    'ui:suggest': ({ tabId }) => suggestionsForTab(tabId),
    'cs:measure-reply': ({ platform, text }) => measureLength(text, platform),
    'cs:inserted': async (ins, sender) => {
      await audited(sender.tab?.id, ins);
      return { ok: true as const };
    },
    'ui:insert-reply': async ({ tabId, replyId, version, text }) => {
      const selected = await getSelected(tabId);
      if (!selected) throw new Error('no comment is selected on this tab');
      const result = await sendToTab(tabId, 'bg:insert-reply', { commentId: selected.comment.id, text });
      if (result.ok || result.method === 'clipboard') {
        await audited(tabId, { replyId, version, platform: selected.comment.platform, commentId: selected.comment.id, method: result.method });
      }
      return result;
    },
  },
  start() {
    // First install: seed the starter library (editable; never re-seeded over the team's edits).
    browser.runtime.onInstalled.addListener(async ({ reason }) => {
      if (reason !== 'install') return;
      if ((await db().replies.count()) === 0) await replies.saveMany(starterLibrary(new Date()));
    });
  },
};
