import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { endpoints as endpointStore, saveEndpoint, type StoredEndpoint } from '../../../lib/db';
import { ENDPOINT_KINDS, originPermissionFor, validateEndpoint, type EndpointConfig, type EndpointKind } from '../../../lib/escalation/endpoints';
import { t } from '../../../lib/i18n';

/** Development builds (end-to-end tests, the demo) may post to a receiver on this machine. */
const ALLOW_LOOPBACK = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'demo';

interface Draft {
  id: string | null;
  kind: EndpointKind;
  name: string;
  target: string;
}

const EMPTY: Draft = { id: null, kind: 'slack', name: '', target: '' };

function draftOf(e: EndpointConfig): Draft {
  return { id: e.id ?? null, kind: e.kind, name: e.name, target: e.kind === 'email' ? e.address : e.url };
}

function targetOf(e: EndpointConfig): string {
  return e.kind === 'email' ? e.address : e.url;
}

/**
 * Where escalations go. Saving a web endpoint first asks the browser for the host permission
 * (inside the click: permissions.request needs the user's gesture), and saves nothing if refused.
 */
export function EndpointSettings({ endpoints }: { endpoints: readonly StoredEndpoint[] }) {
  const [d, setD] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const set = (patch: Partial<Draft>) => setD((cur) => ({ ...(cur ?? EMPTY), ...patch }));

  const save = async (e: Event) => {
    e.preventDefault();
    if (!d) return;
    setError('');
    setStatus('');
    const cfg = {
      ...(d.id ? { id: d.id } : {}),
      kind: d.kind,
      name: d.name,
      ...(d.kind === 'email' ? { address: d.target } : { url: d.target }),
    };
    const check = validateEndpoint(cfg, { allowLoopback: ALLOW_LOOPBACK });
    if (!check.ok) {
      setError(t('esc.endpoint.invalid', { message: check.error }));
      return;
    }
    const endpoint = check.endpoint;
    if (endpoint.kind !== 'email') {
      // Nothing may be awaited before this call: the browser only shows its prompt during a gesture.
      const origin = originPermissionFor(endpoint.url);
      let granted = false;
      try {
        granted = await browser.permissions.request({ origins: [origin] });
      } catch {
        granted = false;
      }
      if (!granted) {
        setError(t('esc.endpoint.permissionRefused', { origin }));
        return;
      }
    }
    try {
      const { endpoint: saved, backlog } = await saveEndpoint(endpoint, { allowLoopback: ALLOW_LOOPBACK });
      setStatus(backlog > 0 ? t('esc.endpoint.savedBacklog', { name: saved.name, count: backlog }) : t('esc.endpoint.saved', { name: saved.name }));
      setD(null);
    } catch (err) {
      setError(t('esc.endpoint.invalid', { message: (err as Error).message }));
    }
  };

  const remove = async (e: StoredEndpoint) => {
    setError('');
    try {
      await endpointStore.remove(e.id);
      setStatus(t('esc.endpoint.removed', { name: e.name }));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <fieldset class="endpoints" data-testid="endpoints">
      <legend>{t('esc.endpoints')}</legend>
      <p class="help">{t('esc.endpoints.help')}</p>
      {endpoints.length === 0 && <p data-testid="endpoints-none">{t('esc.endpoints.none')}</p>}
      <ul class="endpoint-list">
        {endpoints.map((e) => (
          <li data-testid={`endpoint-${e.id}`}>
            <strong>{e.name}</strong> <span class="help">({t(`esc.endpoint.kind.${e.kind}`)})</span> <code>{targetOf(e)}</code>{' '}
            <button type="button" data-testid="endpoint-edit" onClick={() => setD(draftOf(e))}>
              {t('esc.endpoint.edit')}
            </button>{' '}
            <button type="button" data-testid="endpoint-remove" onClick={() => remove(e)}>
              {t('esc.endpoint.remove')}
            </button>
          </li>
        ))}
      </ul>
      {d ? (
        <form class="editor" onSubmit={save} data-testid="endpoint-form">
          <label class="inline">
            {t('esc.endpoint.kind')}{' '}
            <select data-testid="endpoint-kind" value={d.kind} onChange={(e) => set({ kind: e.currentTarget.value as EndpointKind })}>
              {ENDPOINT_KINDS.map((k) => (
                <option value={k}>{t(`esc.endpoint.kind.${k}`)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('esc.endpoint.name')}
            <input data-testid="endpoint-name" value={d.name} maxLength={100} onInput={(e) => set({ name: e.currentTarget.value })} />
          </label>
          <label>
            {d.kind === 'email' ? t('esc.endpoint.address') : t('esc.endpoint.url')}
            {d.kind === 'email' ? (
              <input type="email" data-testid="endpoint-target" value={d.target} onInput={(e) => set({ target: e.currentTarget.value })} />
            ) : (
              <input type="url" data-testid="endpoint-target" value={d.target} onInput={(e) => set({ target: e.currentTarget.value })} />
            )}
          </label>
          <div class="actions">
            <button type="submit" data-testid="endpoint-save">
              {t('common.save')}
            </button>{' '}
            <button type="button" onClick={() => setD(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" data-testid="endpoint-add" onClick={() => setD({ ...EMPTY })}>
          {t('esc.endpoint.add')}
        </button>
      )}
      {error && (
        <p role="alert" class="error" data-testid="endpoint-error">
          {error}
        </p>
      )}
      <p class="status" role="status" data-testid="endpoint-status">
        {status}
      </p>
    </fieldset>
  );
}
