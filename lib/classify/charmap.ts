/**
 * Character folding for normalisation: one code point in, zero or more ASCII-ish characters out.
 * Defeats the usual tricks: case, accents, fullwidth and mathematical letters (NFKD), look-alike
 * Cyrillic and Greek letters, zero-width characters, and emoji that stand for an insult or a threat.
 * Results are cached per code point, so String.normalize runs once per distinct character.
 */

/** Removed outright: zero-width joiners/spaces, soft hyphen, variation selectors, bidi marks. */
const INVISIBLE = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068,
  0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x3164, 0xfe0e, 0xfe0f, 0xfeff, 0xffa0,
]);

/** Look-alike letters from other scripts that NFKD does not fold (Cyrillic, Greek, IPA, symbols). */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɑ: 'a', ɡ: 'g', ı: 'i', ȷ: 'j',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  ω: 'w', μ: 'u', ϲ: 'c', ς: 's', 'ß': 'ss', œ: 'oe', æ: 'ae', ø: 'o', đ: 'd', ł: 'l', ħ: 'h', þ: 'th',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'", '′': "'",
  '“': '"', '”': '"', '«': '"', '»': '"', '„': '"',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-', '•': '.', '·': '.', '…': '...',
};

/**
 * Emoji that carry meaning for hostility: they become words (so "🖕" reads as an obscene gesture and
 * "🔪" as a weapon). Every other pictograph becomes a separator.
 */
const EMOJI_WORDS: Record<string, string> = {
  '🖕': 'fuck', '💩': 'shit', '🤡': 'clown', '🐷': 'pig', '🐖': 'pig', '🐽': 'pig', '🐒': 'monkey',
  '🐵': 'monkey', '🦍': 'gorilla', '🐀': 'rat', '🐑': 'sheep', '🐍': 'snake', '🔪': 'knife', '🗡': 'knife', '🔫': 'gun',
  '💣': 'bomb', '🤬': 'cursing', '😡': 'angry', '👊': 'punch', '🤮': 'puke', '🍆': 'dick', '🖤': ' ',
  '🙄': 'eyeroll', '😂': 'lol', '🤣': 'lol',
};

const cache = new Map<number, string>();

const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}/u;
const COMBINING = /\p{M}/gu;
const SPACE_LIKE = /\s/u;

function fold(cp: number): string {
  if (INVISIBLE.has(cp)) return '';
  if (cp >= 0xe0000 && cp <= 0xe007f) return ''; // tag characters (emoji flags, hidden text)
  const ch = String.fromCodePoint(cp);
  if (SPACE_LIKE.test(ch)) return ' ';
  const conf = CONFUSABLES[ch] ?? CONFUSABLES[ch.toLowerCase()];
  if (conf !== undefined) return conf;
  const emoji = EMOJI_WORDS[ch];
  if (emoji !== undefined) return ` ${emoji} `;
  if (PICTOGRAPH.test(ch)) return ' ';
  const decomposed = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  if (decomposed.length === 0) return '';
  // A decomposition may itself yield look-alikes (e.g. a fullwidth Cyrillic letter): fold again.
  let out = '';
  for (const c of decomposed) {
    const again = CONFUSABLES[c];
    out += again !== undefined ? again : c;
  }
  return out;
}

/** Folded form of a non-ASCII code point (ASCII is handled inline by the caller). */
export function foldCodePoint(cp: number): string {
  let s = cache.get(cp);
  if (s === undefined) {
    s = fold(cp);
    cache.set(cp, s);
  }
  return s;
}
