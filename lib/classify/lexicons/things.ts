/**
 * Things people curse at when they complain: products, apps, services, deliveries, and what a brand
 * posts (English and French, normalised form). "This app is garbage", "ce chocolat est
 * dégueulasse": strong words about a thing are a complaint, not hostility (lib/classify/rules/things.ts,
 * isObjectAbuse). People, the brand's staff and the company itself are not here: "your support
 * team is useless" stays an attack on staff. "Nothing" is: "nothing beats the classic milk bar"
 * is said of no one. Accounts, bills, passwords and the like added 2026-11-25 from the customer
 * messages that were flagged ("the amount of spam emails that hit my inbox is a bit ridiculous").
 * Traffic jams and vegetables added 2026-11-24 from a probe of functional tests
 * ("I hate Mondays" scored 0.64, "Je déteste les lundis" 0.82, "Traffic jams are disgusting" 0.74);
 * Not cars, buses, trains or the TV: a sentence that ends on one is often followed by a vocative
 * ("i dont have a car retard", "don't watch me watch tv hoe": Davidson, 2026-11-24); vehicles are
 * read only when pointed at (POINTED_THINGS below).
 * "bouchon" and "circulation" from a third probe ("Ce putain de bouchon m'a mis en retard" 0.90);
 * matches and concerts from a fifth ("C'était un putain de match génial !" 0.85, 2026-11-25); French
 * rules and smells from a seventh (« Ces règles stupides » 0.74, « Quelle odeur dégoûtante » 0.88;
 * English "rule" and "smell" are verbs too: "geminis rule hoe", "this bitch smells like...",
 * Davidson; "smell" is read pointed at, below).
 * What a brand says and does in a crisis, and what it is accused of, from a blind probe of comments
 * under a brand's crisis (2026-11-25: "that racist rant" 0.76, "should face criminal charges" 0.53,
 * "Your apology is worthless" 0.48).
 */
export const THINGS: readonly string[] = `
  app apps application update updates version website site page product products item items thing stuff nothing
  service delivery shipping package parcel order box chocolate bar cake coffee flavour flavor recipe taste
  packaging price prices phone laptop device machine printer software system feature design ad advert advertisement
  commercial campaign video post tweet movie film show game menu food meal drink store shop checkout
  appli applis application maj logiciel produit produits article articles truc machin service
  livraison colis commande boite chocolat tablette gateau cafe saveur recette gout emballage prix
  telephone portable ordi ordinateur appareil imprimante systeme pub publicite video film jeu menu
  repas boisson magasin boutique paiement interface
  email emails mail inbox password login connection wifi internet network amount queue process policy
  fee fees invoice subscription plan offer deal promo code coupon voucher refund battery screen camera cameras
  headphones earbuds charger keyboard fridge clavier frigo
  connexion reseau attente procedure frais facture abonnement forfait offre code remboursement batterie ecran
  chargeur
  traffic jam jams cauliflower broccoli sprouts spinach vegetables olives mushrooms coriander cilantro
  embouteillage embouteillages bouchon bouchons circulation chou choux brocoli brocolis epinards legumes champignons
  match matches concert concerts spectacle
  regles regle stench odeur odeurs puanteur chatbot robot
  rant rants remark remarks charges apology apologies statement behaviour behavior negligence practices coverup
  propos excuses communique comportement pratiques poursuites negligence
  hike hikes increase increases hausse hausses
`.split(/\s+/).filter(Boolean);

/**
 * Days, weather and chores: things when they are hated ("I hate Mondays", "je déteste les lundis",
 * "I hate homework"), but named in greetings to people elsewhere ("Happy Friday bitches", "It's
 * beanie weather bitches", "math homework hoe": Davidson's hostile rows, 2026-11-24), so they count
 * only as what a hate verb names (rules/things.ts, hateOfThing) or as the noun after a strong word
 * ("this damn Monday", "cette putain de chaleur").
 */
export const HATED_THINGS: readonly string[] = `
  monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays
  weekend weekends lundi lundis mardi mardis mercredi mercredis jeudi jeudis vendredi vendredis samedi samedis dimanche
  dimanches day days jour jours weather temps rain snow heat cold homework exam exams commute alarm meteo pluie neige chaleur froid canicule devoirs
  examen examens reveil
`.split(/\s+/).filter(Boolean);

/**
 * Dishes, drinks and vehicles, from a fourth and a sixth probe ("What a disgusting sandwich" 0.72,
 * "Quel sandwich dégoûtant" 0.68, "This stupid bus is late again" 0.82, 2026-11-25). Read only
 * with a copula ("this soup is gross") or pointed at ("what a disgusting | sandwich", "this stupid |
 * bus", "quel | sandwich dégoûtant"): next to an insult alone they are mostly followed or preceded by
 * a vocative ("Gimme another beer bitch!", "Make my burger bitch", "fuck your chicken sandwich ho":
 * 14 hostile rows of Davidson read as said of the food when they were plain things; "i dont have a
 * car retard").
 */
export const POINTED_THINGS: readonly string[] = `
  sandwich sandwiches pizza pizzas burger burgers soup salad sauce bread pasta fries tea beer wine dish dessert dinner lunch
  breakfast snack soupe salade pain pates frites biere vin plat diner dejeuner
  bus buses train trains car cars plane tram metro taxi bike voiture avion velo rer smell
`.split(/\s+/).filter(Boolean);
