import { classify, explain, normalise } from './lib/classify/index';
for (const s of ['is the shop open tomorrow', 'îs thé shôp opén tômorrow']) { const v = classify(s); console.log(normalise(s).text, v.lang, v.hostility.score.toFixed(3), explain(s).filter(r=>r.axis==='hostility').map(r => `${r.label}:${s.slice(r.start,r.end)}:${r.weight.toFixed(2)}`).join(' ')); }
