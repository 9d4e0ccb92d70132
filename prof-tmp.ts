import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { generateLibrary } from './scripts/bench/suggest';
import { ReplyIndex } from './lib/replies/rank';
import { splitWords, termOf, wordsByTerm } from './lib/replies/text';
const replies = generateLibrary(5000, 20240611);
const idx: any = new ReplyIndex(replies);
const texts = ['My order never arrived and nobody answers, I want a refund now', 'I have been a loyal customer for ten years and I have never been treated like this. The parcel was late, the box was damaged, the product inside was broken, the customer service hung up on me twice and I am still waiting for my refund after a month. Unacceptable. I will tell everyone I know.', "Merci pour l'accueil en magasin, équipe au top"];
for (const t of texts) {
  for (let k=0;k<50;k++) idx.similarity(t);
  let t0 = performance.now(); let n=0;
  for (let k=0;k<200;k++) n = idx.similarity(t).size;
  const sim = (performance.now()-t0)/200;
  t0 = performance.now();
  for (let k=0;k<200;k++) idx.suggest({commentText: t, kinds:['ok'], lang:'en', crisisMode:false, platform:'facebook'});
  const all = (performance.now()-t0)/200;
  console.log(t.slice(0,20), 'results', n, 'sim ms', sim.toFixed(2), 'suggest ms', all.toFixed(2), [...wordsByTerm(t).keys()].length);
}
