import type { Handlers } from '../messaging';

/**
 * One background feature per file (refined-github's habit), registered in one list
 * (lib/background/features.ts). A feature contributes message handlers and may start listeners.
 */
export interface BackgroundFeature {
  name: string;
  handlers?: Handlers;
  /** Called once when the background starts (register alarms, listeners). */
  start?(): void | Promise<void>;
}
