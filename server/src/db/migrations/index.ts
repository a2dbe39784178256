import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261130000249_foundation } from './Migration20261130000249_foundation.js';
import { Migration20261130002017_leads_pricing } from './Migration20261130002017_leads_pricing.js';
import { Migration20261130002906_projects } from './Migration20261130002906_projects.js';
import { Migration20261201000000_task_position_keys } from './Migration20261201000000_task_position_keys.js';
import { Migration20261201000100_firm_time_zone } from './Migration20261201000100_firm_time_zone.js';
import { Migration20261202000000_default_template } from './Migration20261202000000_default_template.js';
import { Migration20261202130000_clients } from './Migration20261202130000_clients.js';
import { Migration20261202130500_firm_requisites } from './Migration20261202130500_firm_requisites.js';
import { Migration20261202131637_contracts } from './Migration20261202131637_contracts.js';
import { Migration20261202134000_correspondence } from './Migration20261202134000_correspondence.js';
import { Migration20261202161000_contract_parties_templates_scans } from './Migration20261202161000_contract_parties_templates_scans.js';
import { Migration20261202162000_poa_expiry_notification_preferences } from './Migration20261202162000_poa_expiry_notification_preferences.js';
import { Migration20261202162100_poa_xml_files } from './Migration20261202162100_poa_xml_files.js';
import { Migration20261202163000_obligation_control } from './Migration20261202163000_obligation_control.js';
import { Migration20261202164000_production_calendars } from './Migration20261202164000_production_calendars.js';
import { Migration20261202165000_client_timelines } from './Migration20261202165000_client_timelines.js';
import { Migration20261202170000_mail } from './Migration20261202170000_mail.js';
import { Migration20261203090000_poa_client_principal } from './Migration20261203090000_poa_client_principal.js';

// Listed here rather than discovered on disk, so the same code runs under tsx, vitest and a build.
// `pnpm migration:create` writes a new file; add it to this list.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261130000249_foundation', class: Migration20261130000249_foundation },
  { name: 'Migration20261130002017_leads_pricing', class: Migration20261130002017_leads_pricing },
  { name: 'Migration20261130002906_projects', class: Migration20261130002906_projects },
  { name: 'Migration20261201000000_task_position_keys', class: Migration20261201000000_task_position_keys },
  { name: 'Migration20261201000100_firm_time_zone', class: Migration20261201000100_firm_time_zone },
  { name: 'Migration20261202000000_default_template', class: Migration20261202000000_default_template },
  { name: 'Migration20261202130000_clients', class: Migration20261202130000_clients },
  { name: 'Migration20261202130500_firm_requisites', class: Migration20261202130500_firm_requisites },
  { name: 'Migration20261202131637_contracts', class: Migration20261202131637_contracts },
  { name: 'Migration20261202134000_correspondence', class: Migration20261202134000_correspondence },
  { name: 'Migration20261202161000_contract_parties_templates_scans', class: Migration20261202161000_contract_parties_templates_scans },
  { name: 'Migration20261202162000_poa_expiry_notification_preferences', class: Migration20261202162000_poa_expiry_notification_preferences },
  { name: 'Migration20261202162100_poa_xml_files', class: Migration20261202162100_poa_xml_files },
  { name: 'Migration20261202163000_obligation_control', class: Migration20261202163000_obligation_control },
  { name: 'Migration20261202164000_production_calendars', class: Migration20261202164000_production_calendars },
  { name: 'Migration20261202165000_client_timelines', class: Migration20261202165000_client_timelines },
  { name: 'Migration20261202170000_mail', class: Migration20261202170000_mail },
  { name: 'Migration20261203090000_poa_client_principal', class: Migration20261203090000_poa_client_principal },
];
