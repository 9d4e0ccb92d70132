/**
 * Small bilingual synonym sets for the vocabulary brand rumours are made of (ingredients, health,
 * closures, jobs, recalls, lawsuits, ownership, prices). Words of one set match each other, in
 * French and English, so "usine fermée" meets "factory closing" and "toxic" meets "poison" even when
 * the register gives no variant. Sets are tight on purpose: a set that is too broad turns topic words
 * into matches ("sick" and "hospital" are NOT one set).
 *
 * Matching through a set counts a little less than the same word (see SYNONYM_CREDIT in match.ts).
 */
const SETS = `
close closing closed closure shut shutdown shutting ferme fermer fermera fermeture fermee fermes fermetures
bankrupt bankruptcy insolvent insolvency faillite liquidation banqueroute
layoff layoffs fired sack sacked redundancies redundancy licenciement licenciements licencier licencie licencies
factory factories plant usine usines
child children kid kids enfant enfants gamin gamins mineur mineurs
labour labor travail
slave slavery slaves esclave esclavage esclaves
recall recalled recalls rappel rappels rappele rappelee rappeles retire retiree retires withdrawn
poison poisonous poisoned toxic toxique toxiques empoisonne empoisonnes
cancer cancers cancerous carcinogenic cancerigene cancerigenes
sick ill illness malade malades maladie
dead death die died dying deaths mort morts morte deces mourir meurt decede
animal animals animaux
test tests testing tested teste testes testent experimentation experiments
price prices prix cost costs cout couts tarif tarifs
increase increases increased raise raises raising rise rising hike hikes augmentation augmente augmenter augmentent hausse
sell sells selling sold sale vendre vend vendu vendue vente
buy buys bought purchase purchased acquire acquired acquisition achat achete achetee acheter rachat rachete rachetee racheter
owner owned owns proprietaire appartient
ban banned bans interdit interdite interdits interdire interdiction
fake fakes counterfeit faux fausse contrefacon contrefait
free gratuit gratuite gratuits gratuites
giveaway contest competition concours
insect insects bug bugs insecte insectes
worm worms ver larva larvae larve larves maggot maggots asticot asticots
plastic plastique plastiques
glass verre
metal metallic metal metaux
pork pig pigs porc cochon
alcohol alcool
sugar sugars sucre sucres sugary sucre
milk lait
peanut peanuts cacahuete cacahuetes arachide arachides
nut nuts noix noisette noisettes
palm palme
oil oils huile huiles
ceo boss pdg patron directeur
arrest arrested arrestation arrete arretee police
lawsuit lawsuits sue sued suing proces poursuite poursuites poursuivi tribunal court plainte
data donnee donnees
leak leaked leaks fuite fuites hack hacked pirate piratee piratage
relocate relocating relocation delocaliser delocalisation delocalise move moving moved demenage demenager
china chinese chine chinois chinoise
water eau
employee employees staff worker workers salarie salaries employe employes ouvrier ouvriers personnel
shop shops store stores magasin magasins boutique boutiques
expired perime perimes perimee out-of-date
mould mold mouldy moldy moisi moisie moisissure
strike strikes greve greves
deforestation deforest deforestation
forest forests foret forets rainforest
racist racism raciste racisme
refund refunds refunded rembourse remboursement rembourser
vaccine vaccines vaccin vaccins
chocolate chocolates chocolat chocolats
bar bars tablette tablettes barre barres
recipe recipes recette recettes
change changed changes changing changement changer change modifie modifiee
fish poisson poissons
chicken poulet poulets
meat viande viandes
horse horsemeat cheval chevaux
drug drugs drogue drogues
gmo ogm transgenic
pesticide pesticides glyphosate
bleach javel chlore chlorine
fine fined amende amendes
boycott boycotts boycotter boycottez
tax taxes impot impots fiscal
cheat cheating cheated fraud fraude triche
job jobs emploi emplois poste postes
bottle bottles bouteille bouteilles
can cans canette canettes
cup cups gobelet gobelets
paper papier
cow cows vache vaches beef boeuf
egg eggs oeuf oeufs
cage caged cages cagee
battery batteries batterie
explode explodes exploded exploding explose exploser explosion explosions
fire fires incendie incendies
month months mois mensuel monthly
week weeks semaine semaines hebdomadaire weekly
year years annee annees an ans
next prochain prochaine
day days jour jours
box boxes boite boites coffret coffrets
share shares shared sharing partage partager partagez partagent partages
comment comments commented commenting commente commenter commentez commentaire commentaires
network networks reseau reseaux
outage outages panne pannes blackout coupure coupures
subscription subscriptions abonnement abonnements
antenna antennas antennae antenne antennes mast masts
headache headaches migraine migraines
neighbour neighbours neighbor neighbors resident residents voisin voisins riverain riverains
advertiser advertisers annonceur annonceurs publicitaire publicitaires
location localisation geolocation geolocalisation
range gamme gammes
piece pieces morceau morceaux bout bouts fragment fragments eclat eclats
hazelnut hazelnuts noisette noisettes
find found trouve trouvee trouves retrouve retrouvee
inside dedans interieur
american americain americaine
giant geant
secret secretly secretement
ground crushed broye broyes broyee powdered poudre
farm farms plantation plantations exploitation exploitations
harvest harvests harvesting harvested pick picking picked recolte recolter recoltent cueillir
release releases released releasing leach leaching relache relachent relacher liberent liberer
sparkling fizzy gazeuse gazeux petillante petillant
tap robinet
cause causes caused causing provoque provoquent provoquer
russian russia russe russes russie
cyberattack cyberattacks cyberattaque cyberattaques hackers hacker piratage pirates
sun sunlight soleil
everyone everybody tous tout
percent pourcent
ivory ivoire
coast cote
`;

/** Folded word -> concept id. Built once; stems are added by the compiler (it owns the stemmer). */
export const CONCEPT_WORDS: ReadonlyArray<{ id: string; words: string[] }> = SETS.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/))
  .filter((ws) => ws.length > 1)
  .map((ws) => ({ id: `~${ws[0]}`, words: ws }));
