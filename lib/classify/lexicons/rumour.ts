/**
 * Rumour cues in English and French, written from linguistic knowledge. French has no training
 * data: these lists, tested with tables, and the team's register are what detects French rumours.
 * Each list's `id` is the cue id reported in `verdict.rumour.cues`.
 */
import { words, type LexiconList } from './types';

export const RUMOUR_CUES: LexiconList[] = [
  {
    cat: 'rumour', id: 'hearsay', lang: 'en', phrases: words(`i heard|i've heard|ive heard|heard that|i hear that|
      rumor has it|rumour has it|rumors say|rumours say|word is|word on the street|people are saying|people say|
      they say that|apparently|allegedly|supposedly|reportedly|sources say|a source says|my friend told me|
      a friend told me|someone told me|i am told|i'm told|im told|i'm hearing|im hearing|hearing that|my cousin works|my friend works|my sister works|my brother works|
      my friend who works|a friend who works|someone who works|my cousin who works|a friend of mine|who works there|
      who works at|who used to work|my mate works|my mum works|my mom works|my dad works|i was told|
      i've been told|insider says|an insider|according to rumors|according to rumours|i read that|i read somewhere|
      saw on facebook|saw a post|they're saying|its being said|it is said`),
  },
  {
    cat: 'rumour', id: 'hearsay', lang: 'fr', phrases: words(`il parait que|il parait|parait que|parait il|on m'a dit|
      on m'a dit que|on dit que|on raconte que|j'ai entendu|j'ai entendu dire|j'ai lu que|j'ai lu quelque part|
      apparemment|soi disant|soit disant|selon certains|selon des sources|des sources disent|un ami m'a dit|
      une amie m'a dit|mon cousin travaille|ma cousine travaille|mon pote travaille|un ami qui travaille|
      il se dit que|il se murmure|il semblerait que|il semblerait|la rumeur dit|d'apres la rumeur|vu sur facebook|
      il parait meme|a ce qu'il parait|ouï dire|oui dire|de source sure|un initie|
      source interne|une source interne|une source proche|selon mes sources|d'apres mes sources|mes sources disent|
      qui bosse chez|qui travaille chez|un employe m'a dit|une employee m'a dit|un salarie m'a dit|selon un employe|
      selon un salarie|d'apres ce que j'ai lu|d'apres ce que j'ai entendu|d'apres ce qu'on m'a dit`),
  },
  {
    cat: 'rumour', id: 'suppression', lang: 'en', phrases: words(`they don't want you to know|they dont want you to know|
      don't want you to know|dont want you to know|what they're hiding|what they are hiding|they are hiding|they're hiding|
      hiding the truth|hide the truth|cover up|coverup|covering up|covered up|the media won't|media won't tell|
      media wont tell|mainstream media|msm won't|they won't tell you|they wont tell you|wake up people|wake up sheeple|
      sheeple|open your eyes|censored|being censored|they deleted|got deleted|was deleted|banned video|silenced|
      the truth about|truth they|nobody is talking about|no one is talking about|why is no one talking|
      what the news won't|keep this quiet|keeping it quiet|hush hush|
      they're not telling us|they are not telling us|theyre not telling us|not telling us everything|not telling you everything|
      they're lying to us|they are lying to us|they lie to us|destroy the evidence|erase the evidence|delete the evidence|
      wipe the evidence|bury the story|burying the story|swept under the rug|sweep it under the rug`),
  },
  {
    cat: 'rumour', id: 'suppression', lang: 'fr', phrases: words(`ils vous cachent|ils nous cachent|on nous cache|on vous cache|
      ce qu'on vous cache|ce qu'on nous cache|ce qu'ils cachent|ce qu'ils ne veulent pas|ils ne veulent pas que vous sachiez|
      ne veulent pas qu'on sache|les medias ne disent pas|les medias n'en parlent pas|les medias mentent|merdias|
      personne n'en parle|aucun media|silence des medias|reveillez vous|reveillez-vous|ouvrez les yeux|
      ils etouffent|etouffer l'affaire|affaire etouffee|censure|censuree|censures|video supprimee|la verite sur|
      ils ont supprime|ils ont retire la video|ils ont retire le post|ils ont efface|post supprime|tweet supprime|
      la verite qu'on|on ne vous dira pas|omerta|moutons|
      on ne nous dit pas tout|on ne vous dit pas tout|on ne nous dit rien|on ne vous dit rien|on nous ment|on vous ment|
      ils nous mentent|ils vous mentent|effacer les preuves|detruire les preuves|ils vont effacer|ils vont supprimer|
      ils effacent|etouffer le scandale|cacher la verite|passer sous silence|sous le tapis`),
  },
  {
    cat: 'rumour', id: 'share_before_deleted', lang: 'en', phrases: words(`share before|share this before|before it gets deleted|
      before it's deleted|before its deleted|before they delete|before it gets taken down|before it's taken down|
      before they take it down|before it disappears|share share share|please share|share this|spread the word|
      spread this|pass it on|make this viral|go viral|rt if|retweet if|retweet this|copy and paste|copy paste`),
  },
  {
    cat: 'rumour', id: 'share_before_deleted', lang: 'fr', phrases: words(`partagez avant|partage avant|partagez avant que|
      avant que ce soit supprime|avant que ce soit censure|avant que ca soit supprime|avant qu'ils suppriment|
      avant qu'ils censurent|avant la suppression|avant que ca disparaisse|faites tourner|fais tourner|
      partagez un max|partagez massivement|partagez partout|partagez svp|partagez s'il vous plait|diffusez|
      diffusez un max|faites passer|fais passer|a partager|a diffuser|copier coller|partagez|partagez vite|faites circuler|a faire tourner|
      avant qu'ils effacent|avant que ce soit efface|avant que ca soit efface`),
  },
  {
    cat: 'rumour', id: 'boycott', lang: 'en', phrases: words(`boycott|boycotting|boycotted|don't buy|dont buy|do not buy|
      stop buying|never buy|stop using|never shop|don't shop|dont shop|avoid this brand|avoid this company|
      ban this product|ban this company|spread the boycott`),
  },
  {
    cat: 'rumour', id: 'boycott', lang: 'fr', phrases: words(`boycott|boycotter|boycottez|boycottons|n'achetez plus|n'achetez pas|
      n'achetez jamais|arretez d'acheter|arretons d'acheter|ne plus acheter|n'allez plus|evitez cette marque|
      fuyez|fuyez cette marque|ne mettez plus les pieds`),
  },
  {
    cat: 'rumour', id: 'hedged_claim', lang: 'en', phrases: words(`is it true|is this true|true that|can anyone confirm|
      can someone confirm|not confirmed|unconfirmed|unverified|not yet confirmed|yet to be confirmed|might be|may have|
      could be|possibly|it seems|seems like|would explain|i suspect|suspicious|they say it|some say|rumors|rumours|
      rumor|rumour|speculation|speculating|claims that|claimed that|claiming`),
  },
  {
    cat: 'rumour', id: 'hedged_claim', lang: 'fr', phrases: words(`est ce vrai|c'est vrai que|c'est vrai ca|vrai ou faux|
      info ou intox|pas confirme|non confirme|pas encore confirme|quelqu'un peut confirmer|qqn peut confirmer|
      quelqu'un confirme|il se pourrait|pourrait etre|serait en train|auraient|aurait|seraient|serait|rumeur|rumeurs|
      il semble que|on soupconne|soupcon|soupcons|louche|bizarre que|pas un hasard|comme par hasard`),
  },
  {
    cat: 'rumour', id: 'alarming_claim', lang: 'en', phrases: words(`breaking|just in|urgent|alert|warning|exposed|scandal|
      contain|contains|containing|contaminated|cancer|poison|poisonous|toxic|carcinogenic|dangerous|recall|recalled|closing down|
      going bankrupt|bankruptcy|shutting down|secretly|secret|hidden|banned in|illegal|they put|microchip|5g|
      plandemic|hoax|conspiracy|fake|faked|staged|crisis actor|depopulation|bioweapon|lab made`),
  },
  {
    cat: 'rumour', id: 'alarming_claim', lang: 'fr', phrases: words(`urgent|alerte|attention|scandale|exclusif|revelation|
      contient|contamine|contaminee|cancer|cancerigene|poison|toxique|dangereux|dangereuse|rappel|rappel produit|
      retire de la vente|fermeture|ferme ses portes|faillite|en secret|secretement|cache|interdit en|interdit dans|
      puce|5g|complot|fake|mise en scene|fausse|faux|depopulation|arme biologique|cree en laboratoire|vaccin tue`),
  },
  {
    cat: 'query', id: 'query', lang: 'en', phrases: words(`is this true|is that true|is it true|source|sources|proof|evidence|
      fake|fake news|hoax|not true|untrue|false|debunked|misinformation|disinformation|lies|lie|really|confirm|
      citation needed|link|says who|who says|doubt it|i doubt|bs|bullshit`),
  },
  {
    cat: 'query', id: 'query', lang: 'fr', phrases: words(`c'est vrai|vraiment|source|sources|preuve|preuves|fake|fake news|
      intox|hoax|faux|c'est faux|pas vrai|fausse info|desinformation|mensonge|mensonges|n'importe quoi|ah bon|
      qui dit ca|lien|confirme|confirmer|j'en doute|foutaise|foutaises`),
  },
];

/**
 * Web sites documented as unreliable by fact-checkers (Décodex, Media Bias/Fact Check
 * "questionable" and "conspiracy" lists). A link to one of them is a rumour cue.
 */
export const UNRELIABLE_DOMAINS: string[] = [
  'infowars.com', 'naturalnews.com', 'beforeitsnews.com', 'yournewswire.com', 'newspunch.com', 'worldnewsdailyreport.com',
  'thegatewaypundit.com', 'zerohedge.com', 'globalresearch.ca', 'activistpost.com', 'collective-evolution.com',
  'mercola.com', 'childrenshealthdefense.org', 'bitchute.com', 'brighteon.com', 'thelastamericanvagabond.com',
  'theduran.com', 'veteranstoday.com', 'wakingtimes.com', 'davidicke.com', 'realrawnews.com', 'empirenews.net',
  'nationalreport.net', 'abcnews.com.co', 'thepeoplesvoice.tv', 'humansarefree.com', 'neonnettle.com',
  'reseauinternational.net', 'egaliteetreconciliation.fr', 'wikistrike.com', 'lesmoutonsenrages.fr', 'nouvelordremondial.cc',
  'panamza.com', 'medias-presse.info', 'breizh-info.com', 'fdesouche.com', 'ripostelaique.com', 'dreuz.info',
  'alterinfo.net', 'planetes360.fr', 'lesobservateurs.ch', 'francesoir.fr', 'nexus.fr', 'stopmensonges.com',
  'rumeursdupaddock.fr', 'le-libre-penseur.org', 'profession-gendarme.com', 'sott.net',
];

/** The domains as a cue list: "infowars.com" is read as the words "infowars com" by the tokeniser. */
export const UNRELIABLE_SOURCE_CUES: LexiconList[] = [
  { cat: 'rumour', id: 'unreliable_source', lang: 'any', phrases: UNRELIABLE_DOMAINS.map((d) => d.replace(/[.-]/g, ' ')) },
];

/**
 * Event-agnostic style of a news claim, English, single normalised words looked up by hash in
 * features.ts (dense features of the rumour model only). Measured within PHEME events, the words
 * that tell a rumour from other tweets about the same event are not its names but how it is said:
 * attributed ("police say", "reports", "confirmed"), about what happened (casualties, arrests,
 * police), rather than the speaker's own feelings or opinions. Words tied to one event ("hostage",
 * "siege", "robbery") are left out: the point is what carries over to the next event.
 */
export const ATTRIBUTION_EN = `say says said saying tell tells told report reports reported reportedly reporting according
  confirm confirms confirmed confirming confirmation claim claims claimed claiming source sources official officials
  spokesman spokeswoman spokesperson witness witnesses eyewitness eyewitnesses announce announces announced statement
  identified identify identifies named reveal reveals revealed describe describes described update updates`;

export const INCIDENT_EN = `kill kills killed killing dead death deaths die died dies shot shoot shoots shooting shootings
  shooter shooters gunman gunmen gunfire gun guns suspect suspects arrest arrests arrested custody
  injured injuries wounded victim victims attack attacks attacked attacker attackers bomb bombs bombing explosion
  explosive explosives evacuated evacuate lockdown police officer officers cop cops soldier soldiers troops
  fired firing gunshot gunshots hospital charged seized raid raided terrorist terrorists`;

/** The speaker's own stance: feelings, wishes, judgements (conversation and commentary, not claims). */
export const STANCE_EN = `i i'm im i've ive i'd i'll me my mine we we're our us myself feel feeling think thought believe
  hope hoping wish should must need needs pray praying prayers love hate sad angry disgusted disgusting shame shameful
  heartbreaking heartbroken sick unbelievable ridiculous wow omg smh lol wtf please why`;

