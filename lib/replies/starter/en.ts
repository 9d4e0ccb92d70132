/**
 * English starter replies for a generic brand. Warm, plain, no sarcasm; every reply that is meant
 * for X fits 280 weighted characters once its placeholders are filled with long values.
 */
import type { StarterReply } from './types';

export const STARTER_EN: StarterReply[] = [
  // De-escalation of hostility
  {
    id: 'starter-en-hostile-we-hear-you',
    title: 'We hear your frustration',
    body: "Hi {author}, we hear you, and we're sorry this has made you so angry. We'd like to understand what happened and put it right. Could you tell us a bit more? — {agent}, {brand}",
    categories: ['hostile'],
    tags: ['de-escalation'],
  },
  {
    id: 'starter-en-hostile-stay-respectful',
    title: 'Keeping the conversation respectful',
    body: "We want to help, {author}, and we're listening. To keep this space useful for everyone, we ask that we all stay respectful. Tell us what went wrong and we'll do our best to fix it.",
    categories: ['hostile'],
    tags: ['de-escalation', 'community-rules'],
  },
  {
    id: 'starter-en-hostile-taken-seriously',
    title: 'We take this seriously',
    body: "Thank you for telling us, {author}. Your feedback matters to us, even when it's hard to hear. Our team is looking at what you describe and we'll come back to you.",
    categories: ['hostile', 'complaint'],
    tags: ['de-escalation'],
  },
  {
    id: 'starter-en-hostile-sort-it-out-privately',
    title: "Let's sort this out together",
    body: "{author}, we understand you're upset and we'd like to sort this out with you directly. Could you send us a private message with the details? — {agent}",
    categories: ['hostile', 'complaint'],
    tags: ['de-escalation', 'private-message'],
  },
  {
    id: 'starter-en-hostile-community-rules',
    title: 'Community rules reminder',
    body: "We welcome criticism, but insults and threats aren't acceptable here. If you have a concern about {brand}, we're ready to listen and to answer.",
    categories: ['hostile'],
    tags: ['community-rules'],
  },

  // Rumour correction
  {
    id: 'starter-en-rumour-not-accurate',
    title: 'This information is not accurate',
    body: 'Thanks for asking, {author}. This information is not accurate. Here are the facts, published by {brand}: {correction_link}',
    categories: ['rumour'],
    tags: ['correction'],
  },
  {
    id: 'starter-en-rumour-check-official-source',
    title: 'Please check the official source',
    body: "We've seen this claim going around and it is false. Before sharing, please check our official statement: {correction_link} Thank you for helping stop misinformation.",
    categories: ['rumour'],
    tags: ['correction'],
  },
  {
    id: 'starter-en-rumour-product-safety',
    title: 'Product safety rumour',
    body: '{author}, we understand the concern. Our products are safe and meet every applicable standard. You can read the full facts here: {correction_link}',
    categories: ['rumour'],
    tags: ['correction', 'safety'],
  },
  {
    id: 'starter-en-rumour-fake-account',
    title: 'Fake account or doctored screenshot',
    body: "This post doesn't come from {brand}. Our only official accounts are the verified ones. Official information is here: {correction_link}",
    categories: ['rumour'],
    tags: ['correction', 'impersonation'],
  },
  {
    id: 'starter-en-rumour-fake-giveaway',
    title: 'Fake giveaway warning',
    body: 'Careful: this giveaway is not run by {brand} and may be a scam. Never share your bank details. Our real offers are listed here: {correction_link}',
    categories: ['rumour'],
    tags: ['correction', 'scam'],
  },
  {
    id: 'starter-en-rumour-detailed-correction',
    title: 'Detailed correction',
    body:
      "Thank you for raising this, {author}. We understand why this story is worrying, so we want to be clear: it is not true.\n\n" +
      "Our team has checked every point and published the facts, with sources, on our official page: {correction_link}\n\n" +
      "Misinformation spreads quickly, and we're grateful to everyone who checks before sharing. If you still have a question after reading it, send us a private message and we'll answer you personally. — {agent}, {brand}",
    categories: ['rumour'],
    platforms: ['facebook', 'instagram'],
    tags: ['correction', 'long'],
  },

  // Holding statements
  {
    id: 'starter-en-holding-aware',
    title: 'We are aware and looking into it',
    body: "We are aware of the situation and are looking into it as a priority. We'll share an update here as soon as we have verified information. Thank you for your patience.",
    categories: ['holding'],
    tags: ['crisis'],
  },
  {
    id: 'starter-en-holding-update-to-follow',
    title: 'Update to follow',
    body: 'Thank you for your messages. Our teams are gathering the facts and we will post an update on our official channels shortly. — {brand}',
    categories: ['holding'],
    tags: ['crisis'],
  },
  {
    id: 'starter-en-holding-personal',
    title: 'Holding reply to one person',
    body: "{author}, thank you for your concern. We're looking into this right now and will share verified information as soon as we can.",
    categories: ['holding', 'question'],
    tags: ['crisis'],
  },
  {
    id: 'starter-en-holding-full-statement',
    title: 'Holding statement (full)',
    body:
      'We know many of you are asking about the situation, and we understand your concern.\n\n' +
      'Here is where we are: our teams are working on it right now, we are checking the facts carefully, and we will not share anything that has not been verified.\n\n' +
      "We'll post an update on our official channels as soon as we have reliable information. Thank you for your patience and your trust. — The {brand} team",
    categories: ['holding'],
    platforms: ['facebook', 'instagram'],
    tags: ['crisis', 'long'],
  },

  // Complaint acknowledgement, continued in private messages
  {
    id: 'starter-en-complaint-sorry-private',
    title: "Sorry, let's continue in private",
    body: "We're sorry to hear this, {author}. Could you send us a private message with your order number? We'll look into it right away. — {agent}",
    categories: ['complaint'],
    tags: ['private-message'],
  },
  {
    id: 'starter-en-complaint-delivery',
    title: 'Late or missing delivery',
    body: "{author}, we're sorry your order hasn't arrived yet. Please send us a private message with your order number so we can track it for you. — {agent}, {brand}",
    categories: ['complaint'],
    tags: ['private-message', 'delivery'],
  },
  {
    id: 'starter-en-complaint-refund',
    title: 'Refund request',
    body: "We understand, {author}, and we're sorry for the trouble. Send us a private message with your order details and we'll look at your refund options together.",
    categories: ['complaint'],
    tags: ['private-message', 'refund'],
  },
  {
    id: 'starter-en-complaint-faulty-product',
    title: 'Faulty or damaged product',
    body: "Sorry to see this, {author}, that's not the quality we want for you. Please send us a private message with a photo and your order number, and we'll make it right.",
    categories: ['complaint'],
    tags: ['private-message', 'product'],
  },
  {
    id: 'starter-en-complaint-service',
    title: 'Poor service experience',
    body: "Thank you for telling us, {author}. This isn't the experience we want anyone to have with {brand}. Could you send us a private message so we can look into what happened? — {agent}",
    categories: ['complaint'],
    tags: ['private-message', 'service'],
  },

  // Common questions
  {
    id: 'starter-en-question-need-details',
    title: 'Question that needs account details',
    body: "Good question, {author}! To answer precisely we'll need a few details. Could you send us a private message? We'll reply as soon as possible.",
    categories: ['question'],
    tags: ['private-message'],
  },
  {
    id: 'starter-en-question-help-page',
    title: 'Where to find the answer',
    body: "Hi {author}, you'll find the answer to this, and to other frequent questions, on our help page: {help_link} Let us know if anything is unclear!",
    categories: ['question'],
    tags: ['faq'],
  },
  {
    id: 'starter-en-question-checking',
    title: "We're checking and will come back",
    body: "Thanks for your question, {author}. We're checking with the right team and will come back to you here shortly.",
    categories: ['question'],
    tags: ['follow-up'],
  },
  {
    id: 'starter-en-question-opening-hours',
    title: 'Contact and opening hours',
    body: 'Hi {author}, our customer service is available {opening_hours}. You can also reach us any time by private message.',
    categories: ['question'],
    tags: ['contact'],
  },

  // Praise
  {
    id: 'starter-en-praise-thank-you',
    title: 'Thank you!',
    body: "Thank you so much, {author}! Messages like yours make the whole {brand} team's day.",
    categories: ['praise'],
    tags: ['thanks'],
  },
  {
    id: 'starter-en-praise-glad-you-enjoyed',
    title: 'Glad you enjoyed it',
    body: "We're delighted you enjoyed it, {author}! Thanks for taking the time to tell us. 😊",
    categories: ['praise'],
    tags: ['thanks'],
  },
  {
    id: 'starter-en-praise-pass-it-on',
    title: "We'll pass it on to the team",
    body: 'What a lovely message, {author}. We’ll pass it on to the team. Thank you for your support! — {agent}',
    categories: ['praise'],
    tags: ['thanks'],
  },

  // Other
  {
    id: 'starter-en-other-thanks-for-comment',
    title: 'Thanks for your comment',
    body: "Thanks for your comment, {author}. We read every message, and we're here if you need anything.",
    categories: ['other'],
    tags: ['general'],
  },
];
