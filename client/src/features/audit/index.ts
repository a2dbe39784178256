// Public entry of the audit area: what the shell and other areas may import.
import { lazyPage } from '../../kernel/ui/lazyPage';

// loaded when opened: only owners read the log
export const AuditLogPage = lazyPage(() => import('./AuditLogPage'), 'AuditLogPage');
