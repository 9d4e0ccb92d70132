/**
 * The content script's life on a page, shared by the three platforms: fetch the settings and
 * hand the page to the controller. Runs in the isolated world; never opens the database.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../messaging';
import { adapterForPlatform } from '../platforms';
import type { Platform } from '../types';
import { PageController } from './controller';
import { applyPageSettings } from './document-hooks';

export async function runOnPage(ctx: ContentScriptContext, platform: Platform): Promise<void> {
  const settings = await send('cs:get-settings', {});
  applyPageSettings(platform, settings);
  new PageController(ctx, adapterForPlatform(platform), settings).start();
}
