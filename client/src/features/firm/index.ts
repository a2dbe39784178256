// Public entry of the firm area: what the shell and other areas may import.
import en from './locales/en.json';
import ru from './locales/ru.json';

export { FirmSettingsSection } from './FirmSettingsSection';

/** The area's strings, mounted under the `firm` key. */
export const firmLocales = { ru, en };
