import { runOnPage } from '../../lib/page/run';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runOnPage(ctx, 'x'),
});
