/** Every background feature, in one list. Add a feature here and nowhere else. */
import type { BackgroundFeature } from './feature';
import { classifyFeature } from './features/classify';
import { commandsFeature } from './features/commands';
import { demoFeature } from './features/demo';
import { escalationFeature } from './features/escalation';
import { pageStateFeature } from './features/page-state';
import { radarFeature } from './features/radar';
import { registerFeature } from './features/register';
import { repliesFeature } from './features/replies';
import { settingsFeature } from './features/settings';

export const FEATURES: BackgroundFeature[] = [settingsFeature, classifyFeature, pageStateFeature, radarFeature, repliesFeature, registerFeature, commandsFeature, escalationFeature,
  // The demo build seeds its scenario (register, replies, brand, local receiver); tree-shaken elsewhere.
  ...(import.meta.env.MODE === 'demo' ? [demoFeature] : []),
];
