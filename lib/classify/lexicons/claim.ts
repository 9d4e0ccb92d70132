/**
 * Words that tell a claim from conversation on a brand's page, written from linguistic knowledge.
 * A rumour states something about a third party ("they recalled", "the factory is closing"); a
 * customer's question ("do you ship to Canada?") or remark about their own experience ("I ordered
 * ten days ago") does not. rumour.ts uses these to require claim-like content before flagging.
 */
import { words, type LexiconList } from './types';

export const CLAIM_LISTS: LexiconList[] = [
  // The speaker (and the brand speaking of itself) as subject or owner: "I ordered", "our shop".
  // Object forms are left out ("police told us"; "US" is also the United States).
  { cat: 'first', lang: 'en', strict: true, phrases: words(`i|i'm|im|i've|ive|i'd|i'll|my|mine|we|we're|we've|we'll|our|ours`) },
  { cat: 'first', lang: 'fr', strict: true, phrases: words(`je|j'|moi|mon|ma|mes|nous|notre|nos`) },
  // Words that open a question even without a question mark.
  {
    cat: 'ask', lang: 'en', strict: true, phrases: words(`do|does|did|is|are|was|were|can|could|will|would|should|shall|
      has|have|when|where|what|which|who|why|how|any|anyone|anybody|whats|what's|wheres|where's|hows|how's`),
  },
  {
    cat: 'ask', lang: 'fr', strict: true, phrases: words(`est ce que|est ce qu'|est ce|quand|ou est|ou sont|ou se|comment|pourquoi|
      combien|quel|quelle|quels|quelles|qui|y a t il|y aura t il|avez vous|pouvez vous|vous avez|il y a|c'est quand|c'est ou`),
  },
];
