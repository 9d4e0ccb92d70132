/** The adapter registry: one adapter per site. */
import type { Platform } from '../types';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { PlatformAdapter } from './types';
import { xAdapter } from './x';

export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter, facebookAdapter, instagramAdapter];

/** The adapter for a page URL, or null when Vigie has nothing to scan there. */
export function adapterForUrl(url: URL): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesPage(url)) ?? null;
}

export function adapterForPlatform(platform: Platform): PlatformAdapter {
  const adapter = ADAPTERS.find((a) => a.platform === platform);
  if (!adapter) throw new Error(`no adapter for platform ${platform}`);
  return adapter;
}

export type { FoundComment, InsertResult, PlatformAdapter } from './types';
