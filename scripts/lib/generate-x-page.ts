/**
 * Builds x.com status pages that follow the real markup saved in ../shared/fixtures/x/
 * (tweetyoink fixtures, MIT, Oct 2025: the timeline article with its User-Name header, the time
 * link to /status/ID, tweetText with emoji <img alt>, the role=group of action buttons; defuddle's
 * whole status page, MIT, Feb 2026: primaryColumn, section "Timeline: Conversation", cellInnerDiv rows
 * positioned with translateY, the inline Draft.js composer and its disabled tweetButtonInline).
 * Obfuscated class names are reduced to X's base class; test ids, roles, links and structure are kept.
 *
 * Used by the X fixture builder (test/fixtures/x/build.ts), the scan benchmark and the e2e tests.
 */
import { mulberry32 } from '../train/prng';

export interface XPostSpec {
  id: string;
  handle: string;
  name: string;
  /** What was written. Emoji characters are rendered as X does: <img alt="😀">. */
  text: string;
  lang?: string;
  /** ISO time. */
  postedAt: string;
  verified?: boolean;
  /** Adds a video player (which carries data-testid="placementTracking", like X's). */
  video?: boolean;
  /** A quoted post inside this one (its time is NOT in a /status/ link, like X's). */
  quote?: Omit<XPostSpec, 'quote'>;
}

export interface XPromotedSpec {
  promoted: true;
  handle: string;
  name: string;
  text: string;
}

/** A row of the conversation: a post, an ad, or a row without a post (separator, "Show more replies"). */
export type XRowSpec =
  | { kind: 'post'; post: XPostSpec }
  | { kind: 'promoted'; ad: XPromotedSpec }
  | { kind: 'separator' }
  | { kind: 'show-more'; label: string };

export interface XStatusPageSpec {
  focused: XPostSpec;
  /** Rows after the focused post. A reply chain = consecutive post rows; a separator ends it. */
  rows: XRowSpec[];
  /** Posts above the focused one (when it is itself a reply). */
  ancestors?: XPostSpec[];
  /** The logged-in moderator shown in the inline composer. */
  viewerHandle?: string;
  pageLang?: 'en' | 'fr';
}

const ROW_HEIGHT = 120;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

function emojiImg(emoji: string): string {
  const code = Array.from(emoji)
    .map((c) => c.codePointAt(0)!.toString(16))
    .filter((c) => c !== 'fe0f')
    .join('-');
  return `<img alt="${escapeHtml(emoji)}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/${code}.svg" class="r-4qtqp9 r-dflpy8 r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl">`;
}

/** tweetText's children: text spans, emoji images, @mention and #hashtag links. */
export function renderTweetTextParts(text: string): string {
  const out: string[] = [];
  const tokens = text.split(/(@[A-Za-z0-9_]{1,15}|#[\p{L}\p{N}_]+)/u);
  for (const token of tokens) {
    if (!token) continue;
    if (/^@[A-Za-z0-9_]{1,15}$/.test(token)) {
      out.push(`<div class="css-175oi2r r-xoduu5"><span class="r-18u37iz"><a dir="ltr" href="/${token.slice(1)}" role="link" class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21">${escapeHtml(token)}</a></span></div>`);
      continue;
    }
    if (/^#/.test(token)) {
      out.push(`<span class="r-18u37iz"><a dir="ltr" href="/hashtag/${encodeURIComponent(token.slice(1))}?src=hashtag_click" role="link" class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21">${escapeHtml(token)}</a></span>`);
      continue;
    }
    let last = 0;
    for (const match of token.matchAll(EMOJI)) {
      const index = match.index ?? 0;
      if (index > last) out.push(`<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${escapeHtml(token.slice(last, index))}</span>`);
      out.push(emojiImg(match[0]));
      last = index + match[0].length;
    }
    if (last < token.length) out.push(`<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${escapeHtml(token.slice(last))}</span>`);
  }
  return out.join('');
}

function relativeLabel(iso: string, now: Date): { short: string; long: string } {
  const minutes = Math.max(1, Math.round((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return { short: `${minutes}m`, long: `${minutes} minute${minutes === 1 ? '' : 's'} ago` };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { short: `${hours}h`, long: `${hours} hour${hours === 1 ? '' : 's'} ago` };
  const d = new Date(iso);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return { short: `${month} ${d.getUTCDate()}`, long: `${month} ${d.getUTCDate()}` };
}

function absoluteLabel(iso: string): string {
  const d = new Date(iso);
  const time = d.toLocaleString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const date = d.toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return `${time} · ${date}`;
}

function avatar(handle: string, size = 40): string {
  return `<div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy"><div class="css-175oi2r" data-testid="Tweet-User-Avatar"><div class="css-175oi2r r-18kxxzh r-1wbh5a2 r-13qz1uu"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-bztko3 r-1adg3ll" data-testid="UserAvatar-Container-${handle}" style="width: ${size}px; height: ${size}px;"><div class="r-1adg3ll r-13qz1uu" style="padding-bottom: 100%;"></div><div class="r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-ipm5af r-13qz1uu"><div class="css-175oi2r r-1adg3ll r-1pi2tsx r-13qz1uu r-45ll9u r-u8s1d r-1v2oles r-176fswd r-bztko3"><a href="/${handle}" role="link" tabindex="-1" class="css-175oi2r r-1pi2tsx r-13qz1uu r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1adg3ll r-1udh08x"><div aria-label="" class="css-175oi2r r-1mlwlqe r-1udh08x r-417010 r-agouwx"><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/placeholder/${handle}_x96.jpg" class="css-9pa8cd"></div></div></a></div></div></div></div></div></div></div>`;
}

function verifiedBadge(): string {
  return `<svg viewBox="0 0 22 22" aria-label="Verified account" role="img" class="r-4qtqp9 r-yyyyoo r-1xvli5t r-bnwqim r-lrvibr r-m6rgpd r-1cvl2hr r-f9ja8p r-og9te1 r-3t4u6i" data-testid="icon-verified"><g><path d="M20.396 11c-.018-.646-.215-1.275-.57-1.816z"></path></g></svg>`;
}

function userName(post: { handle: string; name: string; verified?: boolean }, timeLink: string): string {
  return `<div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l" data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${post.handle}" role="link" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-1udh08x r-3s2u2q"><span class="css-1jxf684 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${escapeHtml(post.name)}</span></span></div><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-18u37iz r-1q142lx"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1awozwy r-xoduu5">${post.verified ? verifiedBadge() : ''}</span></div></div></a></div></div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><a href="/${post.handle}" role="link" tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l r-1loqt21"><div dir="ltr" class="css-146c3p1 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-18u37iz r-1wvb978"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">@${post.handle}</span></div></a></div>${timeLink}</div></div></div>`;
}

function headerTimeLink(post: XPostSpec, now: Date): string {
  const label = relativeLabel(post.postedAt, now);
  return `<div dir="ltr" aria-hidden="true" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1q142lx r-s1qlax"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">·</span></div><div class="css-175oi2r r-18u37iz r-1q142lx"><a href="/${post.handle}/status/${post.id}" dir="ltr" aria-label="${escapeHtml(label.long)}" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><time datetime="${new Date(post.postedAt).toISOString()}">${escapeHtml(label.short)}</time></a></div>`;
}

function actionGroup(post: { handle: string; id: string }, counts: { replies: number; reposts: number; likes: number }): string {
  const button = (testid: string, label: string, count: number) =>
    `<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><button aria-label="${label}" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="${testid}" type="button"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-1awozwy r-6koalj r-1h0z5md r-o7ynqc r-clp7b1 r-3s2u2q"><div class="css-175oi2r r-xoduu5"></div><div class="css-175oi2r r-xoduu5 r-1udh08x"><span data-testid="app-text-transition-container"><span class="css-1jxf684 r-1ttztb7 r-qvutc0 r-poiln3 r-n6v787 r-1cwl3u0 r-1k6nrdp r-n7gxbd"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">${count || ''}</span></span></span></div></div></button></div>`;
  return `<div class="css-175oi2r"><div class="css-175oi2r r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4"><div aria-label="${counts.replies} replies, ${counts.reposts} reposts, ${counts.likes} likes" role="group" class="css-175oi2r r-1kbdv8c r-18u37iz r-1wtj0ep r-1ye8kvj r-1s2bzr4">${button('reply', `${counts.replies} Replies. Reply`, counts.replies)}${button('retweet', `${counts.reposts} reposts. Repost`, counts.reposts)}${button('like', `${counts.likes} Likes. Like`, counts.likes)}<div class="css-175oi2r r-18u37iz r-1h0z5md r-13awgt0"><a href="/${post.handle}/status/${post.id}/analytics" aria-label="View post analytics" role="link" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1ny4l3l r-1loqt21"></a></div><div class="css-175oi2r r-18u37iz r-1h0z5md r-1wron08"><button aria-label="Bookmark" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="bookmark" type="button"></button></div><div class="css-175oi2r" style="justify-content: inherit; display: inline-grid; transform: rotate(0deg) scale(1) translate3d(0px, 0px, 0px);"><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-label="Share post" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" type="button"></button></div></div></div></div></div>`;
}

function caret(): string {
  return `<div class="css-175oi2r r-1kkk96v"><div class="css-175oi2r r-18u37iz r-1h0z5md"><button aria-label="More" role="button" class="css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l" data-testid="caret" type="button"></button></div></div>`;
}

function tweetText(post: { text: string; lang?: string }): string {
  return `<div class="css-175oi2r"><div dir="auto" lang="${post.lang ?? 'en'}" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-bnwqim" data-testid="tweetText" style="color: rgb(15, 20, 25);">${renderTweetTextParts(post.text)}</div></div>`;
}

/** X's video player: it carries placementTracking even on an ordinary post. */
function videoPlayer(handle: string, id: string): string {
  return `<div class="css-175oi2r r-9aw3ui r-1s2bzr4"><div class="css-175oi2r r-9aw3ui"><div class="css-175oi2r r-1ets6dv r-1phboty r-rs99b7 r-1867qdf r-1udh08x r-o7ynqc r-6416eg r-1ny4l3l"><div class="css-175oi2r r-1adg3ll r-1udh08x"><div class="css-175oi2r r-1adg3ll r-1udh08x"><div class="css-175oi2r" data-testid="tweetPhoto"><div class="css-175oi2r r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-ipm5af r-13qz1uu"><div class="css-175oi2r r-1pi2tsx r-13qz1uu" data-testid="placementTracking"><div class="css-175oi2r r-1pi2tsx r-13qz1uu" data-testid="videoPlayer"><div class="css-175oi2r r-1p0dtai r-1pi2tsx r-1d2f490 r-u8s1d r-ipm5af r-13qz1uu" data-testid="videoComponent"><video preload="none" tabindex="-1" playsinline="" aria-label="Embedded video" poster="https://pbs.twimg.com/amplify_video_thumb/placeholder/${id}.jpg" style="width: 100%; height: 100%; position: absolute; background-color: black; top: 0%; left: 0%; transform: rotate(0deg) scale(1.005);"><source type="video/mp4" src="blob:https://x.com/placeholder-${handle}-${id}"></video></div></div></div></div></div></div></div></div></div></div>`;
}

/** A quoted post: a role=link card whose time is not in a /status/ link (tweetyoink--x-tweet-quote.html). */
function quoteCard(quote: Omit<XPostSpec, 'quote'>, now: Date): string {
  const label = relativeLabel(quote.postedAt, now);
  return `<div aria-labelledby="id__quoted_${quote.id}" class="css-175oi2r r-9aw3ui r-1s2bzr4"><div class="css-175oi2r"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Quote</span></div><div tabindex="0" class="css-175oi2r r-adacv r-1udh08x r-1kqtdi0 r-1867qdf r-rs99b7 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" role="link"><div class="css-175oi2r"><div class="css-175oi2r r-eqz5dr r-jusfrs r-1s2bzr4"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-1udh08x"><div class="css-175oi2r r-1awozwy r-18u37iz r-dnmrzs"><div class="css-175oi2r r-1gs4q39" data-testid="Tweet-User-Avatar"><div class="css-175oi2r r-1adg3ll r-bztko3" data-testid="UserAvatar-Container-${quote.handle}" style="width: 24px; height: 24px;"><div role="presentation" tabindex="-1"><img alt="" draggable="true" src="https://pbs.twimg.com/profile_images/placeholder/${quote.handle}_x96.jpg" class="css-9pa8cd"></div></div></div><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l" data-testid="User-Name"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="css-146c3p1"><span class="css-1jxf684"><span class="css-1jxf684">${escapeHtml(quote.name)}</span></span></div></div></div></div><div class="css-175oi2r r-18u37iz r-1wbh5a2 r-1ez5h0i"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div tabindex="-1" class="css-175oi2r r-1wbh5a2 r-dnmrzs"><div dir="ltr" class="css-146c3p1"><span class="css-1jxf684">@${quote.handle}</span></div></div></div><div dir="ltr" aria-hidden="true" class="css-146c3p1"><span class="css-1jxf684">·</span></div><div class="css-175oi2r r-18u37iz r-1q142lx"><div dir="ltr" aria-label="${escapeHtml(label.long)}" class="css-146c3p1"><time datetime="${new Date(quote.postedAt).toISOString()}">${escapeHtml(label.short)}</time></div></div></div></div></div></div></div></div></div><div class="css-175oi2r r-6gpygo r-jusfrs"><div dir="auto" lang="${quote.lang ?? 'en'}" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-bnwqim" data-testid="tweetText">${renderTweetTextParts(quote.text)}</div></div></div></div></div></div>`;
}

function counts(id: string): { replies: number; reposts: number; likes: number } {
  const n = Number(id.slice(-4));
  return { replies: n % 7, reposts: n % 5, likes: (n % 53) + 1 };
}

/** A timeline article (a reply): time link in the header, as in tweetyoink--x-tweet-quote.html. */
export function renderReplyArticle(post: XPostSpec, now: Date = new Date()): string {
  return `<article aria-labelledby="id__${post.id}" role="article" tabindex="0" class="css-175oi2r r-18u37iz r-1udh08x r-i023vh r-1qhn6m8 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="css-175oi2r"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"></div></div></div><div class="css-175oi2r r-18u37iz">${avatar(post.handle)}<div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu"><div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-k4xj1c r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${userName(post, headerTimeLink(post, now))}</div></div>${caret()}</div></div>${tweetText(post)}${post.video ? videoPlayer(post.handle, post.id) : ''}${post.quote ? quoteCard(post.quote, now) : ''}${actionGroup(post, counts(post.id))}</div></div></div></div></article>`;
}

/** The focused post: time link below the text, as in tweetyoink--x-tweet-sample.html. */
export function renderFocusedArticle(post: XPostSpec, replyCount: number): string {
  const label = absoluteLabel(post.postedAt);
  const timeRow = `<div class="css-175oi2r r-12kyg2d"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2 r-1471scf"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><a href="/${post.handle}/status/${post.id}" aria-label="${escapeHtml(label)}" role="link" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-a023e6 r-rjixqe r-16dba41 r-xoduu5 r-1q142lx r-1w6e6rj r-9aw3ui r-3s2u2q r-1loqt21"><time datetime="${new Date(post.postedAt).toISOString()}">${escapeHtml(label)}</time></a></div></div></div>`;
  const c = counts(post.id);
  return `<article aria-labelledby="id__${post.id}" role="article" tabindex="-1" class="css-175oi2r r-18u37iz r-1udh08x r-1c4vpko r-1c7gwzm r-1ny4l3l" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="css-175oi2r"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-ttdzmv"></div></div></div><div class="css-175oi2r r-18u37iz">${avatar(post.handle)}<div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci"><div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-k4xj1c r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${userName(post, '')}</div></div>${caret()}</div></div></div></div><div class="css-175oi2r r-1s2bzr4">${tweetText(post)}</div>${post.video ? videoPlayer(post.handle, post.id) : ''}${timeRow}${actionGroup(post, { ...c, replies: replyCount })}</div></div></article>`;
}

/** The inline reply composer under the focused post (defuddle page): Draft.js editable + disabled button. */
export function renderInlineComposer(viewerHandle: string, placeholder = 'Post your reply'): string {
  return `<div data-testid="inline_reply_offscreen" class="css-175oi2r"><div class="css-175oi2r r-1awozwy r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-13awgt0"><div role="progressbar" aria-valuemax="100" aria-valuenow="0" class="css-175oi2r r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af" style="visibility: hidden;"><div class="css-175oi2r r-1pi2tsx r-1bnu78o" data-testid="progressBar-bar" style="width: 0%;"></div></div><div class="css-175oi2r r-184en5c"><div class="css-175oi2r r-18u37iz"><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-1h8ys4a r-1bylmt5 r-13tjlyg r-7qyjyx r-1ftll1t"><div class="css-175oi2r r-18kxxzh r-1wron08 r-onrtq4 r-1awozwy"><div class="css-175oi2r r-bztko3 r-1adg3ll" data-testid="UserAvatar-Container-${viewerHandle}" style="height: 40px;"><a href="/${viewerHandle}" role="link" class="css-175oi2r r-1pi2tsx r-13qz1uu r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21"><div aria-label="${viewerHandle}" class="css-175oi2r"><img alt="${viewerHandle}" draggable="true" src="https://pbs.twimg.com/profile_images/placeholder/${viewerHandle}_x96.jpg" class="css-9pa8cd"></div></a></div></div></div><div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci"><div class="css-175oi2r r-184en5c"><div class="css-175oi2r" data-rbd-droppable-id="composer-0" data-rbd-droppable-context-id="4"><div class="css-175oi2r r-kemksi r-jumn1c r-xd6kpl r-gtdqiz r-ipm5af r-184en5c"><div class="css-175oi2r" data-testid="tweetTextarea_0_label"><div class="css-175oi2r r-1wbh5a2 r-16y2uox"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-1inkyih r-16dba41 r-135wba7 r-bnwqim r-13qz1uu" style="color: rgb(15, 20, 25);"><div class="css-175oi2r r-1x0uki6 r-1ny4l3l r-1bmlt5d"><div class="css-175oi2r r-16y2uox"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l" data-testid="tweetTextarea_0RichTextInputContainer" style="min-height: 24px; height: 100%;"><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="placeholder-vigie" style="white-space: pre-wrap;">${escapeHtml(placeholder)}</div></div><div class="DraftEditor-editorContainer"><div aria-autocomplete="list" aria-describedby="placeholder-vigie" aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"><div data-contents="true"><div data-block="true" data-editor="vigie" data-offset-key="vigie-0-0"><div data-offset-key="vigie-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="vigie-0-0"><br data-text="true"></span></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div></div><div class="css-175oi2r r-1awozwy r-18u37iz r-1wtj0ep r-1p6iasa"><button aria-disabled="true" disabled="" role="button" tabindex="-1" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-1cwvpvk r-2yi16 r-1qi8awa r-3pj75a r-o7ynqc r-6416eg r-icoktb r-1ny4l3l" data-testid="tweetButtonInline" type="button"><div dir="ltr" class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-q4m81j r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-18u37iz r-16y2uox r-1777fci"><span class="css-1jxf684 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1b43r93 r-1cwl3u0"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Reply</span></span></div></button></div></div></div></div></div>`;
}

/** A promoted post: placementTracking, an "Ad" label, no /status/ time link. */
export function renderPromotedArticle(ad: XPromotedSpec, adId: string): string {
  return `<article aria-labelledby="id__ad_${adId}" role="article" tabindex="0" class="css-175oi2r r-18u37iz r-1udh08x r-i023vh r-1qhn6m8 r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" data-testid="tweet"><div class="css-175oi2r r-eqz5dr r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-16y2uox r-1wbh5a2 r-1ny4l3l"><div class="css-175oi2r r-18u37iz">${avatar(ad.handle)}<div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci r-kzbkwu"><div class="css-175oi2r r-zl2h9q"><div class="css-175oi2r r-k4xj1c r-18u37iz r-1wtj0ep"><div class="css-175oi2r r-1d09ksm r-18u37iz r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-dnmrzs r-1ny4l3l">${userName(ad, '')}</div></div>${caret()}</div></div>${tweetText({ text: ad.text, lang: 'en' })}<div class="css-175oi2r" data-testid="placementTracking"><div class="css-175oi2r r-18u37iz r-1wbh5a2"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Ad</span></div></div>${actionGroup({ handle: ad.handle, id: adId }, { replies: 0, reposts: 0, likes: 0 })}</div></div></div></div></article>`;
}

function cell(inner: string, index: number): string {
  return `<div class="css-175oi2r" data-testid="cellInnerDiv" style="transform: translateY(${index * ROW_HEIGHT}px); position: absolute; width: 100%;"><div class="css-175oi2r r-1igl3o0 r-qklmqi r-1adg3ll r-1ny4l3l"><div class="css-175oi2r">${inner}</div></div></div>`;
}

/** Rows after the focused post, as cellInnerDiv strings, numbered from `firstIndex`. */
export function renderRows(rows: XRowSpec[], firstIndex: number, now: Date = new Date()): string[] {
  return rows.map((row, i) => {
    const index = firstIndex + i;
    switch (row.kind) {
      case 'post':
        return cell(renderReplyArticle(row.post, now), index);
      case 'promoted':
        return cell(renderPromotedArticle(row.ad, `${index}`), index);
      case 'separator':
        return cell('<div class="css-175oi2r r-1adg3ll r-1ny4l3l"><div class="css-175oi2r r-109y4c4 r-1p6iasa r-1ugchlj"></div></div>', index);
      case 'show-more':
        return cell(`<div class="css-175oi2r"><button role="button" tabindex="0" class="css-175oi2r r-1777fci r-1jayybb r-o7ynqc r-6416eg r-1ny4l3l r-1loqt21" type="button"><div dir="ltr" class="css-146c3p1"><span class="css-1jxf684">${escapeHtml(row.label)}</span></div></button></div>`, index);
    }
  });
}

/** A whole status page (document markup), ready to be served at https://x.com/HANDLE/status/ID. */
export function renderXStatusPage(spec: XStatusPageSpec, now: Date = new Date()): string {
  const { focused } = spec;
  const viewer = spec.viewerHandle ?? 'vigie_moderator';
  const ancestors = spec.ancestors ?? [];
  const replyCount = spec.rows.filter((r) => r.kind === 'post').length;
  const cells: string[] = [];
  ancestors.forEach((post, i) => cells.push(cell(renderReplyArticle(post, now), i)));
  cells.push(cell(renderFocusedArticle(focused, replyCount) + renderInlineComposer(viewer), ancestors.length));
  cells.push(...renderRows(spec.rows, ancestors.length + 1, now));
  const title = `${escapeHtml(focused.name)} on X: "${escapeHtml(focused.text.slice(0, 60))}" / X`;
  const height = (cells.length + 1) * ROW_HEIGHT;
  return `<!DOCTYPE html>
<html dir="ltr" lang="${spec.pageLang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover"><title>${title}</title><link rel="canonical" href="https://x.com/${focused.handle}/status/${focused.id}"></head>
<body style="background-color: #FFFFFF;"><div id="react-root" style="height:100%;display:flex;"><div class="css-175oi2r r-13awgt0 r-12vffkv"><div class="css-175oi2r r-13awgt0 r-12vffkv"><div class="css-175oi2r r-1f2l425 r-13qz1uu r-417010 r-18u37iz" style="min-height: 100vh;"><header role="banner" class="css-175oi2r r-lrvibr r-1g40b8q r-obd0qt r-16y2uox"><div class="css-175oi2r r-1awozwy r-1pi2tsx"><h1 role="heading" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-adyw6z r-135wba7 r-b88u0q r-1awozwy r-6koalj r-18u37iz r-16y2uox r-1777fci"><a href="/home" aria-label="X" role="link" class="css-175oi2r r-1pi2tsx r-1wtj0ep r-1ny4l3l r-o7ynqc r-6416eg r-lrvibr"></a></h1><a href="/compose/post" aria-label="Post" role="link" class="css-175oi2r" data-testid="SideNav_NewTweet_Button"></a></div></header><main role="main" class="css-175oi2r r-16y2uox r-1wbh5a2 r-1habvwh"><div class="css-175oi2r r-150rngu r-16y2uox r-1wbh5a2 r-rthrr5"><div class="css-175oi2r r-aqfbo4 r-16y2uox"><div class="css-175oi2r r-1oszu61 r-1niwhzg r-18u37iz r-16y2uox r-2llsf r-13qz1uu r-1wtj0ep"><div class="css-175oi2r r-kemksi r-1kqtdi0 r-1ua6aaf r-th6na r-1phboty r-16y2uox r-184en5c r-1abdc3e r-1lg4w6u r-f8sm7e r-13qz1uu r-1ye8kvj" data-testid="primaryColumn"><div aria-label="Home timeline" tabindex="0" class="css-175oi2r r-1habvwh r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-aqfbo4 r-gtdqiz r-1gn8etr r-1g40b8q"><div class="css-175oi2r r-1e5uvyk r-6026j"><div class="css-175oi2r r-1awozwy r-18u37iz r-1h3ijdo r-1777fci r-f8sm7e r-1ye8kvj"><button aria-label="Back" role="button" class="css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-6gpygo r-1wron08 r-2yi16 r-1qi8awa r-1loqt21 r-o7ynqc r-6416eg r-1ny4l3l" data-testid="app-bar-back" type="button"></button><h2 dir="ltr" aria-level="2" role="heading" class="css-146c3p1 r-bcqeeo r-1ttztb7 r-qvutc0 r-37j5jr r-adyw6z r-135wba7 r-b88u0q r-1pi2tsx r-1awozwy r-6koalj"><span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Post</span></h2></div></div></div><section aria-labelledby="accessible-list-1" role="region" class="css-175oi2r"><h1 dir="auto" aria-level="1" role="heading" class="css-146c3p1 r-4iw3lz r-1xk2f4g r-109y4c4 r-1udh08x r-wwvuq4 r-u8s1d r-92ng3h" id="accessible-list-1">Conversation</h1><div aria-label="Timeline: Conversation" class="css-175oi2r"><div style="position: relative; min-height: ${height}px;">${cells.join('')}</div></div></section></div></div></div></div></div></main></div></div></div></div></body></html>
`;
}

// ---------------------------------------------------------------------------------------------
// Random pages for the scan benchmark and e2e.

/** mulberry32: one implementation for every seeded script (scripts/train/prng.ts). */
export const seededRandom = mulberry32;

const RANDOM_EN = [
  'Just tried the new hazelnut bar 😍 worth every cent',
  'Any news on the delivery delays? My order is a week late.',
  'My kids love the 70% one, we buy it every Friday 🍫',
  'Is the packaging recyclable now? Would love to know.',
  'Ordered twice this month, both arrived on time. Thanks!',
  'The price went up again, a bit disappointing honestly.',
  'Do you ship to Belgium?',
  'Great to see the cocoa sourcing report published 👏',
];
const RANDOM_FR = [
  'Super bon le nouveau praliné 😋',
  'Toujours pas reçu ma commande, c’est normal ?',
  'Vous livrez en Suisse ?',
  'Le coffret de Noël est magnifique cette année 🎄',
  'Dommage que le format familial ait disparu.',
  'Merci pour la réponse rapide du service client 🙏',
];
const RANDOM_HANDLES = ['lea_m', 'tomdupuis', 'sam_k', 'noor_b', 'juliette_r', 'ben_carter', 'mika_t', 'chloe_v', 'alex_p', 'ines_d'];

export interface GenerateOptions {
  replies: number;
  seed?: number;
  /** Fraction of replies that continue the chain above them (default 0.35). */
  chainProbability?: number;
  /** Insert an ad every N rows (0 = never; default 40). */
  adEvery?: number;
  now?: Date;
}

export const GENERATED_FOCUSED_ID = '1858000000000000001';
export const GENERATED_HANDLE = 'cacaoandco';

/** Reply specs for a random page: ids are increasing snowflake-like strings. */
export function generateRows(opts: GenerateOptions, firstReplyNumber = 1): XRowSpec[] {
  if (!Number.isInteger(opts.replies) || opts.replies < 0) throw new Error(`replies must be a non-negative integer, got ${opts.replies}`);
  const random = seededRandom(opts.seed ?? 1);
  const chainProbability = opts.chainProbability ?? 0.35;
  const adEvery = opts.adEvery ?? 40;
  const now = opts.now ?? new Date('2026-11-23T12:00:00.000Z');
  const rows: XRowSpec[] = [];
  for (let i = 0; i < opts.replies; i += 1) {
    const n = firstReplyNumber + i;
    if (i > 0 && random() >= chainProbability) rows.push({ kind: 'separator' });
    if (adEvery > 0 && i > 0 && i % adEvery === 0) {
      rows.push({ kind: 'promoted', ad: { promoted: true, handle: 'sponsor_brand', name: 'Sponsor', text: 'Try our new app today' } });
      rows.push({ kind: 'separator' });
    }
    const french = random() < 0.4;
    const bank = french ? RANDOM_FR : RANDOM_EN;
    const handle = RANDOM_HANDLES[Math.floor(random() * RANDOM_HANDLES.length)];
    rows.push({
      kind: 'post',
      post: {
        id: (BigInt(GENERATED_FOCUSED_ID) + BigInt(n) * 1000n).toString(),
        handle,
        name: handle.replace('_', ' '),
        text: bank[Math.floor(random() * bank.length)],
        lang: french ? 'fr' : 'en',
        postedAt: new Date(now.getTime() - (opts.replies - i) * 60_000).toISOString(),
        video: random() < 0.02,
      },
    });
  }
  return rows;
}

/** A status page of @cacaoandco with `replies` random replies, for the scan benchmark and e2e. */
export function generateXStatusPage(opts: GenerateOptions): string {
  const now = opts.now ?? new Date('2026-11-23T12:00:00.000Z');
  return renderXStatusPage(
    {
      focused: {
        id: GENERATED_FOCUSED_ID,
        handle: GENERATED_HANDLE,
        name: 'Cacao & Co',
        verified: true,
        text: 'Our winter collection is here ❄️🍫 Tell us your favourite!',
        postedAt: new Date(now.getTime() - 48 * 3_600_000).toISOString(),
      },
      rows: generateRows({ ...opts, now }),
    },
    now,
  );
}

/**
 * Page-side helpers for e2e (run it with page.evaluate or addInitScript). It defines
 * `window.vigieFixture` with:
 * - appendReplies(html): appends cellInnerDiv rows (from renderRows) like infinite scroll does;
 * - recycleRow(index, articleHtml): keeps the index-th cellInnerDiv node and swaps its content for
 *   another post, as X's virtualised list reuses rows;
 * - removeFirstRows(n): drops rows from the top, as X does when they scroll far away.
 */
export const X_FIXTURE_HELPERS_JS = `(() => {
  const list = () => document.querySelector('[aria-label="Timeline: Conversation"] > div') || document.querySelector('[data-testid="primaryColumn"]');
  const cells = () => Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]'));
  window.vigieFixture = {
    appendReplies(html) {
      const t = document.createElement('template');
      t.innerHTML = html;
      // Continue below the lowest row, as the virtualised list positions new rows.
      const offsetOf = (c) => Number((/translateY\\((-?[\\d.]+)px\\)/.exec(c.style.transform) || [0, 0])[1]);
      let y = cells().reduce((max, c) => Math.max(max, offsetOf(c)), 0);
      for (const c of Array.from(t.content.querySelectorAll('[data-testid="cellInnerDiv"]'))) {
        y += ${ROW_HEIGHT};
        c.style.transform = 'translateY(' + y + 'px)';
      }
      list().append(t.content);
      return cells().length;
    },
    recycleRow(index, articleHtml) {
      const cell = cells()[index];
      if (!cell) throw new Error('no row ' + index);
      const holder = cell.querySelector('article')?.parentElement || cell;
      holder.innerHTML = articleHtml;
      return true;
    },
    removeFirstRows(n) {
      cells().slice(0, n).forEach((c) => c.remove());
      return cells().length;
    },
  };
})();`;

/** Rows to append with vigieFixture.appendReplies: `count` more random replies after `after`. */
export function appendReplies(opts: { count: number; after: number; seed?: number; now?: Date }): string {
  const rows = generateRows({ replies: opts.count, seed: opts.seed ?? opts.after + 7, now: opts.now, adEvery: 0 }, opts.after + 1);
  // A separator first: appended replies start their own chains. Positions are set by the page helper.
  return renderRows([{ kind: 'separator' }, ...rows], 0, opts.now).join('');
}

