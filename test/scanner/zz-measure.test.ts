import { createXAdapter } from '../../lib/platforms/x';
import { generateXStatusPage } from '../../scripts/lib/generate-x-page';
it('measure', () => {
  (window as any).happyDOM.setURL('https://x.com/cacaoandco/status/1858000000000000001');
  for (const n of [500, 2000]) {
    const parsed = new DOMParser().parseFromString(generateXStatusPage({ replies: n, seed: 1 }), 'text/html');
    document.body.innerHTML = parsed.body.innerHTML;
    const a = createXAdapter();
    const t = performance.now();
    const f = a.findComments(document.body);
    console.log(`happy-dom findComments ${n} replies: ${(performance.now() - t).toFixed(0)} ms, found ${f.length}`);
  }
});
