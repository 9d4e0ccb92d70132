import { getSettings } from '../../db';
import type { BackgroundFeature } from '../feature';
import { saveAndBroadcast } from '../settings-sync';

export const settingsFeature: BackgroundFeature = {
  name: 'settings',
  handlers: {
    'cs:get-settings': () => getSettings(),
    'ui:get-settings': () => getSettings(),
    'ui:save-settings': (patch) => saveAndBroadcast(patch),
  },
};
