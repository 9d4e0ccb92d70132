/**
 * Réponses de départ en français, pour une marque générique. Vouvoiement, ton chaleureux et
 * professionnel, jamais d'ironie. Les réponses prévues pour X tiennent en 280 caractères pondérés
 * une fois les champs remplis avec des valeurs longues.
 */
import type { StarterReply } from './types';

export const STARTER_FR: StarterReply[] = [
  // Désamorcer l'hostilité
  {
    id: 'starter-fr-hostile-nous-entendons',
    title: 'Nous entendons votre colère',
    body: "Bonjour {author}, nous entendons votre mécontentement et nous en sommes sincèrement désolés. Nous aimerions comprendre ce qui s'est passé pour y remédier. Pouvez-vous nous en dire plus ? – {agent}, {brand}",
    categories: ['hostile'],
    tags: ['apaisement'],
  },
  {
    id: 'starter-fr-hostile-ton-respectueux',
    title: 'Garder un échange respectueux',
    body: "Nous sommes là pour vous aider, {author}, et nous vous écoutons. Pour que cet espace reste utile à tous, merci de garder un ton respectueux. Dites-nous ce qui ne va pas : nous ferons le nécessaire.",
    categories: ['hostile'],
    tags: ['apaisement', 'regles-communaute'],
  },
  {
    id: 'starter-fr-hostile-pris-au-serieux',
    title: 'Nous prenons votre message au sérieux',
    body: "Merci de nous avoir fait part de votre ressenti, {author}. Votre avis compte, même quand il est difficile à entendre. Notre équipe examine ce que vous décrivez et reviendra vers vous.",
    categories: ['hostile', 'complaint'],
    tags: ['apaisement'],
  },
  {
    id: 'starter-fr-hostile-reglons-en-prive',
    title: 'Réglons cela ensemble',
    body: "{author}, nous comprenons votre agacement et souhaitons régler cela directement avec vous. Pouvez-vous nous écrire en message privé avec les détails ? – {agent}",
    categories: ['hostile', 'complaint'],
    tags: ['apaisement', 'message-prive'],
  },
  {
    id: 'starter-fr-hostile-regles-communaute',
    title: 'Rappel des règles de la communauté',
    body: "Les critiques sont les bienvenues, mais les insultes et les menaces n'ont pas leur place ici. Si vous avez une remarque à faire à {brand}, nous sommes prêts à l'écouter et à y répondre.",
    categories: ['hostile'],
    tags: ['regles-communaute'],
  },

  // Corriger une rumeur
  {
    id: 'starter-fr-rumeur-inexacte',
    title: 'Information inexacte',
    body: 'Merci pour votre question, {author}. Cette information est inexacte. Vous trouverez les faits, publiés par {brand}, ici : {correction_link}',
    categories: ['rumour'],
    tags: ['rectificatif'],
  },
  {
    id: 'starter-fr-rumeur-source-officielle',
    title: 'Vérifier la source officielle',
    body: "Cette affirmation circule en ce moment, et elle est fausse. Avant de partager, nous vous invitons à consulter notre communiqué officiel : {correction_link} Merci de nous aider à freiner les fausses informations.",
    categories: ['rumour'],
    tags: ['rectificatif'],
  },
  {
    id: 'starter-fr-rumeur-securite-produit',
    title: "Rumeur sur la sécurité d'un produit",
    body: '{author}, nous comprenons votre inquiétude. Nos produits sont sûrs et respectent toutes les normes en vigueur. Vous trouverez tous les éléments ici : {correction_link}',
    categories: ['rumour'],
    tags: ['rectificatif', 'securite'],
  },
  {
    id: 'starter-fr-rumeur-faux-compte',
    title: 'Faux compte ou capture truquée',
    body: "Cette publication ne vient pas de {brand}. Nos seuls comptes officiels sont les comptes certifiés. Les informations officielles sont ici : {correction_link}",
    categories: ['rumour'],
    tags: ['rectificatif', 'usurpation'],
  },
  {
    id: 'starter-fr-rumeur-faux-concours',
    title: 'Alerte faux jeu-concours',
    body: "Attention : ce jeu-concours n'est pas organisé par {brand} et pourrait être une arnaque. Ne communiquez jamais vos coordonnées bancaires. Nos vraies offres sont ici : {correction_link}",
    categories: ['rumour'],
    tags: ['rectificatif', 'arnaque'],
  },
  {
    id: 'starter-fr-rumeur-rectificatif-detaille',
    title: 'Rectificatif détaillé',
    body:
      "Merci d'avoir soulevé ce point, {author}. Nous comprenons que cette histoire inquiète, alors soyons clairs : elle est fausse.\n\n" +
      'Notre équipe a vérifié chaque élément et publié les faits, sources à l’appui, sur notre page officielle : {correction_link}\n\n' +
      "Les fausses informations circulent vite, et nous remercions toutes celles et ceux qui vérifient avant de partager. Si une question demeure après lecture, écrivez-nous en message privé : nous vous répondrons personnellement. – {agent}, {brand}",
    categories: ['rumour'],
    platforms: ['facebook', 'instagram'],
    tags: ['rectificatif', 'long'],
  },

  // Communication d'attente
  {
    id: 'starter-fr-attente-situation-connue',
    title: 'Nous avons connaissance de la situation',
    body: "Nous avons connaissance de la situation et l'examinons en priorité. Nous partagerons ici des informations vérifiées dès que possible. Merci de votre patience.",
    categories: ['holding'],
    tags: ['crise'],
  },
  {
    id: 'starter-fr-attente-point-a-venir',
    title: 'Un point suivra',
    body: 'Merci pour vos messages. Nos équipes rassemblent les éléments et nous publierons très prochainement un point sur nos canaux officiels. – {brand}',
    categories: ['holding'],
    tags: ['crise'],
  },
  {
    id: 'starter-fr-attente-personnelle',
    title: "Réponse d'attente individuelle",
    body: '{author}, merci pour votre message. Nous examinons la situation en ce moment même et reviendrons vers vous avec des informations vérifiées dès que possible.',
    categories: ['holding', 'question'],
    tags: ['crise'],
  },
  {
    id: 'starter-fr-attente-declaration-complete',
    title: "Communication d'attente (complète)",
    body:
      'Vous êtes nombreux à nous interroger sur la situation, et nous comprenons votre inquiétude.\n\n' +
      "Où en sommes-nous ? Nos équipes sont mobilisées, nous vérifions les faits avec soin et nous ne communiquerons rien qui n'ait été vérifié.\n\n" +
      "Nous publierons un point sur nos canaux officiels dès que nous disposerons d'informations fiables. Merci de votre patience et de votre confiance. – L'équipe {brand}",
    categories: ['holding'],
    platforms: ['facebook', 'instagram'],
    tags: ['crise', 'long'],
  },

  // Réclamations : accuser réception, poursuivre en message privé
  {
    id: 'starter-fr-reclamation-desoles-prive',
    title: 'Désolés, poursuivons en privé',
    body: 'Nous sommes désolés de lire cela, {author}. Pouvez-vous nous envoyer un message privé avec votre numéro de commande ? Nous regardons cela tout de suite. – {agent}',
    categories: ['complaint'],
    tags: ['message-prive'],
  },
  {
    id: 'starter-fr-reclamation-livraison',
    title: 'Livraison en retard ou manquante',
    body: "{author}, nous sommes désolés que votre commande ne soit pas encore arrivée. Envoyez-nous votre numéro de commande en message privé et nous suivrons le colis pour vous. – {agent}, {brand}",
    categories: ['complaint'],
    tags: ['message-prive', 'livraison'],
  },
  {
    id: 'starter-fr-reclamation-remboursement',
    title: 'Demande de remboursement',
    body: "Nous comprenons, {author}, et sommes désolés pour ce désagrément. Écrivez-nous en message privé avec les détails de votre commande : nous verrons ensemble les possibilités de remboursement.",
    categories: ['complaint'],
    tags: ['message-prive', 'remboursement'],
  },
  {
    id: 'starter-fr-reclamation-produit-defectueux',
    title: 'Produit défectueux ou abîmé',
    body: "Désolés de voir cela, {author} : ce n'est pas la qualité que nous vous devons. Envoyez-nous en message privé une photo et votre numéro de commande, nous trouverons une solution.",
    categories: ['complaint'],
    tags: ['message-prive', 'produit'],
  },
  {
    id: 'starter-fr-reclamation-service',
    title: 'Mauvaise expérience de service',
    body: "Merci de nous l'avoir signalé, {author}. Ce n'est pas l'expérience que nous voulons offrir chez {brand}. Pouvez-vous nous écrire en message privé pour que nous comprenions ce qui s'est passé ? – {agent}",
    categories: ['complaint'],
    tags: ['message-prive', 'service'],
  },

  // Questions fréquentes
  {
    id: 'starter-fr-question-besoin-details',
    title: 'Question nécessitant des détails',
    body: 'Bonne question, {author} ! Pour vous répondre précisément, il nous faut quelques informations. Pouvez-vous nous écrire en message privé ? Nous vous répondrons au plus vite.',
    categories: ['question'],
    tags: ['message-prive'],
  },
  {
    id: 'starter-fr-question-page-aide',
    title: "Où trouver la réponse",
    body: "Bonjour {author}, vous trouverez la réponse à cette question, et à bien d'autres, sur notre page d'aide : {help_link} N'hésitez pas si quelque chose n'est pas clair !",
    categories: ['question'],
    tags: ['faq'],
  },
  {
    id: 'starter-fr-question-nous-verifions',
    title: 'Nous vérifions et revenons vers vous',
    body: "Merci pour votre question, {author}. Nous vérifions auprès de l'équipe concernée et revenons vers vous ici très vite.",
    categories: ['question'],
    tags: ['suivi'],
  },
  {
    id: 'starter-fr-question-horaires',
    title: 'Contact et horaires',
    body: 'Bonjour {author}, notre service client est joignable {opening_hours}. Vous pouvez aussi nous écrire à tout moment en message privé.',
    categories: ['question'],
    tags: ['contact'],
  },

  // Remerciements
  {
    id: 'starter-fr-remerciement-merci',
    title: 'Merci !',
    body: "Merci beaucoup, {author} ! Des messages comme le vôtre font plaisir à toute l'équipe {brand}.",
    categories: ['praise'],
    tags: ['merci'],
  },
  {
    id: 'starter-fr-remerciement-ravis',
    title: 'Ravis que cela vous ait plu',
    body: "Nous sommes ravis que cela vous ait plu, {author} ! Merci d'avoir pris le temps de nous le dire. 😊",
    categories: ['praise'],
    tags: ['merci'],
  },
  {
    id: 'starter-fr-remerciement-transmettre',
    title: "Nous transmettons à l'équipe",
    body: "Quel gentil message, {author}. Nous le transmettons avec plaisir à toute l'équipe. Merci pour votre soutien ! – {agent}",
    categories: ['praise'],
    tags: ['merci'],
  },

  // Autre
  {
    id: 'starter-fr-autre-merci-commentaire',
    title: 'Merci pour votre commentaire',
    body: 'Merci pour votre commentaire, {author}. Nous lisons tous les messages et restons à votre disposition si besoin.',
    categories: ['other'],
    tags: ['general'],
  },
];
