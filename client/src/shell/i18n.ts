import { auditLocales } from '../features/audit';
import { clientsLocales } from '../features/clients';
import { contractsLocales } from '../features/contracts';
import { correspondenceLocales } from '../features/correspondence';
import { mailLocales } from '../features/mail';
import { firmLocales } from '../features/firm';
import { leadsLocales } from '../features/leads';
import { notificationsLocales } from '../features/notifications';
import { pricingLocales } from '../features/pricing';
import { projectsLocales } from '../features/projects';
import { scheduleLocales } from '../features/schedule';
import { initI18n } from '../kernel/i18n';

// each area keeps its strings beside it; the shell mounts them under the area's key
initI18n({ auditLog: auditLocales, clients: clientsLocales, contracts: contractsLocales, correspondence: correspondenceLocales, mail: mailLocales, notifications: notificationsLocales, firm: firmLocales, leads: leadsLocales, pricing: pricingLocales, projects: projectsLocales, schedule: scheduleLocales });
