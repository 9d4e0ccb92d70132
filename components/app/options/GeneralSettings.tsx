import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { send } from '../../../lib/messaging';
import type { Settings, SettingsPatch } from '../../../lib/settings/schema';
import { SENSITIVITIES } from '../../../lib/types';

/**
 * Language, sensitivity, scanning scope and the names that fill replies. Saved through the
 * background, which pushes the change to open pages (no reload).
 */
export function GeneralSettings({ settings }: { settings: Settings }) {
  const [status, setStatus] = useState('');
  const save = async (patch: SettingsPatch) => {
    try {
      await send('ui:save-settings', patch);
      setStatus(t('common.saved'));
    } catch (e) {
      setStatus(t('common.error', { message: (e as Error).message }));
    }
  };
  return (
    <>
      <fieldset>
        <legend>{t('options.language')}</legend>
        <select
          data-testid="setting-locale"
          value={settings.locale}
          onChange={(e) => save({ locale: (e.currentTarget as HTMLSelectElement).value as Settings['locale'] })}
        >
          {(['auto', 'en', 'fr'] as const).map((l) => (
            <option value={l}>{t(`options.language.${l}`)}</option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('options.sensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label>
            <input
              type="radio"
              name="sensitivity"
              value={s}
              data-testid={`setting-sensitivity-${s}`}
              checked={settings.sensitivity === s}
              onChange={() => save({ sensitivity: s })}
            />{' '}
            {t(`common.sensitivity.${s}`)}
            <span class="help"> — {t(`options.sensitivity.help.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options.scope')}</legend>
        {(['all', 'listed'] as const).map((s) => (
          <label>
            <input type="radio" name="scope" checked={settings.scanScope === s} onChange={() => save({ scanScope: s })} />{' '}
            {t(`options.scope.${s}`)}
          </label>
        ))}
        <label>
          {t('options.scope.list')}
          <textarea
            rows={3}
            cols={60}
            value={settings.scanList.join('\n')}
            onChange={(e) =>
              save({ scanList: (e.currentTarget as HTMLTextAreaElement).value.split('\n').map((l) => l.trim()).filter(Boolean) })
            }
          />
        </label>
      </fieldset>
      <fieldset>
        <label>
          {t('options.brand')}{' '}
          <input value={settings.brandName} maxLength={100} onChange={(e) => save({ brandName: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          {t('options.agent')}{' '}
          <input value={settings.agentName} maxLength={100} onChange={(e) => save({ agentName: (e.currentTarget as HTMLInputElement).value })} />
        </label>
      </fieldset>
      <p class="status" role="status" data-testid="settings-status">{status}</p>
    </>
  );
}
