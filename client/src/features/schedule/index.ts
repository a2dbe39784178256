// Public entry of the schedule area: what the shell and other areas may import.
import en from './locales/en.json';
import ru from './locales/ru.json';

export { LeadSchedulePanel } from './LeadSchedulePanel';

/** The area's strings, mounted under the `schedule` key. */
export const scheduleLocales = { ru, en };
