/**
 * Profanity aimed at no one ("merde, l'appli a encore planté"): a complaint, flagged at high only.
 * Each rule reads the features of the last analyse() call (features.ts) and answers yes or no;
 * rules/index.ts says what a yes does to the score.
 */
import { DI as DIImport, feats as featsImport } from '../features';

// Local copies: under tsx/CommonJS interop every use of an imported binding is a getter call.
const DI = DIImport;
const feats = featsImport;

export function isUntargetedProfanity(): boolean {
  const d = feats.dense;
  return d[DI.profanity_untargeted] > 0 && d[DI.identity_attack] === 0 && d[DI.hate] === 0 &&
    d[DI.dehumanise] === 0 && d[DI.staff_attack] === 0 && d[DI.profanity_you] === 0;
}
