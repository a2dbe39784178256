// Public entry of the audit area: what the shell and other areas may import.
import { lazyPage } from '../../kernel/ui/lazyPage';
import en from './locales/en.json';
import ru from './locales/ru.json';

// loaded when opened: only owners read the log
export const AuditLogPage = lazyPage(() => import('./AuditLogPage'), 'AuditLogPage');

/** The area's strings, mounted under the `auditLog` key (the kernel keeps `audit.events.*`). */
export const auditLocales = { ru, en };

/** Audit entries as sentences, for the lead card's and the task drawer's histories. */
export { describeEntry, describeFieldChanges, type AuditSentence, type SentenceEntry, type ValueNamer } from './auditSentence';
