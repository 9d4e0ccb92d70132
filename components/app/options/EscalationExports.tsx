import { claims } from '../../../lib/db';
import type { EscalationRecord } from '../../../lib/escalation';
import { crisisReportMarkdown, escalationsToCsv, escalationsToJson } from '../../../lib/export';
import { t } from '../../../lib/i18n';
import { datedFilename, downloadText, MIME } from './parts/download';

/** Downloads of the queue as shown (after the status filter): JSON, CSV and the Markdown crisis report. */
export function EscalationExports({ records }: { records: readonly EscalationRecord[] }) {
  const list = [...records];
  const report = async () => {
    const register = await claims.list();
    const markdown = crisisReportMarkdown({ claims: register, escalations: list, generatedAt: new Date().toISOString(), title: t('esc.export.reportTitle') });
    downloadText(datedFilename('crisis-report', 'md'), markdown, MIME.markdown);
  };
  return (
    <span class="exports">
      <button type="button" data-testid="escalation-export-json" onClick={() => downloadText(datedFilename('escalations', 'json'), escalationsToJson(list), MIME.json)}>
        {t('esc.export.json')}
      </button>{' '}
      <button type="button" data-testid="escalation-export-csv" onClick={() => downloadText(datedFilename('escalations', 'csv'), escalationsToCsv(list), MIME.csv)}>
        {t('esc.export.csv')}
      </button>{' '}
      <button type="button" data-testid="escalation-export-report" onClick={report}>
        {t('esc.export.report')}
      </button>
    </span>
  );
}
