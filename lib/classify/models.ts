/**
 * The shipped models. The JSON is imported statically so Vite bundles it into the content script
 * (no fetch, no async), but it is decoded on first use, not at import: a content script that loads
 * on every page pays for the weights only when it classifies a comment. useModels() swaps them for
 * measurement runs (scripts/eval.ts --weights DIR evaluates a model trained without a source).
 */
import hostilityFile from './weights/hostility.json';
import rumourFile from './weights/rumour.json';
import { decodeModel, type Model, type ModelFile } from './model';
import { setWordScoresSource } from './wordscores';

let hostility: Model | null = null;
let rumour: Model | null = null;

export const models: { readonly hostility: Model; readonly rumour: Model } = {
  get hostility() { return hostility ?? (hostility = decodeModel(hostilityFile as ModelFile)); },
  get rumour() { return rumour ?? (rumour = decodeModel(rumourFile as ModelFile)); },
};

// The first analysis needs the word scores the rumour model carries: decoding it installs them.
setWordScoresSource(() => { void models.rumour; });

export function useModels(files: { hostility?: ModelFile; rumour?: ModelFile }): void {
  if (files.hostility) hostility = decodeModel(files.hostility);
  if (files.rumour) rumour = decodeModel(files.rumour);
}
