import { useEffect, useState } from 'preact/hooks';
import { checkReplyTone } from '../../lib/classify';
import { t } from '../../lib/i18n';
import type { SelectedComment, Suggestions } from '../../lib/messages';
import { send } from '../../lib/messaging';
import { measureLength } from '../../lib/replies/length';
import { fillPlaceholders } from '../../lib/replies/placeholders';
import { EscalateForm, type EscalateFormProps } from '../page/EscalateForm';
import { PAGE_CSS } from '../page/styles';
import { SuggestionCard, type InsertState } from '../page/SuggestionCard';

/**
 * The popup's actions on the comment selected on the tab: the same suggestions as the in-page
 * card (ranked by the background), insertion into the page's reply box, and escalation with a
 * screenshot of the visible tab (the click on the toolbar button granted activeTab).
 */
export function PopupActions({ tabId, selected }: { tabId: number; selected: SelectedComment }) {
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [insertState, setInsertState] = useState<InsertState>({ status: 'idle' });
  const [escalating, setEscalating] = useState(false);
  const [escState, setEscState] = useState<EscalateFormProps['state']>({ status: 'idle' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('ui:suggest', { tabId }).then(setSuggestions, (e: Error) => setError(e.message));
  }, [tabId, selected.selectedAt]);

  const c = selected.comment;
  const values: Record<string, string> = {};
  for (const s of suggestions?.suggestions ?? []) for (const f of s.fields) if (f.value && !values[f.name]) values[f.name] = f.value;
  return (
    <div class="vg-root">
      <style>{PAGE_CSS}</style>
      {error && <p role="alert">{t('common.error', { message: error })}</p>}
      {suggestions && !escalating && (
        <SuggestionCard
          comment={{ id: c.id, author: c.author, excerpt: c.text.slice(0, 400) }}
          suggestions={suggestions.suggestions.map((s) => ({ ...s, fields: s.fields.map((f) => ({ name: f.name, required: f.required })) }))}
          values={values}
          fill={fillPlaceholders}
          measure={(text) => measureLength(text, c.platform)}
          checkTone={checkReplyTone}
          insertState={insertState}
          autoFocus={false}
          onClose={() => window.close()}
          onInsert={async (req) => {
            setInsertState({ status: 'inserting' });
            try {
              const r = await send('ui:insert-reply', { tabId, ...req });
              setInsertState(r.ok ? { status: 'inserted' } : { status: r.method === 'clipboard' ? 'clipboard' : 'error', message: r.error });
            } catch (e) {
              setInsertState({ status: 'error', message: (e as Error).message });
            }
          }}
        />
      )}
      {!escalating ? (
        <button type="button" class="vg-btn" data-testid="popup-escalate" onClick={() => setEscalating(true)}>
          {t('page.escalate.title')}
        </button>
      ) : (
        <EscalateForm
          comment={{ id: c.id, author: c.author, excerpt: c.text.slice(0, 400) }}
          claim={selected.verdict.rumour.match?.claimId ?? null}
          defaultSeverity={selected.verdict.rumour.match || selected.verdict.hostility.severity === 'high' ? 'high' : 'medium'}
          state={escState}
          onClose={() => setEscalating(false)}
          onSend={async ({ note, severity }) => {
            setEscState({ status: 'sending' });
            try {
              await send('ui:escalate', { tabId, note, severity });
              setEscState({ status: 'sent' });
            } catch (e) {
              setEscState({ status: 'error', message: (e as Error).message });
            }
          }}
        />
      )}
    </div>
  );
}
