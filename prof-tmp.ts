import { performance } from 'node:perf_hooks';
import { generateLibrary } from './scripts/bench/suggest';
import { ReplyIndex } from './lib/replies/rank';
const replies = generateLibrary(5000, 20240611);
const t0 = performance.now();
const idx = new ReplyIndex(replies);
console.log('build ms', (performance.now()-t0).toFixed(0));
const mod: any = await import('./scripts/bench/suggest');
const texts = ['My order never arrived and nobody answers, I want a refund now', 'I have been a loyal customer for ten years and I have never been treated like this. The parcel was late, the box was damaged, the product inside was broken, the customer service hung up on me twice and I am still waiting for my refund after a month. Unacceptable. I will tell everyone I know.', "Merci pour l'accueil en magasin, équipe au top", 'lol'];
for (const t of texts) for (const crisis of [false, true]) {
  const times: number[] = [];
  for (let k=0;k<300;k++) { const a = performance.now(); idx.suggest({commentText: t, kinds:['ok'], lang: t==='lol'?'other':'en', crisisMode:crisis, platform:'facebook', now: new Date('2025-03-01')}); times.push(performance.now()-a); }
  times.sort((a,b)=>a-b);
  console.log(t.slice(0,20), crisis, 'p50', times[150].toFixed(2), 'p90', times[270].toFixed(2), 'max', times[299].toFixed(2));
}
