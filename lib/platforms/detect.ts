import type { Platform } from '../types';

/** Which platform a URL belongs to (for the popup; the content scripts know theirs). */
export function platformOfUrl(url: string | undefined): Platform | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (host === 'x.com' || host === 'twitter.com' || host.endsWith('.twitter.com')) return 'x';
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  if (host === 'instagram.com' || host.endsWith('.instagram.com')) return 'instagram';
  return null;
}
