// Public entry of the leads area: what the shell and other areas may import.
import en from './locales/en.json';
import ru from './locales/ru.json';

export { LeadCardPage } from './LeadCardPage';
export { LeadSettingsPage } from './LeadSettingsPage';
export { LeadsPage } from './LeadsPage';
export { NewLeadPage } from './NewLeadPage';
export { PipelinePage } from './PipelinePage';

/** The area's strings, mounted under the `leads` key. */
export const leadsLocales = { ru, en };
