import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiToken } from '../modules/auth/api-token.entity.js';
import { Firm } from '../modules/auth/firm.entity.js';
import { Invitation } from '../modules/auth/invitation.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { FirmEvent } from '../modules/events/event.entity.js';
import { Lead } from '../modules/leads/lead.entity.js';
import { LeadField, LeadSource, LostReason } from '../modules/leads/lead-lists.entity.js';
import { PricingRun } from '../modules/pricing/pricing-run.entity.js';
import { TariffPlan, TariffVersion } from '../modules/pricing/tariff.entity.js';
import { Project, ProjectMember } from '../modules/projects/project.entity.js';
import { Task, TaskComment } from '../modules/projects/task.entity.js';
import { ProjectTemplate } from '../modules/projects/template.entity.js';
import { Contract, ContractAmendment, ContractSettings, DocumentCounter } from '../modules/contracts/contract.entity.js';
import { ContractDocument } from '../modules/contracts/contract-document.entity.js';
import { DocumentTemplate } from '../modules/contracts/document-template.entity.js';
import { PowerOfAttorney } from '../modules/contracts/poa.entity.js';
import { PoaXmlFile } from '../modules/contracts/poa-xml.entity.js';
import { FollowUp, TimelineEntry } from '../modules/correspondence/timeline.entity.js';
import { CorrespondenceTemplate, DocumentRequest } from '../modules/correspondence/document-request.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { NotificationOptOut } from '../modules/notifications/notification-opt-out.entity.js';
import { Client, ClientAssignment } from '../modules/clients/client.entity.js';
import { Obligation } from '../modules/clients/obligation.entity.js';
import { CalendarFeed } from '../modules/clients/calendar-feed.entity.js';
import { ObligationReminderSetting } from '../modules/clients/reminder-setting.entity.js';
import { ProductionCalendar } from '../modules/schedule/production-calendar.entity.js';
import { MailAttachment, MailMessage, Mailbox, MailTemplateText } from '../modules/mail/mail.entity.js';
import type { Logger } from '../logger.js';
import { migrationsList } from './migrations/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export const entities = [Firm, User, Session, ApiToken, Invitation, FirmEvent, Lead, LeadSource, LostReason, LeadField, TariffPlan, TariffVersion, PricingRun, Project, ProjectMember, Task, TaskComment, ProjectTemplate,
  Contract, ContractAmendment, ContractSettings, DocumentCounter, PowerOfAttorney, PoaXmlFile, ContractDocument, DocumentTemplate,
  TimelineEntry, FollowUp, DocumentRequest, CorrespondenceTemplate, Notification, NotificationOptOut, Client, ClientAssignment, Obligation, ObligationReminderSetting, CalendarFeed,
  ProductionCalendar,
  Mailbox, MailMessage, MailAttachment, MailTemplateText];

export function ormOptions(clientUrl: string, log?: Logger): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    // metadata comes from explicit decorator types (tsx emits no design-time metadata)
    discovery: { requireEntitiesArray: true },
    migrations: {
      path: path.join(here, 'migrations'),
      glob: '!(*.d|index).{js,ts}',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    forceUtcTimezone: true,
    // rate-limiter-flexible's table is created by a migration but has no entity
    schemaGenerator: { skipTables: ['login_rate_limit'] },
    pool: { min: 0, max: 10 },
    debug: false,
    logger: (message: string) => log?.debug({ orm: message }),
  };
}

/** Connects and applies the checked-in migrations; the schema is never auto-updated. */
export async function openDatabase(clientUrl: string, log?: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, log));
  await orm.getMigrator().up();
  return orm;
}
