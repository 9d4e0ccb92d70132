import type { Settings } from '../../../lib/settings/schema';
import { AuditLog } from './AuditLog';
import { AuditReport } from './AuditReport';
import { AuditRetention } from './AuditRetention';

/** What happened: the audit log, the after-action report for a period, and how long data is kept. */
export function AuditSection({ settings }: { settings: Settings }) {
  return (
    <div class="audit" data-testid="audit">
      <AuditLog />
      <AuditReport settings={settings} />
      <AuditRetention key={settings.retentionDays} settings={settings} />
    </div>
  );
}
