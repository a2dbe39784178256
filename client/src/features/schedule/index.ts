// Public entry of the schedule area: what the shell and other areas may import.
import { lazyPart } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

export const LeadSchedulePanel = lazyPart(() => import('./LeadSchedulePanel'), 'LeadSchedulePanel');

/** The area's strings, mounted under the `schedule` key. */
export const scheduleLocales = { ru, en };
