import 'reflect-metadata';
import { GraphQLDateTime } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { FirmResolver } from '../modules/auth/firm.resolver.js';
import { TeamResolver } from '../modules/auth/team.resolver.js';
import { AuditActorResolver, AuditResolver } from '../modules/audit/audit.resolver.js';
import { ServerInfoResolver } from '../graphql/server-info.resolver.js';
import { LeadListsResolver } from '../modules/leads/lead-lists.resolver.js';
import { LeadResolver } from '../modules/leads/lead.resolver.js';
import { LeadTransferResolver } from '../modules/leads/lead-transfer.resolver.js';
import { ProjectResolver } from '../modules/projects/project.resolver.js';
import { TaskCommentResolver, TaskEventResolver, TaskResolver } from '../modules/projects/task.resolver.js';
import { LeadPricingResolver, PricingRunResolver, TariffResolver, TariffVersionResolver } from '../modules/pricing/pricing.resolver.js';
import { ViewerResolver } from '../modules/viewer/viewer.resolver.js';
import { ContractAmendmentResolver, ContractResolver, ContractSettingsResolver, ContractsOfClientResolver } from '../modules/contracts/contract.resolver.js';
import { DocumentTemplateResolver } from '../modules/contracts/document-template.resolver.js';
import { PowerOfAttorneyResolver } from '../modules/contracts/poa.resolver.js';
import { ContractDocumentResolver, ContractDocumentsOfAmendmentResolver, ContractDocumentsOfContractResolver, ContractDocumentsOfPoaResolver } from '../modules/contracts/contract-document.resolver.js';
import { DocumentRequestItemResolver, DocumentRequestResolver } from '../modules/correspondence/document-request.resolver.js';
import { CorrespondenceResolver, FollowUpResolver, TimelineEntryResolver, TimelineEventResolver, TimelineItemResolver } from '../modules/correspondence/correspondence.resolver.js';
import { NotificationEventResolver, NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { ClientAssignmentResolver, ClientResolver, LeadClientResolver, ObligationResolver } from '../modules/clients/client.resolver.js';
import { ScheduleResolver } from '../modules/schedule/schedule.resolver.js';
import { ProductionCalendarResolver } from '../modules/schedule/production-calendar.resolver.js';
import { ObligationControlResolver } from '../modules/clients/obligation-control.resolver.js';
import { CalendarFeedResolver } from '../modules/clients/calendar-feed.resolver.js';
import { MailAttachmentResolver, MailMessageResolver, MailResolver, TimelineEntryMailResolver } from '../modules/mail/mail.resolver.js';
import { AuthChecker } from '../graphql/auth-checker.js';
// every area's event catalogue, so the EventType and ChangedField enums are complete
import '../modules/auth/auth.events.js';
import '../modules/leads/lead.events.js';
import '../modules/pricing/pricing.events.js';
import '../modules/projects/project.events.js';
import '../modules/clients/clients.events.js';
import '../modules/schedule/schedule.events.js';
import '../modules/contracts/contract.events.js';
import '../modules/correspondence/correspondence.events.js';
import '../modules/notifications/notifications.events.js';
import '../modules/mail/mail.events.js';
import { fillEventEnums } from '../modules/events/event.types.js';
import { validateArgument } from '../graphql/validation.js';
import { resolvePlainFieldsDirectly } from '../graphql/plain-fields.js';

export const resolvers = [AuthResolver, FirmResolver, TeamResolver, ApiTokenResolver, AuditResolver, AuditActorResolver, ServerInfoResolver,
  LeadResolver, LeadListsResolver, LeadTransferResolver, PricingRunResolver, LeadPricingResolver, TariffResolver, TariffVersionResolver,
  ProjectResolver, TaskResolver, TaskEventResolver, TaskCommentResolver, ViewerResolver,
  ClientResolver, ClientAssignmentResolver, ObligationResolver, LeadClientResolver, ObligationControlResolver, CalendarFeedResolver,
  CorrespondenceResolver, TimelineItemResolver, TimelineEventResolver, TimelineEntryResolver, FollowUpResolver, DocumentRequestResolver, DocumentRequestItemResolver, NotificationResolver, NotificationEventResolver,
  ContractResolver, ContractAmendmentResolver, ContractSettingsResolver, PowerOfAttorneyResolver, ContractsOfClientResolver, DocumentTemplateResolver,
  ContractDocumentResolver, ContractDocumentsOfContractResolver, ContractDocumentsOfAmendmentResolver, ContractDocumentsOfPoaResolver, ScheduleResolver,
  MailResolver, MailMessageResolver, MailAttachmentResolver, TimelineEntryMailResolver,
  ProductionCalendarResolver] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema is built once per process from the decorated classes. */
export function buildSchema(): Promise<GraphQLSchema> {
  fillEventEnums();
  built ??= buildTypeGraphQLSchema({
    resolvers,
    authChecker: AuthChecker,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    // every argument at any depth, once, before the resolver (see validation.ts)
    validateFn: validateArgument,
    // every subscription streams the event log through `subscribe`; topic pub/sub is not a path here
    pubSub: {
      publish: () => {
        throw new Error('publish through the event log');
      },
      subscribe: () => {
        throw new Error('subscribe through the event log');
      },
    },
  }).then((schema) => {
    resolvePlainFieldsDirectly(schema);
    return schema;
  });
  return built;
}

export const SCHEMA_BANNER = '# Generated by `pnpm schema` from the server code. Do not edit.\n\n';

export async function printSortedSchema(): Promise<string> {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(await buildSchema())) + '\n';
}
