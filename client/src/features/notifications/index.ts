// Public entry of the notifications area: the bell for the shell.
import en from './locales/en.json';
import ru from './locales/ru.json';

export { NotificationBell } from './NotificationBell';

/** The area's strings, mounted under the `notifications` key. */
export const notificationsLocales = { ru, en };
