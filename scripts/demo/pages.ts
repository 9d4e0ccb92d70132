/**
 * Builds the demo's pages from the scenario JSON: an x.com status page and a Facebook post, in the
 * markup structures of Vigie's fixtures (scripts/lib/generate-x-page.ts for X; the structure of
 * test/fixtures/facebook/build.ts, from ../shared/platform-notes.md, for Facebook), each with REAL
 * editors (Draft.js, Lexical) and the live-arrival script bundled in (esbuild). A page is built when
 * it is requested, so the times of the comments already there are relative to that moment.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { escapeHtml, renderRows, renderXStatusPage, type XPostSpec, type XRowSpec } from '../lib/generate-x-page';
import type { Arrival, DemoData } from './page/runtime';
import { shortAgo } from './page/runtime';
import type { ScenarioComment, ScenarioPage } from './scenario';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface PageScripts {
  x: string;
  facebook: string;
}

/** Bundles the two page scripts (React 18 + draft-js, Lexical) once per run. */
export async function bundlePageScripts(): Promise<PageScripts> {
  const one = async (file: string) => {
    const result = await build({
      entryPoints: [path.join(here, 'page', file)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      logLevel: 'silent',
    });
    const [out] = result.outputFiles;
    if (!out) throw new Error(`esbuild produced nothing for ${file}`);
    return out.text;
  };
  const [x, facebook] = await Promise.all([one('x-demo.ts'), one('facebook-demo.ts')]);
  return { x, facebook };
}

export interface BuildOptions {
  now: Date;
  /** Arrival delays by comment key (scenario.arrivalDelays). */
  delays: Map<string, number>;
  /** Arrivals start when the page loads (a window the person watches), or when the demo calls __demo.start(). */
  autoStart: boolean;
  scripts: PageScripts;
}

function inline(code: string): string {
  return `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
}

function dataScript(data: DemoData): string {
  // JSON in a non-executed script element; "<" escaped so no text can close it.
  return `<script type="application/json" id="vigie-demo-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

const BANNER = (title: string) =>
  `<div id="vigie-demo-banner" style="position:sticky;top:0;z-index:5;background:#fff8e1;border-bottom:1px solid #f0d98c;padding:6px 12px;font:13px system-ui,sans-serif;color:#5d4200">Vigie demo · ${escapeHtml(title)} · a fictional brand, served from your computer: nothing here is a real account or a real post.</div>`;

// ─── X ──────────────────────────────────────────────────────────────────────────────────────────

/** Makes the unstyled generated markup readable: one column, rows in the normal flow. */
const X_CSS = `<style>
body{margin:0;font:15px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;color:#0f1419;background:#fff}
#react-root{display:block!important}
header[role=banner]{display:none}
/* Right of Vigie's panel (bottom left), so both show side by side. */
main[role=main]{max-width:600px;margin:0 0 0 380px;border-left:1px solid #eff3f4;border-right:1px solid #eff3f4;min-height:100vh}
[aria-label="Timeline: Conversation"]>div{min-height:0!important}
[data-testid=cellInnerDiv]{position:relative!important;transform:none!important}
article[data-testid=tweet]{display:block;position:relative;padding:10px 16px 10px 66px;border-bottom:1px solid #eff3f4}
article[data-testid=tweet][tabindex="-1"] [data-testid=tweetText]{font-size:19px}
article [data-testid=Tweet-User-Avatar]{position:absolute;left:12px;top:12px;width:40px;height:40px;overflow:hidden}
article [data-testid=Tweet-User-Avatar] img{width:40px;height:40px;border-radius:50%}
[data-testid=Tweet-User-Avatar] [style*="padding-bottom"]{display:none}
svg{width:18px;height:18px;vertical-align:-3px}
svg[data-testid=icon-verified]{fill:#1d9bf0}
[data-testid=User-Name],[data-testid=User-Name] *{display:inline;color:#536471}
[data-testid=User-Name] a:first-child span{color:#0f1419;font-weight:700}
a{color:inherit;text-decoration:none}
[data-testid=tweetText]{display:block;margin:2px 0 6px;white-space:pre-wrap}
[data-testid=tweetText] img{height:1.2em;width:1.2em;vertical-align:-0.2em}
[role=group]{display:flex;gap:48px;color:#536471}
[role=group] button{background:none;border:0;color:#536471;font:inherit;cursor:pointer;padding:2px 4px}
[role=group] button[data-testid=reply]::before{content:"💬 "}
[role=group] button[data-testid=retweet]::before{content:"🔁 "}
[role=group] button[data-testid=like]::before{content:"♡ "}
[role=group] button[data-testid=bookmark],[role=group] button[aria-label="Share post"],[data-testid=caret]{display:none}
h2[role=heading]{font-size:20px;margin:8px 16px}
button[data-testid=app-bar-back]{display:none}
h1#accessible-list-1{position:absolute;left:-9999px}
.public-DraftEditorPlaceholder-root{position:absolute;color:#536471;pointer-events:none}
.DraftEditor-root{position:relative}
</style>`;

function xStatusId(focusedId: string, index: number): string {
  return (BigInt(focusedId) + BigInt(index + 1) * 7919n).toString();
}

function xPost(page: ScenarioPage, c: ScenarioComment, id: string, postedAt: string): XPostSpec {
  return { id, handle: c.author, name: c.name, text: c.text, lang: c.lang, postedAt };
}

export function statusIdFromUrl(url: string): string {
  const m = /\/status\/(\d+)/.exec(new URL(url).pathname);
  if (!m) throw new Error(`not an x.com status URL: ${url}`);
  return m[1];
}

/** Status ids of the page's comments by key (and keys by id), as the page shows them. */
export function xIds(page: ScenarioPage): Map<string, string> {
  const focused = statusIdFromUrl(page.url);
  return new Map(page.comments.map((c, i) => [c.key, xStatusId(focused, i)]));
}

export function buildXPage(page: ScenarioPage, opts: BuildOptions): string {
  const now = opts.now.getTime();
  const ids = xIds(page);
  const focused: XPostSpec = {
    id: statusIdFromUrl(page.url),
    handle: page.post.author,
    name: page.post.name,
    verified: true,
    lang: page.post.lang,
    text: page.post.text,
    postedAt: new Date(now - page.post.minutesAgo * 60_000).toISOString(),
  };
  const rows: XRowSpec[] = [];
  const arrivals: Arrival[] = [];
  for (const c of page.comments) {
    const id = ids.get(c.key)!;
    const live = opts.delays.get(c.key);
    // A top-level reply starts a chain (a row without a post ends the one above); a reply continues it.
    const chain: XRowSpec[] = c.parent ? [] : [{ kind: 'separator' }];
    if (live === undefined) {
      if (rows.length === 0) chain.length = 0;
      rows.push(...chain, { kind: 'post', post: xPost(page, c, id, new Date(now - c.minutesAgo * 60_000).toISOString()) });
    } else {
      // The time is stamped by the page when the row arrives.
      const html = renderRows([...chain, { kind: 'post', post: xPost(page, c, id, new Date(now).toISOString()) }], 0, opts.now).join('');
      arrivals.push({ key: c.key, atMs: live, html, minutesAgo: c.minutesAgo });
    }
  }
  const html = renderXStatusPage({ focused, rows, viewerHandle: page.viewer, pageLang: page.uiLang }, opts.now);
  const extra = `${X_CSS}`;
  return html
    .replace('</head>', `${extra}</head>`)
    .replace(/<body([^>]*)>/, (m) => `${m}${BANNER('X')}`)
    .replace('</body>', `${dataScript({ autoStart: opts.autoStart, arrivals })}${inline(opts.scripts.x)}</body>`);
}

// ─── Facebook ─────────────────────────────────────────────────────────────────────────────────────

const FB_UI = {
  en: { commentBy: 'Comment by', replyBy: 'Reply by', like: 'Like', reply: 'Reply', write: 'Write a comment…', ago: (t: string) => `${t} ago`, comments: (n: number) => `${n} comments` },
  fr: { commentBy: 'Commentaire de', replyBy: 'Réponse de', like: 'J’aime', reply: 'Répondre', write: 'Écrire un commentaire…', ago: (t: string) => `il y a ${t}`, comments: (n: number) => `${n} commentaires` },
};

const FB_CSS = `<style>
body{margin:0;background:#f0f2f5;font:15px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif;color:#050505}
[role=banner]{display:none}
[role=main]{max-width:640px;margin:16px 0 16px 380px;background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.2);padding:12px 16px}
#post-title{font-size:15px;margin:0}
a{color:inherit;text-decoration:none}
#post-msg{margin:8px 0 12px;font-size:17px}
img[alt][height="16"]{height:1.1em;width:1.1em;vertical-align:-0.2em}
ul.html-ul{list-style:none;margin:0;padding:0}
[role=article] [role=article]{margin-left:40px}
[role=article][aria-label]{display:block;margin:8px 0}
[role=article][aria-label] svg{float:left;margin-right:8px;border-radius:50%}
[role=article][aria-label] > div:nth-child(2) > div:first-child{display:inline-block;background:#f0f2f5;border-radius:18px;padding:8px 12px;max-width:85%}
[role=article][aria-label] > div:nth-child(2) > div:first-child a span{font-weight:600;font-size:13px}
ul.x1ee1yhc{display:flex;gap:14px;margin:2px 0 0 52px!important;font-size:12px;color:#65676b;font-weight:600}
[role=button]{cursor:pointer}
form [contenteditable]{border-radius:18px;background:#f0f2f5;padding:8px 12px;min-height:20px;margin:8px 0 8px 40px}
form.x1ed109x [contenteditable]{margin-left:0}
.x6s0dn4{display:flex;gap:16px;color:#65676b;border-bottom:1px solid #ced0d4;padding-bottom:8px;margin-bottom:8px}
</style>`;

function fbCommentId(postId: string, n: number): string {
  return Buffer.from(`comment:${postId}_${1_200_000_000_000_000 + n}`).toString('base64').replace(/=+$/, '');
}

function fbPostId(url: string): string {
  const m = /\/posts\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!m) throw new Error(`not a facebook.com post URL: ${url}`);
  return m[1];
}

/** Comment ids of the page's comments by key, as the page shows them. */
export function facebookIds(page: ScenarioPage): Map<string, string> {
  const postId = fbPostId(page.url);
  return new Map(page.comments.map((c, i) => [c.key, fbCommentId(postId, i + 1)]));
}

/** Facebook shows emoji as <img alt>: kept, so the adapter must read the alt. */
function fbText(text: string): string {
  return escapeHtml(text).replace(/\p{Extended_Pictographic}\uFE0F?/gu, (emoji) => {
    const code = emoji.codePointAt(0)!.toString(16);
    return `<img height="16" width="16" alt="${emoji}" referrerpolicy="origin-when-cross-origin" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/${code}.png">`;
  });
}

function renderFbComment(page: ScenarioPage, c: ScenarioComment, ids: { id: string; topId: string | null }, children: string): string {
  const ui = FB_UI[page.uiLang];
  const postUrl = page.url;
  const time = shortAgo(c.minutesAgo);
  const query = ids.topId ? `comment_id=${ids.topId}&reply_comment_id=${ids.id}` : `comment_id=${ids.id}`;
  const profileUrl = `https://www.facebook.com/${c.author}${c.author.includes('?') ? '&' : '?'}${query}&__cft__[0]=AZW&__tn__=R]-R`;
  const label = `${ids.topId ? ui.replyBy : ui.commentBy} ${c.name} ${ui.ago(time)}`;
  return `<div aria-label="${escapeHtml(label)}" class="x1n2onr6 x1ye3gou" role="article" tabindex="-1"><div class="x1r8uery x1iyjqo2 x6ikm8r x10wlt62 x1pi30zi"><div class="x1rg5ohu"><a aria-hidden="true" class="x1i10hfl x1qjc9v5" href="${escapeHtml(profileUrl)}" role="link" tabindex="-1"><svg aria-label="${escapeHtml(c.name)}" class="x3ajldb" data-visualcompletion="ignore-dynamic" role="img" style="height: 32px; width: 32px;"><image style="height: 32px; width: 32px;" x="0" y="0" height="100%" preserveAspectRatio="xMidYMid slice" width="100%" xlink:href="https://scontent.xx.fbcdn.net/v/placeholder/${escapeHtml(encodeURIComponent(c.author))}.jpg"></image></svg></a></div></div><div class="x1n2onr6 x1iorvi4 x4uap5 x18d9i69 xurb0ha x78zum5 x1q0g3np x1a2a7pz"><div class="x1y1aw1k xn6708d xwib8y2 x1ye3gou"><div class="xv55zj0 x1vvkbs x1rg5ohu xxymvpz"><div class="x78zum5 xdt5ytf"><span class="xt0psk2"><span class="xjp7ctv"><a class="x1i10hfl xjbqb8w x1ejq31n" href="${escapeHtml(profileUrl)}" role="link" tabindex="0"><span class="x193iq5w xeuugli x13faqbe x1vvkbs" dir="auto"><span class="x3nfvp2">${escapeHtml(c.name)}</span></span></a></span></span><div class="x1lliihq xjkvuk6 x1iorvi4" dir="auto"><span class="x193iq5w xeuugli x13faqbe x1vvkbs" dir="auto" lang="${c.lang}"><div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs" dir="auto" style="text-align: start;">${fbText(c.text)}</div></span></div></div></div></div><ul class="html-ul x1ee1yhc x78zum5 x1wfe3co"><li class="html-li x1rg5ohu"><span class="html-span"><a class="x1i10hfl xjbqb8w x1ejq31n" href="${escapeHtml(`${postUrl}?${query}&__cft__[0]=AZW&__tn__=R]-R`)}" role="link" tabindex="0">${escapeHtml(time)}</a></span></li><li class="html-li x1rg5ohu"><div aria-label="${escapeHtml(ui.like)}" class="x1i10hfl xjbqb8w" role="button" tabindex="0"><span>${escapeHtml(ui.like)}</span></div></li><li class="html-li x1rg5ohu"><div class="x1i10hfl xjbqb8w" role="button" tabindex="0"><span>${escapeHtml(ui.reply)}</span></div></li></ul></div>${children}</div>`;
}

export function buildFacebookPage(page: ScenarioPage, opts: BuildOptions): string {
  const ui = FB_UI[page.uiLang];
  const ids = facebookIds(page);
  const byKey = new Map(page.comments.map((c) => [c.key, c]));
  const topOf = (c: ScenarioComment): ScenarioComment => (c.parent ? topOf(byKey.get(c.parent)!) : c);
  const idsOf = (c: ScenarioComment) => ({ id: ids.get(c.key)!, topId: c.parent ? ids.get(topOf(c).key)! : null });
  const initial = page.comments.filter((c) => !opts.delays.has(c.key));
  const childrenOf = (key: string) => initial.filter((c) => c.parent === key);
  const tree = (c: ScenarioComment): string => {
    const kids = childrenOf(c.key).map((k) => `<li class="html-li">${tree(k)}</li>`).join('');
    return renderFbComment(page, c, idsOf(c), kids ? `<div class="x1jx94hy x1n2onr6"><ul class="html-ul">${kids}</ul></div>` : '');
  };
  const list = initial.filter((c) => !c.parent).map((c) => `<li class="html-li">${tree(c)}</li>`).join('');
  const arrivals: Arrival[] = page.comments
    .filter((c) => opts.delays.has(c.key))
    .map((c) => ({
      key: c.key,
      atMs: opts.delays.get(c.key)!,
      html: `<li class="html-li">${renderFbComment(page, c, idsOf(c), '')}</li>`,
      minutesAgo: c.minutesAgo,
      parentId: c.parent ? ids.get(c.parent)! : null,
    }));
  const postDate = shortAgo(page.post.minutesAgo);
  return `<!DOCTYPE html>
<html lang="${page.uiLang}" id="facebook" class="_9dls"><head><meta charset="utf-8"><title>${escapeHtml(page.post.name)} | Facebook</title><link rel="canonical" href="${escapeHtml(page.url)}">${FB_CSS}</head>
<body class="_6s5d _71pn system-fonts--body">${BANNER('Facebook')}<div id="mount_0_0_Vi"><div class="x9f619 x1n2onr6 x1ja2u2z"><div role="banner" class="x1yztbdb"><a aria-label="Facebook" href="/" role="link"></a></div><div class="x78zum5 xdt5ytf x1t2pt76"><div class="x9f619 x1n2onr6" role="main"><div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div aria-describedby="post-msg" aria-labelledby="post-title" class="x1a2a7pz" role="article"><div class="x1cy8zhl x9f619"><h2 class="html-h2" id="post-title"><span class="x193iq5w"><a href="https://www.facebook.com/${escapeHtml(page.post.author)}" role="link" tabindex="0"><strong><span>${escapeHtml(page.post.name)}</span></strong></a></span></h2><span class="x4k7w5x"><a aria-label="${escapeHtml(postDate)}" href="${escapeHtml(page.url)}" role="link" tabindex="0"><span>${escapeHtml(postDate)}</span></a></span></div><div data-ad-comet-preview="message" data-ad-preview="message" id="post-msg"><div class="xdj266r" dir="auto" style="text-align: start;">${fbText(page.post.text)}</div></div><div class="x1n2onr6"><div class="x6s0dn4 x78zum5"><div aria-label="${escapeHtml(ui.like)}: 212" role="button" tabindex="0"><span>👍 212</span></div><div role="button" tabindex="0"><span dir="auto">${escapeHtml(ui.comments(page.comments.length))}</span></div></div><div class="x1jx94hy x12nagc"><ul class="html-ul" data-vigie-demo="comments">${list}</ul></div><form class="x1ed109x" method="POST"><div class="x1iyjqo2"><div aria-label="${escapeHtml(ui.write)}" aria-placeholder="${escapeHtml(ui.write)}" class="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate" contenteditable="true" data-lexical-editor="true" data-vigie-demo="comment-box" role="textbox" spellcheck="true" style="user-select: text; white-space: pre-wrap; word-break: break-word;" tabindex="0"></div></div></form></div></div></div></div></div></div></div>
${dataScript({ autoStart: opts.autoStart, arrivals })}${inline(opts.scripts.facebook)}
</body></html>
`;
}

export function buildPage(page: ScenarioPage, opts: BuildOptions): string {
  return page.platform === 'x' ? buildXPage(page, opts) : buildFacebookPage(page, opts);
}
