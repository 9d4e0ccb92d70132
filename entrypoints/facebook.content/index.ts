import { runOnPage } from '../../lib/page/run';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runOnPage(ctx, 'facebook'),
});
