import { classify, explain, checkReplyTone } from './lib/classify/index';
for (const s of ['your product broke after two days, I want a refund NOW']) { const v = classify(s); console.log(v.rumour.score, v.rumour.cues, explain(s).filter(r=>r.axis==='rumour').map(r => `${r.label}:${s.slice(r.start,r.end)}:${r.weight.toFixed(2)}`).join(' ')); }
console.log(JSON.stringify(checkReplyTone("Ce n'est pas notre problème, personne ne vous oblige à acheter chez nous.")));
console.log(JSON.stringify(checkReplyTone('Read the FAQ, you idiot.')));
