import type { FunctionComponent } from 'preact';
import type { Settings } from '../../../lib/settings/schema';
import { GeneralSettings } from './GeneralSettings';

/** The options page's sections, in one list: a feature adds its section here. */
export interface OptionsSection {
  id: string;
  titleKey: string;
  component: FunctionComponent<{ settings: Settings }>;
}

export const SECTIONS: OptionsSection[] = [{ id: 'general', titleKey: 'options.general', component: GeneralSettings }];
