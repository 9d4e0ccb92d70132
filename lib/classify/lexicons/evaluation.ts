/**
 * Someone named as the subject of a negative judgement: "you are / she is / vous êtes" followed by
 * an evaluative word ("so selfish", "mentally unstable", "complètement nul"). Insult lexicons list
 * words that insult on their own; these words only insult when pinned on a person, and that
 * construction reads the same in every source (written from linguistic knowledge).
 */
import { words, type LexiconList } from './types';

export const EVALUATION_LISTS: LexiconList[] = [
  {
    cat: 'target', lang: 'en', strict: true, phrases: words(`you are|you're|youre|ur|u r|u are|you r|you were|you sound|
      you look|you seem|you act|you're just|he is|he's|hes|she is|she's|shes|they are|they're|theyre|he was|she was|
      they were|this guy is|this man is|this woman is|these people are|those people are|people like you are|
      you're such|you are such|you are so|you're so|ur so`),
  },
  {
    // Only forms that name a person: "il/elle est", "c'est une" are as often about a product ("elle est nulle, cette marque").
    cat: 'target', lang: 'fr', strict: true, phrases: words(`t'es|tu es|t'etais|tu etais|vous etes|vous etiez|espece|bande|
      t'as l'air|vous avez l'air|tu fais|vous faites|tu n'es qu'un|tu n'es qu'une|t'es qu'un|t'es qu'une|
      vous n'etes que|vous etes tous|vous etes toutes|tu deviens|tu restes|vous restez|tu sembles|vous semblez|
      t'es vraiment|t'es trop|t'es grave|pauvre|sombre|espece d'|
      ce mec est|ce gars est|cette meuf est|cette nana est|cette femme est|cet homme est|ce mec|
      ces gens sont|ces gens la sont|ils sont tous|elles sont toutes|les gens comme toi|les gens comme vous|
      des gens comme toi|des gens comme vous|les mecs comme toi|toi t'es|toi tu es|toi aussi t'es|
      le president est|ce politicien est|ce journaliste est|cette journaliste est|ce connard est|ce ministre est|
      tous des|toutes des|sont tous des|sont toutes des|c'est tous des|tous les memes|
      tous pareils|toutes pareilles|sont tous|sont toutes|ces gens|ces gens la|cette racaille|ces individus`),
  },
  {
    // "snowflake" insults only when pinned on someone: "our snowflake collection is back" is a product
    // (it was an insult on its own until 2026-11-24).
    cat: 'evaluative', lang: 'en', phrases: words(`snowflake|snowflakes|selfish|arrogant|rude|lazy|shady|dishonest|spineless|gutless|heartless|
      unstable|mentally ill|mental|kooky|whacko|whackos|wacko|wackos|nutty|opportunist|pitiful|pitifully|hopeless|
      weak|coward|cowardly|cruel|mean|nasty|awful|terrible|horrible|bad|wrong|clueless|useless|worthless|a joke|
      a disgrace|a liar|full of shit|full of it|out of your mind|out of his mind|out of her mind|losing his mind|
      losing her mind|insane|crazy|unhinged|stupid|dumb|ignorant|pathetic|ridiculous|embarrassing|shameful|
      despicable|disgusting|vile|evil|corrupt|fake|phony|phoney|hypocritical|desperate|delusional|paranoid|
      obsessed|sick|twisted|toxic|trash|garbage|scum|a mess|a failure|failed|incompetent|unfit|irrelevant|
      annoying|obnoxious|condescending|smug|entitled|spoiled|spoilt|greedy|sleazy|creepy|gross|ugly|fat`),
  },
  {
    cat: 'evaluative', lang: 'fr', phrases: words(`nul|nulle|nuls|nulles|minable|minables|pitoyable|pitoyables|lamentable|
      lamentables|ridicule|ridicules|malhonnete|malhonnetes|arrogant|arrogante|arrogants|egoiste|egoistes|hypocrite|
      hypocrites|incapable|incapables|incompetent|incompetente|incompetents|honteux|honteuse|mediocre|mediocres|
      pathetique|pathetiques|mechant|mechante|mechants|cruel|cruelle|faux|fausse|menteur|menteuse|menteurs|
      malade|malades|fou|folle|fous|dingue|tare|taree|tares|bete|betes|stupide|stupides|debile|debiles|idiot|idiote|
      ignorant|ignorante|ignorants|raciste|racistes|degueulasse|degueulasses|pourri|pourrie|pourris|corrompu|corrompus|
      vulgaire|vulgaires|insupportable|insupportables|irrespectueux|grossier|grossiere|grossiers|ordure|ordures|
      une honte|une blague|un guignol|des guignols|une catastrophe|
      odieux|odieuse|infect|infecte|detestable|detestables|execrable|execrables|mesquin|mesquine|hautain|hautaine|
      meprisant|meprisante|meprisants|condescendant|condescendante|pretentieux|pretentieuse|lache|laches|
      inutile|inutiles|bon a rien|bonne a rien|sans valeur|moche|moches|laid|laide|laids|obese|obeses|
      degoutant|degoutante|crade|puant|puante|risible|grotesque|navrant|navrante|affligeant|affligeante|
      consternant|consternante|deplorable|deplorables|bidon|faux cul|fausse cul|mytho|mythomane|delirant|delirante|
      parano|paranoiaque|psychopathe|pervers|perverse|vicieux|vicieuse|fourbe|fourbes|sournois|sournoise|traitre|
      traitres|vendu|vendue|vendus|manipulateur|manipulatrice|toxique|toxiques|aigri|aigrie|aigris|jaloux|jalouse|
      frustre|frustree|frustres|inculte|incultes|illettre|illettree|analphabete|analphabetes|attarde|attardee|
      cingle|cinglee|barjo|barje|timbre|timbree|zinzin|abruti|abrutie|debile profond|
      a cote de la plaque|a la ramasse|largue|larguee|une merde|un dechet|une ordure|un boulet|un zero|
      un rigolo|une tache|un gland|une tanche|une quiche|une buse|une chevre|un pigeon|un mouton|des moutons|
      un charlot|un clown|un bouffon|une catastrophe ambulante|un cas social|un malade|une malade|
      insolent|insolente|irresponsable|irresponsables|immature|immatures|borne|bornee|bornes|
      obtus|obtuse|idiot|idiots|idiote|imbecile|cretin|cretine|neuneu|naif|naive|
      pitoyable|minable|nulle|nullard|raciste|sexiste|homophobe|facho|fasciste|nazi|antisemite|complotiste|
      complotistes|haineux|haineuse|dingo|gaga|senile|grossier|vulgaire`),
  },
];
