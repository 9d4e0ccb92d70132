/**
 * Register matching speed: 10,000 comments against a 500-claim register.
 * Prints {"bench":"match","comments":10000,"claims":500,"totalMs":N,"cpuMs":N,"mainCpuMs":N,"compileMs":N,"matched":N}.
 * totalMs is the matching time for all comments (the register is compiled once, as the extension
 * does when the register changes); compileMs is reported apart.
 * Text is synthetic and deterministic (seeded): a Zipf-like vocabulary of made-up words mixed with
 * French and English function words, with typos, so cache hits and fuzzy look-ups both happen.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileRegister, matchClaims, type ClaimInput } from '../../lib/classify/match';
import { mulberry32 as rng } from '../train/prng';


/**
 * CPU time of this thread (the main thread: it runs the loop), in ms, or null where Linux's
 * per-thread scheduler statistics are not available. cpuMs also counts the engine's helper threads
 * (background compilation, garbage collection), so on a shared machine this is the steadier figure.
 */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

const SYLLABLES = ['ka', 'lo', 'mi', 'tra', 've', 'no', 'sel', 'qui', 'par', 'do', 'ri', 'chu', 'ben', 'fa', 'zo', 'lin', 'ter', 'gro', 'pa', 'su'];
const FUNCTION = 'the a is are it they this that in on of to and le la les des est sont il ils de du et pour avec'.split(' ');

export async function run(): Promise<object> {
  const rand = rng(42);
  const vocab: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    vocab.push(w);
  }
  // Zipf-like: low indices far more frequent.
  const word = () => vocab[Math.floor(vocab.length * Math.pow(rand(), 2.5))];
  const typo = (w: string) => {
    const i = Math.floor(rand() * w.length);
    return w.slice(0, i) + w.slice(i + 1);
  };
  const sentence = (len: number) => Array.from({ length: len }, () => (rand() < 0.35 ? FUNCTION[Math.floor(rand() * FUNCTION.length)] : word())).join(' ');

  const claims: ClaimInput[] = Array.from({ length: 500 }, (_, i) => ({
    id: `claim-${i}`,
    lang: i % 2 ? 'fr' : 'en',
    statement: `Brandname ${sentence(8 + Math.floor(rand() * 6))}`,
    variants: rand() < 0.5 ? [sentence(8 + Math.floor(rand() * 6))] : [],
  }));
  const comments = Array.from({ length: 10_000 }, (_, i) => {
    if (i % 10 === 0) {
      // A tenth repeat a claim, with a typo and shuffled words.
      const words = claims[Math.floor(rand() * claims.length)].statement.split(' ');
      words.sort(() => rand() - 0.5);
      const k = Math.floor(rand() * words.length);
      words[k] = typo(words[k]);
      return words.join(' ');
    }
    return sentence(10 + Math.floor(rand() * 30));
  });

  const c0 = performance.now();
  const register = compileRegister(claims);
  const compileMs = performance.now() - c0;
  let matched = 0;
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const t0 = performance.now();
  for (const text of comments) if (matchClaims(text, register, { limit: 1 }).length > 0) matched++;
  const totalMs = performance.now() - t0;
  const main1 = mainThreadCpuMs();
  const cpu = process.cpuUsage(cpu0);
  // cpuMs: this process's CPU time over the same loop; on a loaded machine it tells how much of
  // totalMs was spent waiting for a core.
  const mainCpuMs = main0 === null || main1 === null ? null : Math.round(main1 - main0);
  return { bench: 'match', comments: comments.length, claims: claims.length, totalMs: Math.round(totalMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000), mainCpuMs, compileMs: Math.round(compileMs), matched };
}
