import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { send } from '../../../lib/messaging';
import type { Settings } from '../../../lib/settings/schema';

/** How long observations are kept; saved through the background so every open page follows. */
export function AuditRetention({ settings }: { settings: Settings }) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const [status, setStatus] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) {
      setStatus(t('audit.retention.invalid'));
      return;
    }
    try {
      await send('ui:save-settings', { retentionDays: n });
      setStatus(t('common.saved'));
    } catch (err) {
      setStatus(t('common.error', { message: (err as Error).message }));
    }
  };
  return (
    <form onSubmit={save} data-testid="audit-retention">
      <fieldset>
        <legend>{t('audit.retention')}</legend>
        <label class="inline">
          {t('audit.retention.days')}{' '}
          <input
            type="number"
            min={1}
            max={365}
            step={1}
            data-testid="audit-retention-days"
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" data-testid="audit-retention-save">
          {t('common.save')}
        </button>
        <p class="help">{t('audit.retention.help')}</p>
        <p class="status" role="status">
          {status}
        </p>
      </fieldset>
    </form>
  );
}
