/**
 * Cues for the moderator's own reply (checkReplyTone): sarcasm and dismissiveness, the two ways a
 * polite-looking answer still makes things worse. Written from linguistic knowledge; blaming the
 * customer's reading ("read the instructions", « lire la notice »), counting their questions ("the
 * third time you", « combien de fois »), having no time for them and « mais oui, bien sûr » added
 * 2026-11-25 after a blind probe of moderators' replies (EN 17 of 20 right, FR 12 of 20); implying
 * they did not read ("obviously didn't", « visiblement pas »), "a hundred times", "the only customer
 * with", "stop spamming", "not a charity", "shop elsewhere", "thanks for playing", "good for you" and
 * "OK boomer" after a second (EN 11 of 20, FR 12 of 20: the first round's phrases found 1 and 2 of
 * its 10 rude replies).
 */
import { words, type LexiconList } from './types';

export const TONE_CUES: LexiconList[] = [
  {
    cat: 'sarcasm', id: 'sarcasm', lang: 'en', phrases: words(`oh great|oh wow|oh really|sure because|yeah right|
      thanks for nothing|thanks a lot|good luck with that|as if|nice try|genius|brilliant idea|
      what a surprise|shocking|big surprise|clearly you|clearly didn't|eyeroll|lol|lmao|rofl|haha|
      slow clap|how original|cry me a river|boo hoo|boohoo|sorry not sorry|yeah sure|oh sure|sure thing genius|
      thanks for playing|good for you|ok boomer|okay boomer|obviously didn't read|obviously did not read|
      obviously haven't read|evidently didn't read|apparently didn't read`),
  },
  {
    cat: 'sarcasm', id: 'sarcasm', lang: 'fr', phrases: words(`merci pour rien|sans blague|quelle surprise|
      mdr|lol|ptdr|haha|comme par hasard|eyeroll|on a compris|c'est ca oui|
      c'est ca ouais|tu parles|vous parlez|et puis quoi encore|pleure pas|pleurez pas|ouin ouin|ouinouin|
      mais oui bien sur|mais bien sur|oui oui bien sur|mais oui c'est ca|
      merci d'avoir essaye|tant mieux pour vous|tant mieux pour toi|ok boomer|visiblement pas lu|visiblement pas lue|
      visiblement pas compris|manifestement pas lu|manifestement pas lue|apparemment pas lu|apparemment pas lue`),
  },
  {
    cat: 'dismissive', id: 'dismissive', lang: 'en', phrases: words(`calm down|relax|chill out|not our problem|not my problem|
      not our fault|not my fault|deal with it|read the faq|read the terms|as i said|as i already said|as we said|
      as already stated|like i said|whatever|if you don't like it|if you dont like it|nobody forces you|no one forces you|
      nobody is forcing you|go elsewhere|take your business elsewhere|your fault|your own fault|you should have read|
      learn to read|google it|too bad|tough luck|stop complaining|quit whining|stop whining|get over it|move on|
      nothing we can do|that's your problem|thats your problem|you're overreacting|youre overreacting|first world problem|
      read the instructions|read the manual|read the description|before complaining|maybe read|another customer who|
      third time you|second time you|how many times|for the hundredth time|i already told you|we already told you|
      no time for this|don't have time for this|dont have time for this|this kind of nonsense|we're done here|we are done here|
      end of discussion|answered this a hundred times|told you a hundred times|said it a hundred times|
      a hundred times already|a thousand times already|only customer with|
      only one with this|stop spamming|spamming our|not a charity|shop somewhere else|buy somewhere else|shop elsewhere|
      buy elsewhere|some people will complain`),
  },
  {
    cat: 'dismissive', id: 'dismissive', lang: 'fr', phrases: words(`c'est pas notre probleme|ce n'est pas notre probleme|
      pas notre probleme|pas notre faute|pas de notre faute|calmez vous|calme toi|detendez vous|lisez la faq|
      lisez les conditions|comme deja dit|comme je l'ai dit|comme je vous l'ai dit|comme deja indique|personne ne vous oblige|
      personne ne t'oblige|allez voir ailleurs|allez ailleurs|si ca ne vous plait pas|si ca vous plait pas|tant pis|
      c'est votre faute|c'est de votre faute|vous auriez du lire|apprenez a lire|arretez de vous plaindre|
      arretez de pleurer|on n'y peut rien|rien a faire|c'est votre probleme|vous exagerez|faut pas exagerer|
      il suffisait de|lire la notice|lisez la notice|avant de raler|avant de vous plaindre|encore un client qui|
      encore une cliente qui|troisieme fois que|deuxieme fois que|combien de fois|pour la enieme fois|
      je vous l'ai deja dit|on vous l'a deja dit|pas de temps a perdre|ce genre de betises|on ne va pas y passer la nuit|
      on va pas y passer la nuit|on ne va pas y passer la journee|fin de la discussion|repondu cent fois|
      dit cent fois|repete cent fois|cent fois a cette question|mille fois a cette question|seul client a|seule cliente a|le seul a avoir|la seule a avoir|arreter de spammer|spammer notre|
      pas une association caritative|pas une oeuvre de charite|acheter ailleurs|certains se plaindront`),
  },
];
