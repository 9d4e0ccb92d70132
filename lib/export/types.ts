/** What the exports read. Plain shapes (the database records satisfy them), so this module stays pure. */
export interface RegisterEntry {
  id: string;
  statement: string;
  variants: string[];
  keywords: string[];
  lang: string;
  status: string;
  correctionText: string;
  correctionLink: string;
  replyIds: string[];
  severity: string;
  owner: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type { EscalationRecord } from '../escalation/record';
