/** Exports for the crisis team: register and escalation queue (JSON, CSV), crisis report (Markdown). Pure. */
export { registerToJson, registerToCsv, LIST_SEPARATOR } from './register';
export { escalationsToJson, escalationsToCsv } from './escalations';
export { crisisReportMarkdown, type CrisisReportInput } from './crisis-report';
export { escapeInline, escapeLine, quoteBlock, safeLink } from './markdown';
export type { RegisterEntry, EscalationRecord } from './types';
