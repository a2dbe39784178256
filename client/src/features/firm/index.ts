// Public entry of the firm area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export const FirmSettingsSection = lazyPart(() => import('./FirmSettingsSection'), 'FirmSettingsSection');

// loaded when opened: only the owner edits the firm's details
export const FirmRequisitesPage = lazyPage(() => import('./FirmRequisitesPage'), 'FirmRequisitesPage');

/** The area's strings, mounted under the `firm` key. */
export const firmLocales = { ru, en };
