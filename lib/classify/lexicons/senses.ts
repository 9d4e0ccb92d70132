/**
 * Hostile words with an everyday sense, and the words around them that pick that sense: the rat
 * in the cellar, the pig on the farm, the garbage truck, the brake pedal ("pédale" is also a slur),
 * the mouse trap ("tapette"), the Mongolian language ("mongol"), a British cigarette ("fag") or
 * bundle of sticks ("faggot"), the sea wall ("dyke"). Written from dictionary senses (2026-11-24),
 * after a probe of functional tests in the manner of HateCheck's "slur homonyms" found the model
 * scoring "There are rats in the basement" 0.77, "Le camion des ordures passe à six heures" 0.77,
 * "Le mongol est une langue d'Asie centrale" 0.82 and "The dyke along the river broke" 0.63: the
 * training sources use these words almost only as insults. Left out on purpose: "ape", "monkey",
 * "singe" (their literal cues, the zoo and bananas, are the words of racist abuse aimed at Black
 * people), "vermin" and "cafard" (rarely literal in comments).
 *
 * Normalised forms (lower case, no accents). Each entry: the words, then the words that pick the
 * sense. Not the verbs a person is insulted with: "parle" ("tu sais même pas de quoi je parle
 * mongol", MLMA), "dog" for "bitch" ("brittany bitch u my dog", Davidson). A cue must be near the
 * word and nothing in the comment may be aimed at a person or a group (rules/things.ts,
 * isEverydaySense).
 */
export const SENSES: readonly (readonly [words: string, cues: string])[] = [
  ['rat rats', `basement cellar kitchen sewer sewers trap traps trapped catcher catchers garbage bin bins poubelle poubelles warehouse pest entrepot poison cage pet pets cheese tail droppings nest
    attic garage infestation exterminator mouse mice cave cuisine egout egouts piege pieges grenier
    fromage crottes nid deratisation souris`],
  ['pig pigs porc porcs cochon cochons', `farm farms farmer farmers pen sty mud muddy bacon pork roast piglet piglets barn ferme fermes
    fermier fermiers boue elevage porcherie lard jambon roti porcelet porcelets truie truies`],
  ['cow cows vache vaches', `milk farm farms farmer field fields calf calves graze grazing herd dairy barn lait ferme fermier pre
    champ champs veau veaux troupeau traire etable paturage`],
  ['bitch', `puppy puppies litter breeder breeding kennel whelp whelped`],
  ['chienne', `chiot chiots chien chiens portee eleveur eleveuse promener promene laisse veterinaire veto`],
  ['snake snakes serpent serpents', `zoo venomous garden grass reptile reptiles terrarium jardin herbe venimeux reptile`],
  ['trash garbage rubbish ordure ordures', `rats bin bins collection truck trucks bag bags recycling dump pickup collected collect poubelle poubelles
    ramassage menageres sac sacs collecte tri camion benne decharge recyclage`],
  ['clown clowns', `circus birthday costume costumes nose juggler juggling cirque anniversaire spectacle nez deguise
    deguisement jongleur`],
  ['fag fags', `cigarette cigarettes smoke smoked smoking smokes lit light lighter ash tobacco rolled rolling bummed cadge
    cadged pub packet break`],
  ['faggot faggots', `wood sticks firewood fireplace bundle bundles gravy onion onions butcher peas mash lunch dinner supper cook cooks cooked recipe kindling
    stacked`],
  ['dyke dykes dike dikes', `river sea dam flood flooding floods canal dutch holland polder breach levee tide tides embankment storm
    water wall walls village along walked walk path`],
  ['coon coons', `raccoon raccoons tracks track hunting hunt hunter hunters hound hounds trap trapping cap hat tree treed`],
  ['cracker crackers', `animal cheese graham box snack snacks soup biscuit biscuits crumbs salted`],
  ['spook spooks', `spy spies agent agents novel novels cia mi6 kgb intelligence espionage ghost ghosts haunted halloween costume
    diplomat diplomats embassy`],
  // "Lâché" (gave way) folds to "lâche" (a coward): « la fermeture a lâché le premier jour » scored
  // 0.64 as an insult (a blind probe of complaints on a brand's page, 2026-11-25). What gives way.
  ['lache laches', `fermeture zip eclair poignee bretelle bretelles couture coutures semelle sangle charniere moteur batterie
    ecran vis colle talon lacet lacets anse manche bouton boutons pile piles frein freins roue roues cable chargeur
    elastique attache agrafe crochet fixation`],
  // "Remplacement" is dehumanising in « le grand remplacement », and every day's word of customer
  // service: « un produit de remplacement est en route » was warned about as an identity attack in
  // a moderator's reply (a blind probe of replies, 2026-11-25).
  ['remplacement remplacements', `produit produits colis commande article articles piece pieces garantie echange envoi
    envoyer envoyons expedie expedions livraison appareil batterie ecran carte gratuit gratuitement sav`],
  ['pedale pedales', `frein velo accelerateur embrayage piano guitare effet pied appuie appuyer appuyez pedalier chaine
    pneu voiture cycliste cote montee monter grimper pedaler`],
  ['tapette tapettes', `souris mouche mouches rat rats piege pieges cuisine grenier tiroir placard`],
  ['mongol mongole', `langue langues couramment mongolie steppe steppes
    empire cheval chevaux ecriture alphabet gengis genghis yourte traduction traduire dictionnaire barbecue`],
];

/**
 * Words whose everyday sense the very next word picks, and those next words: « lâche | rien »,
 * « lâchez | pas » are the verb (don't give up), not « lâche » (a coward): « ils m'ont répondu au
 * bout de 3 jours, lâche rien » scored 0.57 (a blind probe of replies between commenters,
 * 2026-11-25). Near but not next, the same words go with the insult: « espèce de lâche, t'as rien
 * dans le ventre ».
 */
export const SENSES_NEXT: readonly (readonly [words: string, next: string])[] = [
  ['lache laches', 'rien pas prise l\' affaire moi nous jamais'],
];

