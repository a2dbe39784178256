// Public entry of the mail area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export type { ComposeStart } from './ComposeMailDialog';
export const ComposeMailDialog = lazyPart(() => import('./ComposeMailDialog'), 'ComposeMailDialog');
export const EmailView = lazyPart(() => import('./EmailView'), 'EmailView');
export const MailSettingsPage = lazyPage(() => import('./MailSettingsPage'), 'MailSettingsPage');
export const MailTriagePage = lazyPage(() => import('./MailTriagePage'), 'MailTriagePage');

/** The area's strings, mounted under the `mail` key. */
export const mailLocales = { ru, en };
