// Public entry of the notifications area: the bell and the preferences page for the shell.
import { lazyPage } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export { NotificationBell } from './NotificationBell';
export const NotificationSettingsPage = lazyPage(() => import('./NotificationSettingsPage'), 'NotificationSettingsPage');

/** The area's strings, mounted under the `notifications` key. */
export const notificationsLocales = { ru, en };
