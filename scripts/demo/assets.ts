/**
 * Stand-ins for the images the platforms' markup points at (emoji, avatars), generated on the spot
 * so that nothing is fetched from the network and the screenshots show no broken images.
 */
import { escapeHtml } from '../lib/generate-x-page';

export interface Asset {
  contentType: string;
  body: string;
}

const PALETTE = ['#1d9bf0', '#7856ff', '#f91880', '#00ba7c', '#ff7a00', '#ffd400', '#8b5e3c', '#536471'];

function colourOf(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function svg(inner: string): Asset {
  return { contentType: 'image/svg+xml', body: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" width="72" height="72">${inner}</svg>` };
}

function emojiFromCode(code: string): string | null {
  const points = code.split('-').map((c) => Number.parseInt(c, 16));
  if (points.some((p) => !Number.isFinite(p) || p <= 0 || p > 0x10ffff)) return null;
  return String.fromCodePoint(...points);
}

/** The stand-in for an image URL of the platforms, or null for anything else. */
export function assetFor(url: string): Asset | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // X emoji: https://abs-0.twimg.com/emoji/v2/svg/1f36b.svg; Facebook: …/emoji.php/v9/t51/1/16/1f36b.png
  const emoji = /\/emoji(?:\/v2\/svg|\.php\/v9\/[^/]+\/\d+\/\d+)\/([0-9a-f-]+)\.(?:svg|png)$/.exec(u.pathname);
  if (emoji && (u.hostname === 'abs-0.twimg.com' || u.hostname.endsWith('fbcdn.net'))) {
    const text = emojiFromCode(emoji[1]);
    if (!text) return null;
    return svg(`<text x="36" y="58" font-size="58" text-anchor="middle">${escapeHtml(text)}</text>`);
  }
  // Avatars: pbs.twimg.com/profile_images/placeholder/HANDLE_x96.jpg, scontent.xx.fbcdn.net/v/placeholder/PROFILE.jpg
  const avatar = /\/placeholder\/([^/]+?)(?:_x96)?\.jpg$/.exec(u.pathname);
  if (avatar && (u.hostname === 'pbs.twimg.com' || u.hostname.endsWith('fbcdn.net'))) {
    const name = decodeURIComponent(avatar[1]).replace(/^profile\.php\?id=/, '');
    const initial = (name.match(/[a-z]/i)?.[0] ?? '?').toUpperCase();
    return svg(
      `<circle cx="36" cy="36" r="36" fill="${colourOf(name)}"/><text x="36" y="48" font-size="34" font-family="system-ui,sans-serif" fill="#fff" text-anchor="middle">${escapeHtml(initial)}</text>`,
    );
  }
  return null;
}
