// Public entry of the clients area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export const AcceptLeadButton = lazyPart(() => import('./AcceptLeadButton'), 'AcceptLeadButton');
export { hasValidOgrnChecksum } from './ogrn';
export const ClientsPage = lazyPage(() => import('./ClientsPage'), 'ClientsPage');
export const ClientPage = lazyPage(() => import('./ClientPage'), 'ClientPage');
export const MyObligationsPage = lazyPage(() => import('./MyObligationsPage'), 'MyObligationsPage');
export const ObligationControlPage = lazyPage(() => import('./ObligationControlPage'), 'ObligationControlPage');
export const ProductionCalendarsPage = lazyPage(() => import('./ProductionCalendarsPage'), 'ProductionCalendarsPage');

/** The area's strings, mounted under the `clients` key. */
export const clientsLocales = { ru, en };
