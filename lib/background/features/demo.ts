/**
 * The demo build only (`wxt build --mode demo`, run by `npm run demo`): seeds a fresh profile with
 * the fictional brand of the demo scenario (Cacao & Co), its rumour register, the starter reply
 * library, and the loopback escalation receiver the demo starts. Registered in features.ts behind
 * `import.meta.env.MODE === 'demo'`, so production builds do not contain it.
 *
 * Seeded once per profile (a flag in storage.local), so what the person edits during the demo stays.
 * The flag also tells the demo's launcher that the seed is done.
 */
import { browser } from 'wxt/browser';
import { claims, db, replies, saveEndpoint } from '../../db';
import { ClaimSchema } from '../../db/records';
import { starterLibrary } from '../../replies/starter';
import registerData from '../../../scripts/demo/scenario/register.json';
import scenarioData from '../../../scripts/demo/scenario/scenario.json';
import type { BackgroundFeature } from '../feature';
import { saveAndBroadcast } from '../settings-sync';

export const DEMO_SEEDED_KEY = 'demo:seeded';

/**
 * Where the demo's receiver listens (scripts/demo/receiver.ts, port and path from scenario.json).
 * A function, not a constant: a top-level read of the JSON would keep it in production bundles.
 */
export function demoEndpoint() {
  return {
    id: 'demo-receiver',
    name: 'Demo receiver (this computer)',
    kind: 'json' as const,
    url: `http://127.0.0.1:${scenarioData.receiver.port}${scenarioData.receiver.path}`,
  };
}

export interface DemoSeed {
  at: string;
  brandName: string;
  claims: number;
  replies: number;
  endpoint: string;
}

export async function seedDemo(now = new Date()): Promise<DemoSeed> {
  const stamp = now.toISOString();
  const entries = registerData.map((c) => ClaimSchema.parse({ ...c, createdAt: stamp, updatedAt: stamp }));
  await claims.saveMany(entries);
  if ((await db().replies.count()) === 0) await replies.saveMany(starterLibrary(now));
  await saveAndBroadcast({ brandName: scenarioData.brand.name, agentName: scenarioData.brand.agentName });
  // Loopback is allowed here: this module is only in the demo build, whose manifest permits 127.0.0.1.
  await saveEndpoint(demoEndpoint(), { allowLoopback: true });
  return { at: stamp, brandName: scenarioData.brand.name, claims: entries.length, replies: await db().replies.count(), endpoint: demoEndpoint().url };
}

export const demoFeature: BackgroundFeature = {
  name: 'demo',
  async start() {
    const done = (await browser.storage.local.get(DEMO_SEEDED_KEY))[DEMO_SEEDED_KEY];
    if (done) return;
    const seed = await seedDemo();
    await browser.storage.local.set({ [DEMO_SEEDED_KEY]: seed });
    console.info('[vigie] demo data seeded', seed);
  },
};
