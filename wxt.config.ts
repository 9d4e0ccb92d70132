import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts Vigie reads. Nothing else: no <all_urls>, no localhost in a production build.
const PLATFORM_HOSTS = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://www.instagram.com/*',
];

// The e2e and demo builds may deliver escalations to a loopback receiver; production must not.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'clipboardWrite'],
    host_permissions: mode === 'e2e' || mode === 'demo' ? [...PLATFORM_HOSTS, ...LOOPBACK_HOSTS] : PLATFORM_HOSTS,
    // Escalation endpoints (Slack, Teams, a team's JSON receiver) are asked for when configured.
    optional_host_permissions: ['https://*/*'],
    // The shortcut opens the suggestion card (or the escalation form) for the comment under focus
    // or under the pointer; pressing it also grants activeTab, so an escalation gets a screenshot.
    commands: {
      'suggest-reply': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_cmdSuggest__' },
      'escalate-comment': { suggested_key: { default: 'Alt+Shift+E' }, description: '__MSG_cmdEscalate__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Comments stay in the browser; an escalation goes only to the team's own endpoint.
            gecko: { id: 'vigie@vigie.example', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
