// Public entry of the correspondence area: what the shell and other areas may import.
import { lazyPage, lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export const LeadTimeline = lazyPart(() => import('./LeadTimeline'), 'LeadTimeline');
export const ClientTimeline = lazyPart(() => import('./LeadTimeline'), 'ClientTimeline');
export const CorrespondenceSearchPage = lazyPage(() => import('./CorrespondenceSearchPage'), 'CorrespondenceSearchPage');
export const MyFollowUpsPage = lazyPage(() => import('./MyFollowUpsPage'), 'MyFollowUpsPage');

/** The area's strings, mounted under the `correspondence` key. */
export const correspondenceLocales = { ru, en };
