import type { FunctionComponent } from 'preact';
import type { Settings } from '../../../lib/settings/schema';
import { AuditSection } from './AuditSection';
import { EscalationSection } from './EscalationSection';
import { GeneralSettings } from './GeneralSettings';
import { LibrarySection } from './LibrarySection';
import { RegisterSection } from './RegisterSection';

/** The options page's sections, in one list: a feature adds its section here. */
export interface OptionsSection {
  id: string;
  titleKey: string;
  component: FunctionComponent<{ settings: Settings }>;
}

export const SECTIONS: OptionsSection[] = [
  { id: 'general', titleKey: 'options.general', component: GeneralSettings },
  { id: 'library', titleKey: 'lib.section', component: LibrarySection },
  { id: 'register', titleKey: 'reg.section', component: RegisterSection },
  { id: 'escalations', titleKey: 'esc.section', component: EscalationSection },
  { id: 'audit', titleKey: 'audit.section', component: AuditSection },
];
