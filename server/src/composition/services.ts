import type { Config } from '../config.js';
import { ApiTokenService } from '../modules/auth/api-token.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { FirmService } from '../modules/auth/firm.service.js';
import type { LoginRateLimit } from '../modules/auth/login-rate-limit.js';
import { PrincipalCache } from '../modules/auth/principal-cache.js';
import { TeamService } from '../modules/auth/team.service.js';
import type { EventBus } from '../modules/events/event-bus.js';
import { LeadListsService } from '../modules/leads/lead-lists.service.js';
import { LeadService } from '../modules/leads/lead.service.js';
import { LeadTransferService } from '../modules/leads/lead-transfer.service.js';
import { PricingService } from '../modules/pricing/pricing.service.js';
import { ProjectService } from '../modules/projects/project.service.js';
import { TaskService } from '../modules/projects/task.service.js';
import { CorrespondenceSearch } from '../modules/correspondence/search.service.js';
import { FollowUpService } from '../modules/correspondence/follow-up.service.js';
import { TimelineService } from '../modules/correspondence/timeline.service.js';
import { DocumentRequestService } from '../modules/correspondence/document-request.service.js';
import { NotificationService } from '../modules/notifications/notification.service.js';
import { AmendmentService } from '../modules/contracts/amendment.service.js';
import { ContractSettingsService } from '../modules/contracts/contract-settings.service.js';
import { ContractService } from '../modules/contracts/contract.service.js';
import { ContractDocumentService } from '../modules/contracts/contract-document.service.js';
import { DocumentTemplateService } from '../modules/contracts/document-template.service.js';
import { PowerOfAttorneyService } from '../modules/contracts/poa.service.js';
import { PoaExpiryService } from '../modules/contracts/poa-expiry.service.js';
import { ClientScheduleService } from '../modules/clients/client-schedule.service.js';
import { ClientService } from '../modules/clients/client.service.js';
import { ObligationService } from '../modules/clients/obligation.service.js';
import { ProductionCalendarService } from '../modules/schedule/production-calendar.service.js';
import { ObligationControlService } from '../modules/clients/obligation-control.service.js';
import { CalendarFeedService } from '../modules/clients/calendar-feed.service.js';
import { ObligationReminderService } from '../modules/clients/obligation-reminders.service.js';
import { MailSecrets } from '../modules/mail/mail-crypto.js';
import { MailboxService } from '../modules/mail/mailbox.service.js';
import { MailSendService } from '../modules/mail/mail-send.service.js';
import { MailFetchService } from '../modules/mail/mail-fetch.service.js';
import { MailInboxService } from '../modules/mail/mail-inbox.service.js';
import { setUpNewFirm } from './firm-setup.js';

/** The services of one server instance, shared by all requests. */
export interface AppServices {
  config: Config;
  bus: EventBus;
  auth: AuthService;
  firm: FirmService;
  team: TeamService;
  apiTokens: ApiTokenService;
  leads: LeadService;
  leadLists: LeadListsService;
  leadTransfer: LeadTransferService;
  pricing: PricingService;
  projects: ProjectService;
  tasks: TaskService;
  clients: ClientService;
  clientSchedules: ClientScheduleService;
  obligations: ObligationService;
  productionCalendars: ProductionCalendarService;
  obligationControl: ObligationControlService;
  calendarFeeds: CalendarFeedService;
  obligationReminders: ObligationReminderService;
  timeline: TimelineService;
  followUps: FollowUpService;
  correspondenceSearch: CorrespondenceSearch;
  documentRequests: DocumentRequestService;
  notifications: NotificationService;
  contracts: ContractService;
  amendments: AmendmentService;
  powersOfAttorney: PowerOfAttorneyService;
  poaExpiry: PoaExpiryService;
  contractSettings: ContractSettingsService;
  contractDocuments: ContractDocumentService;
  mailboxes: MailboxService;
  mailSend: MailSendService;
  mailFetch: MailFetchService;
  mailInbox: MailInboxService;
  documentTemplates: DocumentTemplateService;
}

export function createServices(config: Config, bus: EventBus, rateLimit: LoginRateLimit): AppServices {
  const auth = new AuthService(rateLimit, config.sessionTtlDays, new PrincipalCache(bus), setUpNewFirm);
  const leads = new LeadService();
  const followUps = new FollowUpService();
  const mailboxes = new MailboxService(new MailSecrets({ envKey: config.mailSecretKey, dataDir: config.dataDir }));
  const documentTemplates = new DocumentTemplateService();
  const powersOfAttorney = new PowerOfAttorneyService();
  const productionCalendars = new ProductionCalendarService();
  return {
    config,
    bus,
    auth,
    firm: new FirmService(auth),
    // an employee's powers of attorney are listed for reissue when they leave
    team: new TeamService(auth, config.publicUrl, config.invitationTtlDays, [(tx, scope, user) => powersOfAttorney.representativeDeactivated(tx, scope, user)]),
    apiTokens: new ApiTokenService(auth),
    leads,
    leadLists: new LeadListsService(),
    leadTransfer: new LeadTransferService(leads),
    pricing: new PricingService(leads),
    projects: new ProjectService(),
    tasks: new TaskService(),
    clients: new ClientService(leads),
    clientSchedules: new ClientScheduleService(productionCalendars),
    obligations: new ObligationService(),
    productionCalendars,
    obligationControl: new ObligationControlService(),
    calendarFeeds: new CalendarFeedService(config.publicUrl),
    obligationReminders: new ObligationReminderService(),
    timeline: new TimelineService(followUps),
    followUps,
    correspondenceSearch: new CorrespondenceSearch(),
    documentRequests: new DocumentRequestService(),
    notifications: new NotificationService(),
    contracts: new ContractService(),
    amendments: new AmendmentService(),
    powersOfAttorney,
    poaExpiry: new PoaExpiryService(),
    contractSettings: new ContractSettingsService(),
    contractDocuments: new ContractDocumentService(documentTemplates),
    mailboxes,
    mailSend: new MailSendService(mailboxes),
    mailFetch: new MailFetchService(mailboxes),
    mailInbox: new MailInboxService(),
    documentTemplates,
  };
}

// the kernel's Context names these services without importing any area
declare module '../graphql/context.js' {
  interface Services extends AppServices {}
}
