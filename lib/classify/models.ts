/**
 * The shipped models, decoded once at import. The JSON is imported statically so Vite bundles it
 * into the content script (no fetch, no async). useModels() swaps them for measurement runs
 * (scripts/eval.ts --weights DIR evaluates a model trained without a source).
 */
import hostilityFile from './weights/hostility.json';
import rumourFile from './weights/rumour.json';
import { decodeModel, type Model, type ModelFile } from './model';

export const models: { hostility: Model; rumour: Model } = {
  hostility: decodeModel(hostilityFile as ModelFile),
  rumour: decodeModel(rumourFile as ModelFile),
};

export function useModels(files: { hostility?: ModelFile; rumour?: ModelFile }): void {
  if (files.hostility) models.hostility = decodeModel(files.hostility);
  if (files.rumour) models.rumour = decodeModel(files.rumour);
}
