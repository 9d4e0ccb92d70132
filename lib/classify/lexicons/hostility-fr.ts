/**
 * French hostility lexicons, written from linguistic knowledge (not extracted from training text).
 * Phrases are in normalised form: lower case, no accents ("cretin" matches "crétin").
 * Content warning: insults and slurs, listed so that they can be detected.
 */
import { words, type LexiconList } from './types';

export const HOSTILITY_FR: LexiconList[] = [
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
      ntm|nique ta race|va chier|casse toi|degage|degagez|pauvre type|pauvre con|pauvre conne|pauvre idiot|
      grosse vache|gros porc|truie|cochon|moche|gros lard|grosse|vieux con|
      lopette|fiotte|salopard|raclure de bidet|cassos|kassos|beauf|beaufs|plouc|ploucs|demeure|demeures|neuneu|
      andouille|cornichon|boulet|charogne|vermine|parasite|parasites|sangsue|hypocrite|hypocrites|traitre|traitres|
      honte|honteux|honteuse|lamentable|pitoyable|degueulasse|degueu|ecoeurant|ignoble|infame|abject|abjecte|
      nazi|nazis|facho|fachos|fasciste|fascistes|collabo|collabos|gauchiasse|gauchiasses|islamogaucho|
      corrompu|corrompus|corrompue|voyou|voyous|delinquant|delinquants|criminel|criminels|pedophile|pedophiles|pedo|
      violeur|violeurs|assassin|assassins|dictateur|despote|tyran|stupide|stupides|ridicule|ridicules|grotesque|
      bete|betes|imbecilite|connerie|conneries|debilite|abrutissement|sale type|sale con|gros con|grosse conne|
      tete de con|espece de|espece d'|pauvre merde|merde humaine|sous merde|salopard|vendu|vendus|pantin|marionnette|mouton|
      moutons|clochard|clodo|sac a merde|petite merde|trou de cul|morveux|morveuse|minus|debris|larbin|larbins|
      parasite|profiteur|profiteurs|sangsues|mafieux|mafia|bande de|bande d'|ramassis|ignare|ignares|inculte|incultes|
      raciste|racistes|sexiste|homophobe|antisemite|xenophobe|immonde|immondes|degoutant|degoutante|nauseabond|
      pathetique|risible|grotesque|honteusement|minable|ringard|ringards|has been|vieux schnock|vieille peau|
      boloss|bouffon|tocard|je te hais|je vous hais|je les hais|crevure|chacal|chacals|hyene|vipere|serpent|batard`),
  },
  {
    cat: 'insult', lang: 'fr', strict: true, phrases: words(`con|cons|bite|tete de noeud|sale|sales|laid|laide|tare|tares|mince|rat|rats|porc|porcs`),
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
      barbare|primitifs|inferieurs|inferieure|chiens|chien|porcs|se reproduisent|pullulent|grouillent|infeste`),
  },
  {
    cat: 'hate', lang: 'fr', phrases: words(`deteste|detester|hais|hait|haine|degoute|degoutent|expulser|expulsez|expulsion|
      renvoyer|renvoyez les|renvoyez-les|rentrez chez vous|rentre chez toi|retourne dans ton pays|retournez dans votre pays|
      retourne chez toi|foutez les dehors|virez les|exterminer|eliminer|eradiquer|se debarrasser|
      a interdire|n'ont rien a faire ici|pas leur place|remigration|deportation|deporter|
      au four|gazer|pendre|lyncher|ratonnade|genocide`),
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
      merite de mourir|meritent de mourir|doivent mourir|doit mourir|faut les tuer|faut le tuer|a fusiller|a abattre`),
  },
  {
    cat: 'violence', lang: 'fr', phrases: words(`tuer|buter|crever|defoncer|frapper|cogner|egorger|bruler|violer|pendre|gifler|
      etrangler|fusiller|abattre|massacrer|tabasser|casser la gueule|peter la gueule|exploser|poignarder|decapiter|
      lyncher|eclater|niquer|flinguer|descendre|torturer|bombarder`),
  },
  {
    cat: 'second', lang: 'fr', strict: true, phrases: words(`tu|t'|te|toi|ton|ta|tes|vous|votre|vos|toi meme|vous meme`),
  },
  {
    cat: 'negation', lang: 'fr', strict: true, phrases: words(`ne|n'|pas|jamais|aucun|aucune|personne|rien|ni|sans|non|plus jamais|guere`),
  },
  {
    cat: 'reported', lang: 'fr', phrases: words(`m'a traite|m'a traitee|m'ont traite|traite de|traitee de|traiter de|traiter les|
      m'a dit|a dit|dit que|disent|insulte|insultes|insulter|insultant|injure|injures|racisme|
      homophobie|sexisme|antisemitisme|propos|inacceptable|inadmissible|intolerable|pas acceptable|
      pas normal|signaler|signale|citer|le mot|ce mot|appeler quelqu'un`),
  },
  {
    cat: 'staff', lang: 'fr', phrases: words(`conseiller|conseillers|conseillere|conseilleres|employe|employes|employee|
      employees|vendeur|vendeurs|vendeuse|vendeuses|caissier|caissiere|caissieres|livreur|livreurs|agent|agents|
      service client|sav|standardiste|technicien|techniciens|manager|responsable|responsables|directeur|directrice|
      patron|equipe|votre equipe|vos employes|vos conseillers|votre service|community manager|cm|moderateur|moderateurs|
      la dame|le monsieur|le mec|la fille|le type|serveur|serveuse|hotesse|personnel|votre personnel|stagiaire`),
  },
  {
    cat: 'complaint', lang: 'fr', phrases: words(`rembourse|remboursement|remboursez|rembourser|commande|commandes|commande|
      livraison|livre|colis|retard|en retard|annule|annulee|annulation|compte|facture|factures|preleve|prelevement|
      garantie|retour|echange|remplacement|probleme|problemes|souci|soucis|panne|en panne|attente|j'attends|attendre|
      jours|semaines|heures|appli|application|plante|plantee|bug|bugs|beug|mise a jour|connexion|reseau|internet|box|
      fibre|telephone|ecran|batterie|produit|achat|achete|magasin|boutique|service|sav|reclamation|reponse|repondre|
      repondez|mail|email|appel|rappel|vol|billet|reservation|paiement|paye|argent|client|cliente|clients|decu|decue|
      inadmissible service|toujours pas|ne marche pas|marche plus|fonctionne pas|fonctionne plus`),
  },
];
