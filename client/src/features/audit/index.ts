// Public entry of the audit area: what the shell and other areas may import.
export { AuditLogPage } from './AuditLogPage';
