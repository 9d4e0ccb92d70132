import { describe, expect, test, vi } from 'vitest';
import { createRouter, type Sender } from '../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

const env = { extensionId: 'vigie-id', extensionOrigin: 'chrome-extension://vigie-id/' };
const fromX: Sender = { id: 'vigie-id', url: 'https://x.com/cacaoandco/status/1', tab: { id: 4 } as Sender['tab'] };
const fromPopup: Sender = { id: 'vigie-id', url: 'chrome-extension://vigie-id/popup.html' };

function backgroundRouter() {
  const log = vi.fn();
  const handlers = {
    'cs:get-settings': vi.fn(async () => DEFAULT_SETTINGS),
    'ui:save-settings': vi.fn(async (patch: object) => ({ ...DEFAULT_SETTINGS, ...patch })),
  };
  return { log, handlers, route: createRouter(handlers, { context: 'background', env, log }) };
}

describe('the background accepts only well-formed messages from expected senders', () => {
  test('a content script on x.com gets the settings', async () => {
    const { route } = backgroundRouter();
    await expect(route({ type: 'cs:get-settings', payload: {} }, fromX)).resolves.toEqual({ ok: true, data: DEFAULT_SETTINGS });
  });

  test('a forged content-script message from another site is rejected and logged', async () => {
    const { route, handlers, log } = backgroundRouter();
    const evil: Sender = { ...fromX, url: 'https://evil.example/x.com/status/1' };
    const reply = await route({ type: 'cs:get-settings', payload: {} }, evil);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/unexpected host evil\.example/) });
    expect(handlers['cs:get-settings']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/unexpected host/), expect.anything());
  });

  test('a message from another extension is rejected', async () => {
    const { route, handlers } = backgroundRouter();
    const reply = await route({ type: 'ui:save-settings', payload: { sensitivity: 'low' } }, { ...fromPopup, id: 'other-ext' });
    expect(reply).toMatchObject({ ok: false });
    expect(handlers['ui:save-settings']).not.toHaveBeenCalled();
  });

  test('an extension-page message sent from a web page is rejected', async () => {
    const { route, handlers } = backgroundRouter();
    const reply = await route({ type: 'ui:save-settings', payload: { sensitivity: 'low' } }, fromX);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/rejected sender/) });
    expect(handlers['ui:save-settings']).not.toHaveBeenCalled();
  });

  test('a malformed payload is rejected with the field named', async () => {
    const { route, handlers, log } = backgroundRouter();
    const reply = await route({ type: 'ui:save-settings', payload: { sensitivity: 'paranoid' } }, fromPopup);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/malformed payload at sensitivity/) });
    expect(handlers['ui:save-settings']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  test('unknown message types and non-objects are rejected', async () => {
    const { route } = backgroundRouter();
    await expect(route({ type: 'cs:delete-everything', payload: {} }, fromX)).resolves.toMatchObject({ ok: false, error: 'unknown message type' });
    await expect(route('hello', fromX)).resolves.toMatchObject({ ok: false });
    await expect(route(null, fromX)).resolves.toMatchObject({ ok: false });
  });

  test('a valid extension-page message reaches its handler', async () => {
    const { route } = backgroundRouter();
    await expect(route({ type: 'ui:save-settings', payload: { sensitivity: 'low' } }, fromPopup)).resolves.toMatchObject({ ok: true, data: { sensitivity: 'low' } });
  });

  test('a handler failure becomes an error reply, not a crash', async () => {
    const route = createRouter({ 'cs:get-settings': async () => { throw new Error('database closed'); } }, { context: 'background', env, log: () => {} });
    await expect(route({ type: 'cs:get-settings', payload: {} }, fromX)).resolves.toEqual({ ok: false, error: 'database closed' });
  });
});

describe('a content script accepts background messages only', () => {
  const onSettings = vi.fn(async () => ({ ok: true as const }));
  const route = createRouter({ 'bg:settings-changed': onSettings }, { context: 'content', env, log: () => {} });

  test('settings pushed by the background are applied', async () => {
    await expect(route({ type: 'bg:settings-changed', payload: DEFAULT_SETTINGS }, { id: 'vigie-id' })).resolves.toMatchObject({ ok: true });
    expect(onSettings).toHaveBeenCalledOnce();
  });

  test('a "background" message coming from a tab is forged and rejected', async () => {
    onSettings.mockClear();
    await expect(route({ type: 'bg:settings-changed', payload: DEFAULT_SETTINGS }, fromX)).resolves.toMatchObject({ ok: false });
    expect(onSettings).not.toHaveBeenCalled();
  });

  test('messages meant for the background are left to it', () => {
    expect(route({ type: 'cs:get-settings', payload: {} }, { id: 'vigie-id' })).toBeUndefined();
  });
});
