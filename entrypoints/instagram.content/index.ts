import { runOnPage } from '../../lib/page/run';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runOnPage(ctx, 'instagram'),
});
