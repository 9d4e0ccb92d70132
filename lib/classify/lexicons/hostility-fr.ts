/**
 * French hostility lexicons, written from linguistic knowledge (not extracted from training text).
 * Phrases are in normalised form: lower case, no accents ("cretin" matches "crétin").
 * Content warning: insults and slurs, listed so that they can be detected.
 */
import { words, type LexiconList } from './types';

export const HOSTILITY_FR: LexiconList[] = [
  // Put-downs one commenter throws at another under a brand's post (a blind probe of replies between
  // commenters, 2026-11-25: « t'écris comme si t'avais deux neurones... » 0.07, « pleure encore,
  // petit flocon » 0.32, « trouve-toi une vie pauvre petit homme » 0.34). Not « va pleurer » nor
  // « trouve-toi une vie »: with them, ToxiFrench held out fell 0.7418 -> 0.7382 (a neutral
  // ToxiFrench row says « va pleurer », eight machine-translated Jigsaw rows « trouve-toi une vie »).
  {
    cat: 'insult', lang: 'fr', phrases: words(`deux neurones|un seul neurone|petit flocon|pleure encore|
      personne t'a demande|personne ne t'a demande|tes gosses te detestent|tes enfants te detestent|
      pauvre petit homme|ok boomer|retourne dans ton ehpad|retourne a l'ehpad`),
  },
  {
    cat: 'threat', lang: 'fr', phrases: words(`avant qu'on te la ferme|avant que je te la ferme|avant qu'on vous la ferme`),
  },
  {
    cat: 'insult', lang: 'fr', phrases: words(`connard|connards|connasse|connasses|conne|connes|abruti|abrutis|abrutie|
      cretin|cretins|cretine|debile|debiles|idiot|idiots|idiote|imbecile|imbeciles|crevard|trouduc|trou du cul|
      salaud|salauds|salaude|salope|salopes|salopard|salopards|ordure|ordures|enfoire|enfoires|enfoiree|encule|encules|
      batard|batards|fils de pute|fdp|pute|putes|putain de|pouffiasse|poufiasse|grognasse|pétasse|petasse|pd|pede|pedes|
      tapette|tarlouze|gogol|mongol|mongolien|attarde|attardes|cingle|cingle|malade mental|nul|nuls|
      nulle|minable|minables|pourri|pourris|pourriture|raclure|racaille|racailles|dechet|dechets|merdeux|merdeuse|
      sous merde|tocard|tocards|bouffon|bouffons|guignol|guignols|clown|clowns|blaireau|blaireaux|boloss|bolosse|
      baltringue|lache|laches|menteur|menteurs|menteuse|voleur|voleurs|escroc|escrocs|arnaqueur|arnaqueurs|
      incompetent|incompetents|incapable|incapables|bon a rien|bons a rien|sans cervelle|ta gueule|ferme ta gueule|
      fermez vos gueules|ta geule|tg|ftg|va te faire foutre|allez vous faire foutre|va te faire enculer|nique ta mere|
      ntm|vtff|nique ta race|va chier|casse toi|degage|degagez|pauvre type|pauvre con|pauvre conne|pauvre idiot|
      grosse vache|gros porc|truie|cochon|moche|gros lard|grosse|vieux con|
      lopette|fiotte|salopard|raclure de bidet|cassos|kassos|beauf|beaufs|plouc|ploucs|demeuré|demeurés|neuneu|
      andouille|cornichon|boulet|charogne|vermine|parasite|parasites|sangsue|hypocrite|hypocrites|traitre|traitres|
      honte|honteux|honteuse|lamentable|pitoyable|degueulasse|degueu|ecoeurant|ignoble|infame|abject|abjecte|
      nazi|nazis|facho|fachos|fasciste|fascistes|collabo|collabos|gauchiasse|gauchiasses|islamogaucho|
      corrompu|corrompus|corrompue|voyou|voyous|delinquant|delinquants|criminel|criminels|pedophile|pedophiles|pedo|
      violeur|violeurs|assassin|assassins|dictateur|despote|tyran|stupide|stupides|ridicule|ridicules|grotesque|
      bete|betes|imbecilite|connerie|conneries|debilite|abrutissement|sale type|sale con|gros con|grosse conne|
      tete de con|espece de|espece d'|pauvre merde|merde humaine|sous merde|salopard|pantin|marionnette|mouton|
      moutons|clochard|clodo|sac a merde|petite merde|trou de cul|morveux|morveuse|minus|debris|larbin|larbins|
      parasite|profiteur|profiteurs|sangsues|mafieux|mafia|bande de|bande d'|ramassis|ignare|ignares|inculte|incultes|
      raciste|racistes|sexiste|homophobe|antisemite|xenophobe|immonde|immondes|degoutant|degoutante|nauseabond|
      pathetique|risible|grotesque|honteusement|minable|ringard|ringards|has been|vieux schnock|vieille peau|
      boloss|bouffon|tocard|je te hais|je vous hais|je les hais|crevure|chacal|chacals|hyene|vipere|serpent|batard`),
  },
  {
    // False friends (lexicons/false-friends.ts): not matched in a text read as English.
    // "Sal" is "sale" as it is often typed ("sal arabe", "sal noir": FTR, 2026-11-25).
    cat: 'insult', lang: 'fr', phrases: words(`con|cons|bite|tete de noeud|sale|sales|sal|laid|laide|tare|tares|mince|rat|rats|porc|porcs`),
  },
  {
    cat: 'profanity', lang: 'fr', phrases: words(`merde|merdique|putain|ptn|ptin|bordel|chier|chiant|chiante|fait chier|
      foutre|fout|foutu|foutue|bordel de merde|nom de dieu|bon dieu|cul|couilles|couille|
      niquer|nique|niquee|baiser|bite|chatte|encule|enculer|vtff|vtf|fdp|bordelique|emmerder|emmerde|
      emmerdes|emmerdant|saloperie|saloperies|connerie|conneries|putain de merde|merde alors|sa mere|sa race|
      ta mere|bordel de dieu|chiotte|chiottes|gueule`),
  },
  {
    cat: 'slur', lang: 'fr', phrases: words(`negre|negres|negresse|bamboula|bamboulas|bougnoule|bougnoules|bicot|bicots|
      raton|ratons|crouille|crouilles|melon|melons|bicot|youpin|youpins|youtre|feuj|niakoue|niakoues|
      chinetoque|chinetoques|boucaque|negro|negros|sale arabe|sale noir|sale juif|sale musulman|sale blanc|sale noire|
      tafiole|tarlouze|tarlouzes|pedale|pedales|gouine|gouines|enculeur|travelo|travelos|romano|romanos|manouche|
      bohemien|sale rom|sale roms|islamo gauchiste|islamogauchiste|feminazie|mongol|gogol|triso|trisomique|
      macaque|macaques|singe|singes|gorille|bouffeur de|mangeur de|sous race|sous homme|sous hommes|bicots|bougnoul`),
  },
  {
    cat: 'identity', lang: 'fr', phrases: words(`musulman|musulmans|musulmane|musulmanes|islam|islamiste|islamistes|juif|juifs|
      juive|juives|noir|noirs|noire|noires|blanc|blancs|arabe|arabes|maghrebin|maghrebins|africain|africains|africaine|
      immigre|immigres|immigree|immigration|migrant|migrants|refugie|refugies|etranger|etrangers|homosexuel|homosexuels|
      homo|homos|gay|gays|lesbienne|lesbiennes|trans|transgenre|femme|femmes|feministe|feministes|handicape|handicapes|
      rom|roms|gitan|gitans|chinois|asiatique|asiatiques|turc|turcs|algerien|algeriens|marocain|marocains|tunisien|
      tunisiens|senegalais|malien|maliens|comorien|comoriens|chretien|chretiens|catholique|catholiques|race|religion|
      communaute|banlieue|banlieues|voile|voilee|voilees|burqa|mosquee|mosquees|minorite|minorites|racisé|racises`),
  },
  {
    cat: 'dehumanise', lang: 'fr', phrases: words(`vermine|vermines|parasites|parasite|cafards|cafard|rats|rat|sauvages|sauvage|
      animaux|animal|betes|bete|sous hommes|sous homme|sous race|singes|singe|macaques|nuisibles|nuisible|invasion|
      envahisseurs|envahisseur|grand remplacement|remplacement|peste|cancer|gangrene|fleau|racaille|racailles|barbares|
      barbare|primitifs|inferieurs|inferieure|chiens|chien|porcs|se reproduisent|pullulent|grouillent|infeste|
      abomination|abominations|criquets`),
  },
  {
    cat: 'hate', lang: 'fr', phrases: words(`deteste|detester|hais|hait|haine|degoute|degoutent|expulser|expulsez|expulsion|
      renvoyer|renvoyez les|renvoyez-les|rentrez chez vous|rentre chez toi|retourne dans ton pays|retournez dans votre pays|
      retourne chez toi|foutez les dehors|virez les|exterminer|eliminer|eradiquer|se debarrasser|
      a interdire|n'ont rien a faire ici|pas leur place|remigration|deportation|deporter|
      au four|gazer|pendre|lyncher|ratonnade|genocide|meprise|meprisent|meprisons|mepriser|supporte pas|supporte plus|ne supporte pas|ne supporte plus|peux pas les voir|
      peux pas les sentir|ne peux pas les voir|ne peux pas les sentir|execre|execrent|execrer|m'insupportent|
      me debectent|me repugnent|me donnent la nausee|me donne la nausee|me font vomir|me donnent envie de vomir|peux pas supporter|ne peux pas supporter|peux plus supporter|ne peux plus supporter`),
  },
  {
    cat: 'threat', lang: 'fr', phrases: words(`je vais te tuer|je vais te buter|je vais te crever|je vais te defoncer|je vais te niquer|
      je vais te frapper|je vais te retrouver|on va te retrouver|on va te tuer|on va te crever|on va te faire la peau|
      je vais te faire la peau|je sais ou tu habites|je sais ou tu vis|je sais ou vous habitez|fais gaffe a toi|
      fais attention a toi|tu vas le regretter|vous allez le regretter|tu vas le payer|vous allez payer|tu vas payer|
      t'es mort|t es mort|tu es mort|vous etes morts|t'es un homme mort|va crever|allez crever|crevez tous|creve charogne|
      j'espere que tu vas crever|j'espere que tu meurs|suicide toi|suicidez vous|tue toi|pends toi|jette toi|
      je vais bruler|on va bruler|je vais mettre le feu|on va mettre le feu|une balle dans|je vais t'egorger|
      on va t'egorger|attends toi a|tu vas voir ce que|je vais venir|on viendra|on se retrouvera|gare a toi|
      merite de mourir|meritent de mourir|doivent mourir|doit mourir|faut les tuer|faut le tuer|a fusiller|a abattre|
      je te tue|je vous tue|on te tue|je te bute|je vous bute|on te bute|je te defonce|je vous defonce|on te defonce|
      je t'egorge|je vous egorge|je te poignarde|je te flingue|je vous flingue|je te creve|je te frappe|je te tabasse|
      je t'etrangle|je te massacre|je t'explose|je t'eclate|je te detruis|je te saigne|je te plante|je te fume|
      je te casse la gueule|je te pete la gueule|je t'arrache la tete|je te demonte|
      merite une balle|meritent une balle|faire saigner`),
  },
  {
    cat: 'violence', lang: 'fr', phrases: words(`tuer|buter|crever|defoncer|frapper|cogner|egorger|bruler|violer|pendre|gifler|
      etrangler|fusiller|abattre|massacrer|tabasser|casser la gueule|peter la gueule|exploser|poignarder|decapiter|
      lyncher|eclater|niquer|flinguer|descendre|torturer|bombarder|
      tuez|butez|fusillez|massacrez|egorgez|exterminez|gazez|pendez|
      tirer sur|tirerai sur|tirerais sur|tirer dans le tas|traquer|traquerai|traquerons|pendu|pendus|
      casser les jambes|a coups de fusil|a coups de couteau|a coups de batte`),
  },
  {
    cat: 'second', lang: 'fr', strict: true, phrases: words(`tu|t'|te|toi|ton|ta|tes|vous|votre|vos|toi meme|vous meme`),
  },
  {
    // "Vendu" (a sellout) only as a name for people: alone it is what a shop says of its goods
    // ("le coffret est vendu 25 €", "la tablette vendue en magasin").
    cat: 'insult', lang: 'fr', phrases: words(`des vendus|des vendu|de vendus|de vendu|ces vendus|sale vendu|sales vendus|
      espece de vendu|bande de vendus|qu'un vendu|qu'une vendue`),
  },
  {
    // Sexual harassment: what is said to a moderator or a member of the community, not vocabulary
    // ("baiser" alone is profanity above; a comment about sex is not aimed at anyone).
    // "Tais-toi" as the French "shut up" (seen hostile in the machine-translated Jigsaw and MLMA rows,
    // 2026-11-25); "la ferme" is a farm, "ferme-la" reads as "ferme la porte".
    cat: 'insult', lang: 'fr', phrases: words(`tais toi|taisez vous|ferme ta bouche|fermez vos gueules|suce ma bite|suce moi|me sucer|tu suces|vas te faire sucer|je te baise|
      je vais te baiser|on va te baiser|montre tes seins|montre moi tes seins|montre tes fesses|envoie des nudes|
      envoie tes nudes|chaudasse|chaudasses|salope en chaleur|je vais te prendre par`),
  },
  {
    // Slang, verlan and SMS spellings of insults, and the insults of French forums and social
    // networks ("teubé" = bête, "golmon" = mongol, "ntr" = nique ta race).
    cat: 'insult', lang: 'fr', phrases: words(`conard|conards|connar|conar|konar|connare|batarde|batardes|batar|
      enculee|enculees|enkule|enculer ta mere|enfant de salope|enfants de salope|fils de chien|fils de putes|filsdepute|
      nique sa mere|nique sa race|niquez vos meres|nique ta mere la pute|ta mere la pute|ta race|ntr|nsm|tgl|tagueule|
      ta gueul|ferme ta bouche|fermez vos bouches|va te faire|va te faire voir|allez vous faire voir|
      va te faire mettre|va mourir|allez mourir|va te pendre|va te cacher|
      boufon|bouffonne|bouffonnes|tocarde|tocardes|bolos|bolo|teube|teubes|teubee|golmon|golmons|gogole|gogoles|mongole|
      mongolito|mongolitos|triso|cheum|sombre idiot|sombre cretin|sombre connard|triple buse|
      ahuri|ahuris|ahurie|benet|benets|niais|niaise|nigaud|nigauds|simplet|
      cervelle de moineau|qi d'huitre|qi de poulpe|qi de mouche|sans cerveau|dechet humain|dechets humains|
      lie de l'humanite|rebut|fumier|fumiers|enflure|enflures|crapule|crapules|vaurien|vauriens|fripouille|
      salopiaud|truand|feignasse|feignasses|faineant|faineants|glandeur|glandeurs|branleur|branleurs|branleuse|
      branquignol|pignouf|goujat|mufle|malotru|rustre|crasseux|crasseuse|pouilleux|pouilleuse|
      gros tas|grosse truie|grosse vache|grosse pute|petite pute|sale pute|sale chienne|sale batard|sale merde|
      sale rat|sale porc|sale conne|sale gosse|sale type|catin|cagole|pisseuse|chienne|chiennes|
      mal baisee|mal baise|suceur|suceuse|leche cul|leche bottes|lecheur de bottes|fayot|trouillard|trouillards|
      poltron|degonfle|mauviette|femmelette|chochotte|couillon|couillons|couillonne|nullard|nullarde|nullards|
      nullos|guignolo|charlot|charlots|pequenaud|bouseux|
      cul terreux|pecno|gueux|puceau|puceaux|celibatard|celibatards|petit fragile|
      sale fragile|gros fragile|golem|golems|nazillon|nazillons|droitard|droitards|
      droitasse|facho de merde|gauchiste de merde|sale gauchiste|sale facho|journalope|journalopes|merdias|
      psychopathe|psychopathes|sociopathe|pervers|perverse|detraque|detraquee|mythomane|mytho|mythos|
      crevure|crevures|raclures|pourritures|ordure de|connard de|connasse de|batard de|salope de|enfoire de|
      bande de cons|bande de connards|bande d'abrutis|bande de batards|bande de chiens|
      tas de merde|gros porc|gros degueulasse|vieille salope|vieux porc|vieux degueulasse|vieille bique`),
  },
  {
    // Quebec profanity.
    cat: 'profanity', lang: 'fr', phrases: words(`tabarnak|tabarnac|tabernacle|calisse|calice de|crisse|osti|ostie|esti|
      sacrament|chier dessus|bordel de cul|putain de bordel|merde alors|fais chier|ca me fait chier`),
  },
  {
    cat: 'slur', lang: 'fr', phrases: words(`guenon|guenons|zoulou|zoulous|blackos|noiraud|noirauds|
      basane|basanes|crouillat|crouillats|muzz|muzzs|mozz|enturbanne|enturbannes|chamelier|chameliers|sionard|
      sionards|youpine|youpines|youtres|juiverie|boche|boches|rital|ritals|polak|polack|polacks|espingouin|
      espingouins|chinetoc|chinetocs|negrillon|negrillons|tantouze|tantouzes|tafioles|gouinasse|romanichel|
      romanichels|voleurs de poules|sale race|sales races|race de chien|race inferieure|sale arabe de merde|
      sales arabes|sales noirs|sales juifs|sales musulmans|sale negre|sale bougnoule|bougnouls|trisos|gogols|
      y a bon|bamboula|macaque|ouistiti|
      francais de papier|francais de papiers`),
  },
  {
    cat: 'identity', lang: 'fr', phrases: words(`rebeu|rebeus|reubeu|reubeus|renoi|renois|toubab|toubabs|beur|beurs|beurette|beurettes|noich|asiat|asiats|
      feuj|feujs|clandestin|clandestins|clando|clandos|sans papiers|gens du voyage|sioniste|sionistes|
      mahometan|mahometans|islamisme|islamisation|musulmanes|juifs|lgbt|queer|bisexuel|bisexuels|handicapee|
      autiste|autistes|afro|noirs de peau|blanc de peau|metisse|metisses|metis|antillais|haitien|haitiens|
      rom|roumain|roumains|pakistanais|afghan|afghans|syrien|syriens|tchetchene|tchetchenes|kurde|kurdes|asiatique|
      somalien|somaliens|tzigane|tziganes`),
  },
  {
    cat: 'dehumanise', lang: 'fr', phrases: words(`betail|cheptel|bestiaux|bestioles|horde|hordes|termites|
      sauterelles|cloportes|cloporte|limaces|vermines|
      nuisibles|sous humains|sous humain|pas des humains|pas humains|retourne dans ta jungle|dans leur jungle|
      retourne dans ton arbre|descendus de l'arbre|grimpe aux arbres|chiens galeux|rats d'egout|race de rats|
      ils se reproduisent|comme des lapins`),
  },
  {
    cat: 'hate', lang: 'fr', phrases: words(`retourne au bled|retournez au bled|rentre au bled|rentrez au bled|
      retourne en afrique|retournez en afrique|rentre en afrique|rentrez en afrique|retourne au zoo|retournez au zoo|
      retourne dans ton bled|retournez dans vos pays|rentrez dans vos pays|rentrez chez eux|qu'ils rentrent chez eux|
      qu'ils degagent|qu'ils retournent|la france aux francais|dehors les|mort aux|a mort les|
      qu'on les pende|il faut les exterminer|faut tous les|faut les virer|faut les renvoyer|faut les expulser|
      faut les buter|faut les bruler|faut les gazer|dans un charter|au bucher|au poteau|
      zyklon|lobby juif|les juifs controlent|complot juif|ils nous envahissent|on est envahis|
      ils ont rien a faire|j'en ai marre de ces|je hais les|
      je deteste les|degoutent|m'ecoeurent|ca 
      epuration`),
  },
  {
    // The present tense threatens too ("je te tue", "je te bute"): the violent verbs are listed as
    // infinitives only, and their present forms alone are other words too often ("ça me tue", "un
    // homme tué", "je m'éclate"), so they are listed with their object (2026-11-25).
    cat: 'threat', lang: 'fr', phrases: words(`tu vas voir ta gueule|tu vas morfler|vous allez morfler|
      tu vas prendre cher|je vais te casser la gueule|je vais te peter la gueule|
      je vais t'eclater|je vais te briser|je vais te detruire|je vais te saigner|je vais te planter|je vais te fumer|
      je vais te violer|je vais t'enculer|je vais te faire du mal|je vais te casser les dents|je vais te mettre une balle|
      je vais te trouver|on va te trouver|on sait ou tu habites|on sait ou tu vis|je connais ton adresse|
      on aura ta peau|j'aurai ta peau|on va te faire payer|je vais te faire payer|tu vas souffrir|tu vas crever|
      vous allez crever|je te souhaite de crever|je vous souhaite de crever|que tu creves|qu'il creve|qu'elle creve|qu'elles crevent|qu'ils crevent|
      qu'il meure|qu'elle meure|qu'ils meurent|qu'elles meurent|qu'il aille crever|qu'elle aille crever|qu'ils aillent crever|
      il merite de crever|elle merite de crever|ils meritent de crever|il merite la mort|elle merite la mort|ils meritent la mort|
      j'espere qu'il creve|j'espere qu'elle creve|j'espere qu'il meurt|j'espere qu'elle meurt|
      crevez|creve salope|creve connard|t'as interet a|gaffe a ta gueule|gare a vous|tu perds rien pour attendre|
      ca va mal finir pour toi|ca va mal se passer|je vais venir te chercher|on va venir te chercher|
      je t'attends a la sortie|je vais m'occuper de toi|on va s'occuper de toi|
      je te tuerai|je vous tuerai|on te tuera|on vous tuera|je te buterai|on te butera|je te retrouverai|on te retrouvera|
      je vous retrouverai|on vous retrouvera|je te trouverai|on te trouvera|je te defoncerai|je te creverai|
      ce qui va t'arriver|ce qui va vous arriver|ce qui t'attend|ce qui vous attend|tu ne perds rien pour attendre|
      vous ne perdez rien pour attendre|vous perdez rien pour attendre|merites une bonne correction|
      merite une bonne correction|meritent une bonne correction|meriterait une bonne correction|une bonne raclee|
      une bonne rouste|merites des baffes|meritez des baffes|merites des claques|attends que je te croise|
      attends que je t'attrape|si je te croise|si je t'attrape|si je te chope|le jour ou je te croise|
      m'occuper de ton cas|m'occuper de votre cas|regler ton compte|regler votre compte|ton compte est bon|
      tu vas deguster|vous allez deguster|tu vas en baver|vous allez en baver|tu vas le sentir passer|
      tu merites de crever|tu merites la mort|meriterait une balle|meritent une balle|a la guillotine|
      faut le pendre|faut la pendre|faut les pendre|je vais tous vous tuer|on va tous vous tuer|
      je vais vous tuer|on va vous tuer|je vais vous buter|on va vous buter|je vais vous crever|on va vous crever|
      je vais vous retrouver|on va vous retrouver|je vais vous trouver|on va vous trouver|on va vous faire la peau|
      je vais vous faire la peau|je vais vous defoncer|on va vous defoncer|je vais vous casser la gueule|
      on va vous casser la gueule|je vais vous egorger|on va vous egorger|vous allez souffrir|vous allez le payer|
      vous allez payer cher|tu vas payer cher|je vais vous faire payer|on va vous faire payer|je vais venir vous chercher|
      on va venir vous chercher|je vous attends a la sortie|on vous attend a la sortie|je vais m'occuper de vous|
      on va s'occuper de vous|vous meritez de crever|vous meritez la mort|on connait votre adresse|on sait ou vous vivez|
      on sait ou vous habitez|faites gaffe a vous|faites attention a vous|vous perdez rien pour attendre|
      ca va mal finir pour vous|vos jours sont comptes|tes jours sont comptes|on va bruler votre|on va cramer|
      je vais cramer|je vais mettre le feu a|faudrait tous les tuer|faudrait les tuer|il faut les exterminer|
      faut les exterminer|a exterminer|meritent la mort|merite la mort|qu'on les pende|qu'on les fusille`),
  },
  {
    cat: 'second', lang: 'fr', strict: true, phrases: words(`vs|t'as|ta|tes|tu t'es|toi la|vous la`),
  },
  {
    cat: 'negation', lang: 'fr', strict: true, phrases: words(`ne|n'|pas|jamais|aucun|aucune|personne|rien|ni|sans|non|plus jamais|guere`),
  },
  {
    cat: 'reported', lang: 'fr', phrases: words(`m'a traite|m'a traitee|m'ont traite|traite de|traitee de|traiter de|traiter les|
      m'a dit|a dit|dit que|disent|insulte|insultes|insulter|insultant|injure|injures|racisme|
      homophobie|sexisme|antisemitisme|propos|inacceptable|inadmissible|intolerable|pas acceptable|
      pas normal|signaler|signale|citer|le mot|ce mot|appeler quelqu'un|
      crime de haine|crimes de haine|discours de haine|appel a la haine|incitation a la haine|c'est de la haine|
      repandre la haine|repand la haine|repandent la haine|repandez la haine`),
  },
  {
    cat: 'staff', lang: 'fr', phrases: words(`conseiller|conseillers|conseillere|conseilleres|employe|employes|employee|
      employees|vendeur|vendeurs|vendeuse|vendeuses|caissier|caissiere|caissieres|livreur|livreurs|agent|agents|
      service client|sav|standardiste|technicien|techniciens|manager|responsable|responsables|directeur|directrice|
      patron|equipe|votre equipe|vos employes|vos conseillers|votre service|community manager|cm|moderateur|moderateurs|
      la dame|le monsieur|le mec|la fille|le type|serveur|serveuse|hotesse|personnel|votre personnel|stagiaire`),
  },
  {
    // Customer-service vocabulary (see hostility-en.ts: `service_complaint`).
    cat: 'complaint', lang: 'fr', id: 'service', phrases: words(`rembourse|remboursement|remboursez|rembourser|commande|
      commandes|livraison|colis|annulation|facture|factures|preleve|prelevement|garantie|remplacement|panne|en panne|
      j'attends|appli|application|plante|plantee|bug|bugs|beug|mise a jour|connexion|box|fibre|batterie|ecran|produit|
      achat|magasin|boutique|sav|reclamation|billet|reservation|paiement|client|cliente|clients|inadmissible service|
      ne marche pas|marche plus|fonctionne pas|fonctionne plus`),
  },
  {
    // Words of complaints as common elsewhere ("un livre", "le retour", "un vol", "le compte", "l'argent").
    cat: 'complaint', lang: 'fr', phrases: words(`livre|retard|en retard|annule|annulee|compte|retour|echange|probleme|
      problemes|souci|soucis|attente|attendre|jours|semaines|heures|reseau|internet|telephone|achete|service|reponse|
      repondre|repondez|mail|email|appel|rappel|vol|paye|argent|decu|decue|toujours pas`),
  },
];
