/** Escalations: packets, endpoints, delivery formats and the outbox policy. Pure (no DOM, no database). */
export * from './packet';
export * from './endpoints';
export * from './format';
export * from './outbox';
export * from './record';
export { escapeSlack, escapeMarkdownText, truncate } from './text';
