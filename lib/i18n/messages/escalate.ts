import type { Catalog } from '../types';

export default {
  en: {
    'page.escalate.title': 'Escalate to the crisis team',
    'page.escalate.claim': 'Matches the register entry: {claim}',
    'page.escalate.note': 'Your note for the crisis team',
    'page.escalate.severity': 'Severity',
    'page.escalate.severity.low': 'Low',
    'page.escalate.severity.medium': 'Medium',
    'page.escalate.severity.high': 'High',
    'page.escalate.severity.critical': 'Critical',
    'page.escalate.send': 'Send to the crisis team',
    'page.escalate.sent': 'Escalated: the crisis team will receive it (see the queue in the settings).',
    'page.insert.gone': 'The comment is no longer on the page: scroll back to it and try again.',
    'page.insert.noComposer': 'The reply box did not open; the reply is on the clipboard: open the reply box and paste it.',
    'page.command.noComment': 'Put the focus or the pointer on a comment first.',
  },
  fr: {
    'page.escalate.title': 'Transmettre à la cellule de crise',
    'page.escalate.claim': 'Correspond à l’entrée du registre : {claim}',
    'page.escalate.note': 'Votre note pour la cellule de crise',
    'page.escalate.severity': 'Gravité',
    'page.escalate.severity.low': 'Faible',
    'page.escalate.severity.medium': 'Moyenne',
    'page.escalate.severity.high': 'Élevée',
    'page.escalate.severity.critical': 'Critique',
    'page.escalate.send': 'Transmettre à la cellule de crise',
    'page.escalate.sent': 'Transmis : la cellule de crise le recevra (voir la file dans les réglages).',
    'page.insert.gone': "Le commentaire n'est plus sur la page : revenez-y et réessayez.",
    'page.insert.noComposer': "La zone de réponse ne s'est pas ouverte ; la réponse est dans le presse-papiers : ouvrez la zone de réponse et collez-la.",
    'page.command.noComment': "Placez d'abord le focus ou le pointeur sur un commentaire.",
  },
} satisfies Catalog;
