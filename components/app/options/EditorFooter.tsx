/** The end of an editor form (reply library, rumour register): its error, Save and Cancel. */
import { t } from '../../../lib/i18n';

export function EditorFooter({ error, testId, onCancel }: { error: string; testId: { error: string; save: string }; onCancel: () => void }) {
  return (
    <>
      {error && (
        <p role="alert" class="error" data-testid={testId.error}>
          {t('common.error', { message: error })}
        </p>
      )}
      <div class="actions">
        <button type="submit" data-testid={testId.save}>
          {t('common.save')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
