// Public entry of the leads area: what the shell and other areas may import.
import { lazyPage } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

// the list is the page most work starts on and stays in the first bundle; the others load when opened
export const LeadCardPage = lazyPage(() => import('./LeadCardPage'), 'LeadCardPage');
export const LeadSettingsPage = lazyPage(() => import('./LeadSettingsPage'), 'LeadSettingsPage');
export { LeadsPage } from './LeadsPage';
export { preloadLeadsPage } from './preloadLeadsPage';
export const NewLeadPage = lazyPage(() => import('./NewLeadPage'), 'NewLeadPage');
export const PipelinePage = lazyPage(() => import('./PipelinePage'), 'PipelinePage');

/** The area's strings, mounted under the `leads` key. */
export const leadsLocales = { ru, en };
