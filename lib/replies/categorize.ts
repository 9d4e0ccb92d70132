/**
 * Which reply categories fit a comment, most fitting first. The verdict decides first (a hostile
 * comment wants de-escalation, a rumour wants a correction); the words of the comment then say
 * whether it is a complaint, a question or praise. Cues are matched on folded text (no case, no
 * accents) at word starts, so "rembourse", "remboursement" and "Remboursez" all count.
 */
import type { VerdictKind } from '../types';
import type { ReplyCategory } from './schema';
import { fold } from './text';

/** Word starts (folded) that mark a complaint: something went wrong with a product, order or service. */
const COMPLAINT_CUES = [
  'refund', 'rembours', 'broken', 'broke', 'cass', 'panne', 'defect', 'defaut', 'faulty', 'damaged', 'abim',
  'late ', 'delay', 'retard', 'never arriv', 'never received', 'not received', 'not arrived', 'hasn t arrived',
  'still waiting', 'still no ', 'where is my order', 'jamais recu', 'pas recu', 'jamais arriv', 'pas arriv', 'pas encore arriv',
  'ou est ma commande', 'toujours pas', 'j attends', 'missing', 'manqu', 'disappoint', 'decu', 'decevant', 'problem', 'probleme',
  'issue', 'not working', "doesn t work", 'does not work', 'marche pas', 'fonctionne pas', 'wrong', 'erreur', 'error',
  'complain', 'plainte', 'reclamation', 'sav ', 'customer service', 'service client', 'cancel', 'annul', 'charged twice',
  'overcharged', 'preleve', 'facture', 'unacceptable', 'inadmissible', 'inacceptable', 'worst', 'no answer', 'no reply',
  'aucune reponse', 'sans reponse', 'rude', 'scam', 'arnaque',
];

/** Words that open a question when the comment has no question mark. */
const QUESTION_OPENERS = [
  'how', 'when', 'where', 'why', 'what', 'which', 'who', 'can you', 'could you', 'do you', 'does', 'is it', 'are you',
  'is there', 'comment', 'quand', 'pourquoi', 'quel', 'quelle', 'quels', 'quelles', 'est ce', 'combien', 'pouvez vous',
  'avez vous', 'peut on', 'ou est', 'ou sont', 'ou trouver',
];

const PRAISE_CUES = [
  'merci', 'thank', 'thx', 'love', 'lovely', 'adore', 'bravo', 'great', 'genial', 'super', 'top ', 'excellent', 'parfait',
  'perfect', 'amazing', 'awesome', 'felicitation', 'congrat', 'well done', 'best', 'meilleur', 'j aime', 'fantasti',
  'magnifique', 'incroyable', 'wonderful', 'brilliant', 'impressed',
];
const PRAISE_SYMBOLS = ['❤', '😍', '👏', '🙏', '🥰', '💯', '👍'];

/** Folded text with every non-letter run as one space, padded so cues match at word starts. */
function wordsLine(text: string): string {
  return ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function hasCue(line: string, cues: readonly string[]): boolean {
  return cues.some((cue) => line.includes(` ${cue}`));
}

/** Complaint, question and praise cues found in the text, in that order of priority. */
export function textCategories(text: string): ReplyCategory[] {
  const line = wordsLine(text);
  const out: ReplyCategory[] = [];
  if (hasCue(line, COMPLAINT_CUES)) out.push('complaint');
  const opener = QUESTION_OPENERS.some((q) => line.startsWith(` ${q} `));
  if (text.includes('?') || opener) out.push('question');
  if (hasCue(line, PRAISE_CUES) || PRAISE_SYMBOLS.some((s) => text.includes(s))) out.push('praise');
  return out;
}

export interface CategoryInput {
  commentText: string;
  kinds: readonly VerdictKind[];
  claimId?: string | null;
  /** The moderator's explicit choice: it goes first. */
  category?: ReplyCategory | null;
}

/**
 * Categories for a comment, most fitting first: the moderator's choice; rumour (a matched claim or
 * a rumour verdict); hostile; then the text's own cues; 'other' when nothing else applies.
 */
export function categoriesFor(input: CategoryInput): ReplyCategory[] {
  const out: ReplyCategory[] = [];
  const add = (c: ReplyCategory) => {
    if (!out.includes(c)) out.push(c);
  };
  if (input.category) add(input.category);
  if (input.claimId || input.kinds.includes('rumour')) add('rumour');
  if (input.kinds.includes('hostile')) add('hostile');
  for (const c of textCategories(input.commentText)) add(c);
  if (!out.length) add('other');
  return out;
}
