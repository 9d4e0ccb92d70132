import type { Catalog, Locale } from './types';
import app from './messages/app';
import common from './messages/common';
import escalate from './messages/escalate';
import page from './messages/page';
import radar from '../radar/messages';
import pages from './messages/pages';

/**
 * Every area's catalog, registered in one list. Keys are namespaced by convention
 * ("popup.title", "page.badge.hostile") so areas cannot collide.
 */
const CATALOGS: Catalog[] = [radar, common, app, escalate, page, pages];

export function buildTable(locale: Locale): Map<string, string> {
  const table = new Map<string, string>();
  for (const c of CATALOGS) for (const [k, v] of Object.entries(c[locale])) table.set(k, v);
  return table;
}

export function allCatalogs(): readonly Catalog[] {
  return CATALOGS;
}
