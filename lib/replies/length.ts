/**
 * Per-platform length limits. X weighs characters its own way (a URL counts 23 whatever its
 * length, an emoji 2, CJK 2): twitter-text's parseTweet is X's own counting code. Instagram and
 * Facebook count characters; we count Unicode code points, which is never less than what a person
 * sees, so a text we accept is not cut by the platform.
 */
import twttr from 'twitter-text';
import { PLATFORMS, type Platform } from '../types';
import { fillPlaceholders, placeholdersIn } from './placeholders';

export const PLATFORM_LIMITS: Record<Platform, number> = {
  x: 280,
  instagram: 2_200,
  facebook: 8_000,
};

export interface LengthMeasure {
  length: number;
  limit: number;
  over: boolean;
}

export function measureLength(text: string, platform: Platform): LengthMeasure {
  const limit = PLATFORM_LIMITS[platform];
  const length = platform === 'x' ? twttr.parseTweet(text).weightedLength : countCodePoints(text);
  return { length, limit, over: length > limit };
}

function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Generous stand-ins for the known placeholders, used to judge whether a body will still fit once
 * filled (the editor's preview before the real values are known, and the starter library's check).
 * Custom fields get `CUSTOM_SAMPLE`.
 */
export const SAMPLE_PLACEHOLDER_VALUES: Record<string, string> = {
  author: 'Marie-Christine Lefebvre',
  brand: 'Brasserie du Grand Port',
  agent: 'Jean-Baptiste',
  correction_link: 'https://www.example-brand-newsroom.com/facts/2024/official-correction',
};
const CUSTOM_SAMPLE = 'ABC-1234567';

/** The length of `body` once its placeholders are filled with `values`, or with samples where a value is missing. */
export function measureFilled(body: string, platform: Platform, values: Record<string, string> = {}): LengthMeasure & { text: string } {
  const filled: Record<string, string> = {};
  for (const name of placeholdersIn(body)) {
    const given = Object.prototype.hasOwnProperty.call(values, name) ? values[name]?.trim() : '';
    filled[name] = given || (SAMPLE_PLACEHOLDER_VALUES[name] ?? CUSTOM_SAMPLE);
  }
  const { text } = fillPlaceholders(body, filled);
  return { ...measureLength(text, platform), text };
}

/** The platforms a reply is written for: an empty list means every platform. */
export function platformsOf(reply: { platforms: readonly Platform[] }): Platform[] {
  return reply.platforms.length ? [...reply.platforms] : [...PLATFORMS];
}
