/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation DemoSeedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.DemoSeedLoginDocument,
    "query DemoSeedMyTasks { myTasks { title status comments { body } project { name } } }": typeof types.DemoSeedMyTasksDocument,
    "query DemoSeedProjects { projects { totalCount edges { node { name status lead { companyName stage } } } } }": typeof types.DemoSeedProjectsDocument,
    "query DemoSeedLeads { leads(first: 50) { edges { node { id stage } } } }": typeof types.DemoSeedLeadsDocument,
    "query DemoSeedPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": typeof types.DemoSeedPricingRunsDocument,
    "query DemoSeedMyObligations { myObligations(first: 100) { totalCount edges { node { code client { shortName status } } } } }": typeof types.DemoSeedMyObligationsDocument,
    "query DemoSeedMyFollowUps { myFollowUps { title } }": typeof types.DemoSeedMyFollowUpsDocument,
    "query DemoSeedAuditLog { auditLog(first: 200) { edges { node { type } } } }": typeof types.DemoSeedAuditLogDocument,
    "query DemoSeedFirm { me { firm { name inn kpp address phone email taxRegime vatRate quoteValidDays } } }": typeof types.DemoSeedFirmDocument,
    "subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }": typeof types.LiveAuditEventsDocument,
    "query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }": typeof types.LiveAuditLogDocument,
    "mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }": typeof types.LiveCreateProjectDocument,
    "mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }": typeof types.LiveCreateTaskDocument,
    "query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }": typeof types.LiveAuditLog2Document,
    "subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }": typeof types.LiveTaskEventsDocument,
    "mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }": typeof types.LiveChangeTaskStatusDocument,
    "query AuditReadableLog($first: Int!, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {\n  edges { node { id type actor { id name } subject { type id title projectId } fieldChanges { field from to kind fromLabel toLabel } } }\n  pageInfo { hasNextPage endCursor } } }": typeof types.AuditReadableLogDocument,
    "query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }": typeof types.AuditAuditLogDocument,
    "subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }": typeof types.AuditAuditEventsDocument,
    "mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }": typeof types.AuditInviteUserDocument,
    "mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": typeof types.AuditChangeUserRoleDocument,
    "mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": typeof types.AuditDeactivateUserDocument,
    "subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }": typeof types.AuditAuditEventsActorRoleDocument,
    "mutation AuditLogout { logout }": typeof types.AuditLogoutDocument,
    "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id email name role department firm { id name } } } }": typeof types.AuthSignUpDocument,
    "mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }": typeof types.AuthLoginDocument,
    "query AuthMe { me { id email name role department firm { id name } } }": typeof types.AuthMeDocument,
    "mutation AuthLogout { logout }": typeof types.AuthLogoutDocument,
    "mutation AuthInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }": typeof types.AuthInviteUserDocument,
    "mutation AuthAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }": typeof types.AuthAcceptInviteDocument,
    "mutation AuthChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { id } }": typeof types.AuthChangePasswordDocument,
    "query AuthAuditLog { auditLog(first: 5) { edges { node { type } } } }": typeof types.AuthAuditLogDocument,
    "mutation AuthCreateApiToken { createApiToken(input: { name: \"ci\", role: OWNER }) { token } }": typeof types.AuthCreateApiTokenDocument,
    "mutation FirmUpdateFirmSettings($timeZone: String) { updateFirmSettings(input: { timeZone: $timeZone }) { id timeZone } }": typeof types.FirmUpdateFirmSettingsDocument,
    "query FirmMe { me { firm { id timeZone } } }": typeof types.FirmMeDocument,
    "query FirmAuditLog { auditLog(first: 5) { edges { node { type subjectType subjectId changes } } } }": typeof types.FirmAuditLogDocument,
    "query FirmMyTasks { myTasks { overdue } }": typeof types.FirmMyTasksDocument,
    "mutation FirmCreateProject { createProject(input: { name: \"Приём\" }) { id } }": typeof types.FirmCreateProjectDocument,
    "mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": typeof types.FirmCreateTaskDocument,
    "query FirmLatestAuditEntry { auditLog(first: 1) { edges { node { id } } } }": typeof types.FirmLatestAuditEntryDocument,
    "mutation FirmCreateAnotherProject { createProject(input: { name: \"Ещё один\" }) { id } }": typeof types.FirmCreateAnotherProjectDocument,
    "subscription FirmTaskEvents($after: ID) { taskEvents(after: $after) { id } }": typeof types.FirmTaskEventsDocument,
    "mutation FirmUpdateRequisites($input: FirmSettingsInput!) {\n  updateFirmSettings(input: $input) { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl }\n}": typeof types.FirmUpdateRequisitesDocument,
    "query FirmRequisites { me { firm { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl } } }": typeof types.FirmRequisitesDocument,
    "query FirmSettingsEvents { auditLog(first: 10, filter: { types: [FIRM_SETTINGS_CHANGED] }) { edges { node { changes } } } }": typeof types.FirmSettingsEventsDocument,
    "mutation InvitationRenewalInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink user { id } } }": typeof types.InvitationRenewalInviteUserDocument,
    "mutation InvitationRenewalRenew($userId: ID!) { renewInvitation(userId: $userId) { invitationLink expiresAt user { id invitationPending } } }": typeof types.InvitationRenewalRenewDocument,
    "mutation InvitationRenewalAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { user { id } } }": typeof types.InvitationRenewalAcceptInviteDocument,
    "query InvitationRenewalAuditLog { auditLog(first: 5) { edges { node { type subjectId } } } }": typeof types.InvitationRenewalAuditLogDocument,
    "query PrincipalCacheMe { me { id } }": typeof types.PrincipalCacheMeDocument,
    "query PrincipalCacheAuditLog { auditLog(first: 1) { edges { cursor } } }": typeof types.PrincipalCacheAuditLogDocument,
    "mutation PrincipalCacheLogout { logout }": typeof types.PrincipalCacheLogoutDocument,
    "mutation PrincipalCacheDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": typeof types.PrincipalCacheDeactivateUserDocument,
    "mutation PrincipalCacheChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": typeof types.PrincipalCacheChangeUserRoleDocument,
    "mutation PrincipalCacheCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }": typeof types.PrincipalCacheCreateApiTokenDocument,
    "mutation TeamInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink expiresAt user { id email role department invitationPending active } } }": typeof types.TeamInviteUserDocument,
    "mutation TeamAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token user { id role } } }": typeof types.TeamAcceptInviteDocument,
    "mutation TeamChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role department } }": typeof types.TeamChangeUserRoleDocument,
    "mutation TeamDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id active } }": typeof types.TeamDeactivateUserDocument,
    "mutation TeamReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id active } }": typeof types.TeamReactivateUserDocument,
    "query TeamMe { me { id role department } }": typeof types.TeamMeDocument,
    "subscription TeamAuditEvents($after: ID) { auditEvents(after: $after) { id type } }": typeof types.TeamAuditEventsDocument,
    "query TeamUsers { users { email invitationPending } }": typeof types.TeamUsersDocument,
    "query TeamAuditLog { auditLog { edges { node { id } } } }": typeof types.TeamAuditLogDocument,
    "query TeamApiTokens { apiTokens { id } }": typeof types.TeamApiTokensDocument,
    "query TeamUsers2 { users { id } }": typeof types.TeamUsers2Document,
    "mutation TeamLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.TeamLoginDocument,
    "mutation TeamLogout { logout }": typeof types.TeamLogoutDocument,
    "mutation TeamCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name role lastUsedAt revokedAt } } }": typeof types.TeamCreateApiTokenDocument,
    "query TeamApiTokens2 { apiTokens { id name lastUsedAt createdBy { id } } }": typeof types.TeamApiTokens2Document,
    "mutation TeamRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }": typeof types.TeamRevokeApiTokenDocument,
    "mutation TeamCreateApiToken2($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }": typeof types.TeamCreateApiToken2Document,
    "query TeamApiTokens3 { apiTokens { id role effectiveRole } }": typeof types.TeamApiTokens3Document,
    "fragment CalendarLoadItem on Obligation { id version key dueDate status provisional note doneDate }": typeof types.CalendarLoadItemFragmentDoc,
    "mutation CalendarLoadCreate($input: ClientInput!) { createClient(input: $input) { id version } }": typeof types.CalendarLoadCreateDocument,
    "mutation CalendarLoadAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": typeof types.CalendarLoadAssignDocument,
    "mutation CalendarLoadAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }": typeof types.CalendarLoadAcceptDocument,
    "query CalendarLoadItems($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE, NOT_REQUIRED] }) { edges { node { ...CalendarLoadItem } } } } }": typeof types.CalendarLoadItemsDocument,
    "mutation CalendarLoadChange($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note) { ...CalendarLoadItem } }": typeof types.CalendarLoadChangeDocument,
    "query CalendarLoadYears { productionCalendars { year state source workingDays calendar { year workingDays source loadedBy { id } } } }": typeof types.CalendarLoadYearsDocument,
    "query CalendarLoadPreview($year: Int!, $content: String!, $fileName: String) { productionCalendarPreview(year: $year, content: $content, fileName: $fileName) { year source workingDays nonWorkingDays daysOff workingWeekends shortened replaces changes { date working } } }": typeof types.CalendarLoadPreviewDocument,
    "mutation CalendarLoad($year: Int!, $content: String!, $fileName: String) { loadProductionCalendar(year: $year, content: $content, fileName: $fileName) { id year workingDays source daysOff workingWeekends loadedBy { id } } }": typeof types.CalendarLoadDocument,
    "query CalendarLoadPending { pendingScheduleDiffs { client { id shortName } digest empty confirmed redated { key dueDate previousDueDate status } keptDone { key status } added { key } removed { key } } }": typeof types.CalendarLoadPendingDocument,
    "mutation CalendarLoadApplyAll($diffs: [ScheduleDiffRef!]!) { applyClientScheduleDiffs(diffs: $diffs) { client { id } confirmed redated { key } } }": typeof types.CalendarLoadApplyAllDocument,
    "query CalendarLoadMonth($from: Date!, $to: Date!, $filter: ObligationFilter) { myObligationCalendar(from: $from, to: $to, filter: $filter) { ...CalendarLoadItem } }": typeof types.CalendarLoadMonthDocument,
    "query CalendarLoadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { code period dueDate provisional } }": typeof types.CalendarLoadSchedulePreviewDocument,
    "fragment ClientTestObligation on Obligation { id version key code kind area dueDate status overdue provisional note doneDate owner { id } client { id } viewerCanChangeStatus }": typeof types.ClientTestObligationFragmentDoc,
    "mutation ClientCreate($input: ClientInput!) { createClient(input: $input) { id version status shortName profitAdvances serviceAreas } }": typeof types.ClientCreateDocument,
    "mutation ClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version legalForm shortName fullName inn taxRegime regionCode contacts { name phone email } lead { id stage client { id } } } }": typeof types.ClientFromLeadDocument,
    "mutation ClientCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": typeof types.ClientCreateLeadDocument,
    "mutation ClientUpdate($id: ID!, $version: Int!, $input: ClientInput!) { updateClient(id: $id, version: $version, input: $input) { id version hasEmployees } }": typeof types.ClientUpdateDocument,
    "mutation ClientAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version areas { area accountant { id } since } assignments { area fromDate toDate accountant { id } assignedBy { id } } } }": typeof types.ClientAssignDocument,
    "mutation ClientAccept($id: ID!, $version: Int!, $activeFrom: Date) { acceptClient(id: $id, version: $version, activeFrom: $activeFrom) { id version status statusSince serviceStartDate } }": typeof types.ClientAcceptDocument,
    "query ClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { totalCount edges { node { ...ClientTestObligation } } } } }": typeof types.ClientObligationsDocument,
    "query ClientMyObligations($filter: ObligationFilter, $first: Int!, $after: String) { myObligations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ClientTestObligation } } } }": typeof types.ClientMyObligationsDocument,
    "mutation ClientChangeObligation($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String, $reason: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note, reason: $reason) { ...ClientTestObligation } }": typeof types.ClientChangeObligationDocument,
    "query ClientScheduleDiff($clientId: ID!) { clientScheduleDiff(clientId: $clientId) { digest empty added { key } removed { key removal status } redated { key dueDate previousDueDate } keptDone { key status } } }": typeof types.ClientScheduleDiffDocument,
    "mutation ClientApplyDiff($clientId: ID!, $digest: String!) { applyClientScheduleDiff(clientId: $clientId, digest: $digest) { digest removed { key } } }": typeof types.ClientApplyDiffDocument,
    "query ClientCard($id: ID!) { client(id: $id) { id status } }": typeof types.ClientCardDocument,
    "query ClientList($filter: ClientFilter, $first: Int!) { clients(filter: $filter, first: $first) { totalCount edges { node { id shortName lead { id } areas { area accountant { name } } assignments { accountant { name } } } } } }": typeof types.ClientListDocument,
    "mutation ControlCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }": typeof types.ControlCreateClientDocument,
    "mutation ControlAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": typeof types.ControlAssignDocument,
    "mutation ControlAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }": typeof types.ControlAcceptDocument,
    "query ControlClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { edges { node { id code dueDate status provisional owner { id } } } } } }": typeof types.ControlClientObligationsDocument,
    "query ControlMyObligations($first: Int!) { myObligations(first: $first) { edges { node { id status } } } }": typeof types.ControlMyObligationsDocument,
    "\n  query ControlView($accountantId: ID, $clientId: ID, $unassigned: Boolean) {\n    obligationControl(accountantId: $accountantId, clientId: $clientId, unassigned: $unassigned) {\n      today weekStart weekEnd overdue dueThisWeek tasksOverdue tasksDueThisWeek\n      byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n      byClient { client { id shortName } overdue dueThisWeek accountantCount }\n      obligations { id dueDate overdue owner { id } client { id } }\n      obligationsTotal\n      tasks { id title dueDate assignee { id } }\n    }\n  }\n": typeof types.ControlViewDocument,
    "query ControlMyCalendarFeed { myCalendarFeed { createdAt lastUsedAt } }": typeof types.ControlMyCalendarFeedDocument,
    "mutation ControlRotateFeed { rotateCalendarFeed { url feed { createdAt lastUsedAt } } }": typeof types.ControlRotateFeedDocument,
    "mutation ControlRevokeFeed { revokeCalendarFeed }": typeof types.ControlRevokeFeedDocument,
    "query ControlReminders { myObligationReminders { daysBefore } }": typeof types.ControlRemindersDocument,
    "mutation ControlSetReminderDays($days: Int!) { setObligationReminderDays(days: $days) { daysBefore } }": typeof types.ControlSetReminderDaysDocument,
    "query ControlNotifications { notifications(first: 200) { edges { node { kind subjectType subjectId data } } } }": typeof types.ControlNotificationsDocument,
    "mutation DocumentsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.DocumentsCreateLeadDocument,
    "mutation DocumentsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": typeof types.DocumentsCreateRunDocument,
    "mutation DocumentsCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price } }": typeof types.DocumentsCreateContractDocument,
    "query DocumentsSettings { contractSettings { version } }": typeof types.DocumentsSettingsDocument,
    "mutation DocumentsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version } }": typeof types.DocumentsUpdateSettingsDocument,
    "mutation DocumentsFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }": typeof types.DocumentsFirmRequisitesDocument,
    "mutation DocumentsGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id status title docxUrl pdfUrl } }": typeof types.DocumentsGenerateDocument,
    "query DocumentsLastEntry { auditLog(first: 1) { edges { node { id } } } }": typeof types.DocumentsLastEntryDocument,
    "subscription DocumentsEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }": typeof types.DocumentsEventsDocument,
    "query DocumentsCard($id: ID!) { contract(id: $id) { documents { id status title docxUrl pdfUrl docxSize } } }": typeof types.DocumentsCardDocument,
    "mutation DocumentsCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number } }": typeof types.DocumentsCreatePoaDocument,
    "mutation FilesCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": typeof types.FilesCreateLeadDocument,
    "query FilesLeadVersion($id: ID!) { lead(id: $id) { version } }": typeof types.FilesLeadVersionDocument,
    "mutation FilesCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": typeof types.FilesCreateRunDocument,
    "mutation FilesCreateClient($input: ClientInput!) { createClient(input: $input) { id shortName } }": typeof types.FilesCreateClientDocument,
    "mutation FilesClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id } }": typeof types.FilesClientFromLeadDocument,
    "mutation FilesCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price partyName lead { id } customer { id shortName } pricingRun { id } client { fullName inn kpp } } }": typeof types.FilesCreateContractDocument,
    "mutation FilesSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version status } }": typeof types.FilesSignDocument,
    "mutation FilesAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id price pricingRun { id } } }": typeof types.FilesAmendDocument,
    "query FilesClientCard($id: ID!) { client(id: $id) { id contracts { id number partyName customer { id } } } }": typeof types.FilesClientCardDocument,
    "query FilesRegistry($filter: ContractFilter) { contracts(filter: $filter, first: 50) { totalCount edges { node { id number partyName } } } }": typeof types.FilesRegistryDocument,
    "mutation FilesFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id fullName ogrn bankAccount bik correspondentAccount signerName signerAuthority } }": typeof types.FilesFirmRequisitesDocument,
    "query FilesSettings { contractSettings { version } }": typeof types.FilesSettingsDocument,
    "mutation FilesUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version city } }": typeof types.FilesUpdateSettingsDocument,
    "mutation FilesGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id } }": typeof types.FilesGenerateDocument,
    "query FilesLastEntry { auditLog(first: 1) { edges { node { id type } } } }": typeof types.FilesLastEntryDocument,
    "subscription FilesEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }": typeof types.FilesEventsDocument,
    "query FilesDocuments($id: ID!) { contract(id: $id) { documents { id source status title scanUrl scanType scanSize docxUrl } amendments { id documents { id source scanUrl } } } }": typeof types.FilesDocumentsDocument,
    "query FilesTemplates { documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders size } placeholders { name list within example } } }": typeof types.FilesTemplatesDocument,
    "mutation FilesActivateTemplate($kind: TemplateKind!) { activateDocumentTemplate(kind: $kind) { id kind active unknownPlaceholders } }": typeof types.FilesActivateTemplateDocument,
    "mutation FilesCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }": typeof types.FilesCreatePoaDocument,
    "mutation FilesUploadMchd($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) { uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) { id xmlFile { fileName url } } }": typeof types.FilesUploadMchdDocument,
    "\n  mutation FilesPoa($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...FilesPoaFields }\n  }\n  fragment FilesPoaFields on PowerOfAttorney {\n    id number version status contract { id } principal { name inn client { id } lead { id } } documents { id source title scanUrl scanType scanSize }\n  }\n": typeof types.FilesPoaDocument,
    "query FilesPoaGet($id: ID!) { powerOfAttorney(id: $id) { ...FilesPoaFields } }": typeof types.FilesPoaGetDocument,
    "mutation FilesPoaIssue($id: ID!, $version: Int!) { issuePowerOfAttorney(id: $id, version: $version) { id version } }": typeof types.FilesPoaIssueDocument,
    "mutation FilesPoaReissue($id: ID!) { reissuePowerOfAttorney(id: $id) { ...FilesPoaFields } }": typeof types.FilesPoaReissueDocument,
    "query FilesPoaRegistry($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id principal { name inn client { id } lead { id } } } } } }": typeof types.FilesPoaRegistryDocument,
    "mutation FilesResetTemplate($kind: TemplateKind!) { resetDocumentTemplate(kind: $kind) { kind uploaded { id } } }": typeof types.FilesResetTemplateDocument,
    "mutation ContractsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.ContractsCreateLeadDocument,
    "mutation ContractsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": typeof types.ContractsCreateRunDocument,
    "\n  mutation ContractsCreate($input: CreateContractInput!) {\n    createContract(input: $input) { ...ContractTestFields }\n  }\n  fragment ContractTestFields on Contract {\n    id number version status date startDate price currentPrice serviceAreas paymentTerms\n    firmSignedOn firmSigner clientSignedOn clientSigner channel sentOn originalReceivedOn terminatedOn terminationReason\n    client { fullName inn kpp signerName authorityBasis }\n    manager { id } lead { id companyName } pricingRun { id }\n    viewerCanEdit viewerCanSign\n  }\n": typeof types.ContractsCreateDocument,
    "mutation ContractsUpdate($id: ID!, $version: Int!, $input: UpdateContractInput!) { updateContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }": typeof types.ContractsUpdateDocument,
    "mutation ContractsSend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { ...ContractTestFields } }": typeof types.ContractsSendDocument,
    "mutation ContractsSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }": typeof types.ContractsSignDocument,
    "mutation ContractsOriginal($id: ID!, $version: Int!, $on: Date) { recordContractOriginal(id: $id, version: $version, on: $on) { ...ContractTestFields } }": typeof types.ContractsOriginalDocument,
    "mutation ContractsTerminate($id: ID!, $version: Int!, $on: Date!, $reason: String!) { terminateContract(id: $id, version: $version, on: $on, reason: $reason) { ...ContractTestFields } }": typeof types.ContractsTerminateDocument,
    "query ContractsGet($id: ID!) { contract(id: $id) { ...ContractTestFields amendments { id number status price effectiveFrom version } priceHistory { from price amendment { number } } } }": typeof types.ContractsGetDocument,
    "query ContractsList($filter: ContractFilter, $first: Int) { contracts(filter: $filter, first: $first) { totalCount edges { node { id number status currentPrice lead { companyName } manager { name } } } } }": typeof types.ContractsListDocument,
    "query ContractsTotals { contractTotals { active monthlyRevenue awaitingSignature expiringPowersOfAttorney } }": typeof types.ContractsTotalsDocument,
    "mutation ContractsAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id number status price effectiveFrom version contract { id number } } }": typeof types.ContractsAmendDocument,
    "mutation ContractsSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { id status version } }": typeof types.ContractsSignAmendmentDocument,
    "query ContractsAuditLog { auditLog(first: 50) { edges { node { type subject { type title } } } } }": typeof types.ContractsAuditLogDocument,
    "query ContractsSettings { contractSettings { version contractNumberPattern poaWarningDays } }": typeof types.ContractsSettingsDocument,
    "mutation ContractsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version contractNumberPattern } }": typeof types.ContractsUpdateSettingsDocument,
    "mutation PoaExpiryCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.PoaExpiryCreateLeadDocument,
    "mutation PoaExpiryCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.PoaExpiryCreateRunDocument,
    "mutation PoaExpiryCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version } }": typeof types.PoaExpiryCreateContractDocument,
    "mutation PoaExpirySend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { id version } }": typeof types.PoaExpirySendDocument,
    "mutation PoaExpirySign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version } }": typeof types.PoaExpirySignDocument,
    "mutation PoaExpiryCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": typeof types.PoaExpiryCreateClientDocument,
    "mutation PoaExpiryCreate($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number version } }": typeof types.PoaExpiryCreateDocument,
    "mutation PoaExpiryIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id version } }": typeof types.PoaExpiryIssueDocument,
    "query PoaExpiryGet($id: ID!) { powerOfAttorney(id: $id) { id status expiredOn daysLeft expiringSoon } }": typeof types.PoaExpiryGetDocument,
    "query PoaExpiryNotifications { notifications(first: 100) { edges { node { id kind subjectType subjectId data } } } }": typeof types.PoaExpiryNotificationsDocument,
    "subscription PoaExpiryLive { notificationEvents { id notification { kind subjectId data } } }": typeof types.PoaExpiryLiveDocument,
    "query PoaExpirySettings { contractSettings { version unsignedReminderDays } }": typeof types.PoaExpirySettingsDocument,
    "mutation PoaExpirySetSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version unsignedReminderDays } }": typeof types.PoaExpirySetSettingsDocument,
    "query PoaExpiryLog { auditLog(first: 100) { edges { node { type subject { id } } } } }": typeof types.PoaExpiryLogDocument,
    "mutation PoaCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.PoaCreateLeadDocument,
    "\n  mutation PoaCreate($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...PoaTestFields }\n  }\n  fragment PoaTestFields on PowerOfAttorney {\n    id number version kind status issueDate validUntil issuedOn revokedOn revocationReason powers representativeKind\n    representative { id } principal { name inn lead { id } client { id } } replaces { id } reissuedAs { id } viewerCanEdit\n  }\n": typeof types.PoaCreateDocument,
    "mutation PoaIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { ...PoaTestFields } }": typeof types.PoaIssueDocument,
    "mutation PoaRevoke($id: ID!, $version: Int!, $reason: String!) { revokePowerOfAttorney(id: $id, version: $version, reason: $reason) { ...PoaTestFields } }": typeof types.PoaRevokeDocument,
    "mutation PoaUpdate($id: ID!, $version: Int!, $input: UpdatePowerOfAttorneyInput!) { updatePowerOfAttorney(id: $id, version: $version, input: $input) { ...PoaTestFields } }": typeof types.PoaUpdateDocument,
    "query PoaGet($id: ID!) { powerOfAttorney(id: $id) { ...PoaTestFields } }": typeof types.PoaGetDocument,
    "query PoaList($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id status } } } }": typeof types.PoaListDocument,
    "\n  mutation PoaReissue($id: ID!, $input: ReissuePowerOfAttorneyInput) {\n    reissuePowerOfAttorney(id: $id, input: $input) { ...PoaTestFields powers kind issueDate validUntil reissuedAs { id } replaces { id reissuedAs { id } } }\n  }\n": typeof types.PoaReissueDocument,
    "query PoaToReissue { powersOfAttorneyToReissue { id number representative { id name } reissuedAs { id status } } }": typeof types.PoaToReissueDocument,
    "mutation PoaDeactivate($userId: ID!) { deactivateUser(userId: $userId) { id active } }": typeof types.PoaDeactivateDocument,
    "query PoaNotices { notifications(first: 50) { edges { node { kind subjectId data } } } }": typeof types.PoaNoticesDocument,
    "mutation PoaCreateLeadOf($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.PoaCreateLeadOfDocument,
    "\n  mutation PoaUploadXml($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) {\n    uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) {\n      id version registrationNumber\n      xmlFile { fileName size format number issueDate validUntil uploadedAt }\n      xmlMismatches { field inRecord inFile }\n    }\n  }\n": typeof types.PoaUploadXmlDocument,
    "query ClientTimelineLeadSources { leadSources { id } }": typeof types.ClientTimelineLeadSourcesDocument,
    "mutation ClientTimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": typeof types.ClientTimelineCreateLeadDocument,
    "mutation ClientTimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }": typeof types.ClientTimelineMoveLeadDocument,
    "mutation ClientTimelineFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version } }": typeof types.ClientTimelineFromLeadDocument,
    "mutation ClientTimelineCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }": typeof types.ClientTimelineCreateClientDocument,
    "mutation ClientTimelineAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": typeof types.ClientTimelineAssignDocument,
    "mutation ClientTimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id lead { id } client { id } } }": typeof types.ClientTimelineLogDocument,
    "\n  query ClientTimelinePage($leadId: ID, $clientId: ID, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { id } } followUp { title } change { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ClientTimelinePageDocument,
    "\n  subscription ClientTimelineLive($leadId: ID, $clientId: ID, $after: ID) {\n    timelineEvents(leadId: $leadId, clientId: $clientId, after: $after) { id item { id kind entry { summary } change { type } } }\n  }\n": typeof types.ClientTimelineLiveDocument,
    "\n  query ClientTimelineSearch($text: String!, $clientId: ID, $first: Int!) {\n    searchCorrespondence(text: $text, clientId: $clientId, first: $first) {\n      edges { node { entry { summary client { shortName } lead { companyName } } fragments { text match } } }\n    }\n  }\n": typeof types.ClientTimelineSearchDocument,
    "query ClientTimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }": typeof types.ClientTimelineLastEventDocument,
    "fragment DocumentRequestTest on DocumentRequest { id version dueDate status overdue viewerCanEdit responsible { id } lead { id } client { id } items { id kind description periodFrom periodTo note status resolutionNote entry { id } resolvedBy { id } } }": typeof types.DocumentRequestTestFragmentDoc,
    "query DocumentRequestLeadSources { leadSources { id } }": typeof types.DocumentRequestLeadSourcesDocument,
    "mutation DocumentRequestCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.DocumentRequestCreateLeadDocument,
    "mutation DocumentRequestCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": typeof types.DocumentRequestCreateClientDocument,
    "mutation DocumentRequestLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": typeof types.DocumentRequestLogDocument,
    "mutation DocumentRequestCreate($input: CreateDocumentRequestInput!) { createDocumentRequest(input: $input) { ...DocumentRequestTest } }": typeof types.DocumentRequestCreateDocument,
    "mutation DocumentRequestUpdate($id: ID!, $version: Int!, $input: DocumentRequestInput!) { updateDocumentRequest(id: $id, version: $version, input: $input) { ...DocumentRequestTest } }": typeof types.DocumentRequestUpdateDocument,
    "mutation DocumentRequestMark($requestId: ID!, $itemId: ID!, $status: DocumentItemStatus!, $note: String, $entryId: ID) { markDocumentRequestItem(requestId: $requestId, itemId: $itemId, status: $status, note: $note, entryId: $entryId) { ...DocumentRequestTest } }": typeof types.DocumentRequestMarkDocument,
    "query DocumentRequestMine($open: Boolean) { myDocumentRequests(open: $open) { id status overdue client { shortName } lead { companyName } } }": typeof types.DocumentRequestMineDocument,
    "query DocumentRequestText($id: ID!) { documentRequestText(id: $id) { subject body } }": typeof types.DocumentRequestTextDocument,
    "mutation DocumentRequestSetTemplate($input: DocumentRequestTemplateInput!) { setDocumentRequestTemplate(input: $input) { subject body custom placeholders } }": typeof types.DocumentRequestSetTemplateDocument,
    "query DocumentRequestTimeline($clientId: ID, $leadId: ID) { timeline(clientId: $clientId, leadId: $leadId, first: 20) { edges { node { kind documentRequest { id status overdue } } } } }": typeof types.DocumentRequestTimelineDocument,
    "query DocumentRequestSearch($text: String!) { searchCorrespondence(text: $text, first: 10) { edges { node { entry { id } documentRequest { id } fragments { text match } } } } }": typeof types.DocumentRequestSearchDocument,
    "query DocumentRequestNotifications { notifications(first: 50) { edges { node { kind subjectId data } } } }": typeof types.DocumentRequestNotificationsDocument,
    "query FollowUpLeadSources { leadSources { id } }": typeof types.FollowUpLeadSourcesDocument,
    "mutation FollowUpCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.FollowUpCreateLeadDocument,
    "mutation FollowUpLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": typeof types.FollowUpLogDocument,
    "mutation FollowUpCreate($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id title dueAt state owner { id } entry { id } } }": typeof types.FollowUpCreateDocument,
    "query FollowUpMine($status: FollowUpStatus) { myFollowUps(status: $status) { id title dueAt state result viewerCanClose lead { companyName } } }": typeof types.FollowUpMineDocument,
    "mutation FollowUpClose($id: ID!, $result: String!) { closeFollowUp(id: $id, result: $result) { id status state result closedBy { id } } }": typeof types.FollowUpCloseDocument,
    "query FollowUpTimeline($leadId: ID!) { timeline(leadId: $leadId, first: 10) { edges { node { kind entry { summary followUp { title status } } followUp { title status } } } } }": typeof types.FollowUpTimelineDocument,
    "query FollowUpNotifications($unreadOnly: Boolean) { unreadNotificationCount notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id kind subjectType subjectId data readAt } } } }": typeof types.FollowUpNotificationsDocument,
    "mutation FollowUpMarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.FollowUpMarkReadDocument,
    "mutation FollowUpMarkAllRead { markAllNotificationsRead }": typeof types.FollowUpMarkAllReadDocument,
    "subscription FollowUpNotificationEvents($after: ID) { notificationEvents(after: $after) { id notification { kind data } readIds allRead unreadCount } }": typeof types.FollowUpNotificationEventsDocument,
    "query SearchLeadSources { leadSources { id } }": typeof types.SearchLeadSourcesDocument,
    "mutation SearchCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.SearchCreateLeadDocument,
    "mutation SearchLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": typeof types.SearchLogDocument,
    "\n  query SearchCorrespondence($text: String!, $leadId: ID, $first: Int!, $after: String) {\n    searchCorrespondence(text: $text, leadId: $leadId, first: $first, after: $after) {\n      edges { cursor node { entry { id summary lead { companyName } } fragments { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchCorrespondenceDocument,
    "query TimelineLeadSources { leadSources { id } }": typeof types.TimelineLeadSourcesDocument,
    "mutation TimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": typeof types.TimelineCreateLeadDocument,
    "mutation TimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }": typeof types.TimelineMoveLeadDocument,
    "mutation TimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id kind summary direction contactName result occurredAt author { id } } }": typeof types.TimelineLogDocument,
    "\n  query TimelinePage($leadId: ID!, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { name } } followUp { id title owner { name } } change { type actor { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.TimelinePageDocument,
    "\n  subscription TimelineLive($leadId: ID!, $after: ID) {\n    timelineEvents(leadId: $leadId, after: $after) { id item { id kind entry { summary author { name } } followUp { title } change { type } } }\n  }\n": typeof types.TimelineLiveDocument,
    "query TimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }": typeof types.TimelineLastEventDocument,
    "mutation LeadPagingCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": typeof types.LeadPagingCreateLeadDocument,
    "mutation LeadPagingMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id } }": typeof types.LeadPagingMoveLeadStageDocument,
    "query LeadPagingLeads($filter: LeadFilter, $orderBy: LeadOrder, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.LeadPagingLeadsDocument,
    "mutation LeadPagingCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }": typeof types.LeadPagingCreateProjectDocument,
    "query LeadPagingProjects($search: String, $after: String) { projects(filter: { search: $search }, first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.LeadPagingProjectsDocument,
    "mutation LeadTransferPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount rows { rowNumber companyName inn legalForm taxRegime regionCode phone errors { field message } duplicates { lead { id } matchedOn } } } }": typeof types.LeadTransferPreviewLeadImportDocument,
    "mutation LeadTransferImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped leads { id companyName source { name } region { name } } } }": typeof types.LeadTransferImportLeadsDocument,
    "query LeadTransferLeads { leads(first: 1) { totalCount } }": typeof types.LeadTransferLeadsDocument,
    "mutation LeadTransferCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.LeadTransferCreateLeadDocument,
    "mutation LeadTransferImportLeads2($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped } }": typeof types.LeadTransferImportLeads2Document,
    "query LeadTransferExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename mimeType contentBase64 } }": typeof types.LeadTransferExportLeadsDocument,
    "fragment LeadTestFields on Lead { id version lastName firstName patronymic legalForm companyName inn taxRegime okvedCode activity regionCode region { name }\n  source { id name } phone email owner { id } notes extra stage lostReason { name } duplicates { lead { id } matchedOn } }": typeof types.LeadTestFieldsFragmentDoc,
    "mutation LeadCreateLead($input: LeadInput!) { createLead(input: $input) { ...LeadTestFields } }": typeof types.LeadCreateLeadDocument,
    "mutation LeadUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...LeadTestFields } }": typeof types.LeadUpdateLeadDocument,
    "query LeadLeadSources { leadSources { id name } }": typeof types.LeadLeadSourcesDocument,
    "mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }": typeof types.LeadMoveLeadStageDocument,
    "query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }": typeof types.LeadLeadsDocument,
    "query LeadLeadDuplicates { leadDuplicates(phone: \"8 495 739 70 00\") { lead { id } matchedOn } }": typeof types.LeadLeadDuplicatesDocument,
    "query LeadLead($id: ID!) { lead(id: $id) { companyName version } }": typeof types.LeadLeadDocument,
    "query LeadLostReasons { lostReasons { id name } }": typeof types.LeadLostReasonsDocument,
    "query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }": typeof types.LeadLead2Document,
    "mutation LeadCreateLeadField { createLeadField(input: { key: \"cashRegister\", label: \"Онлайн-касса\", type: BOOLEAN }) { id } }": typeof types.LeadCreateLeadFieldDocument,
    "mutation LeadCreateLeadField2 { createLeadField(input: { key: \"marketplace\", label: \"Маркетплейс\", type: CHOICE, options: [\"Ozon\", \"Wildberries\"] }) { id } }": typeof types.LeadCreateLeadField2Document,
    "mutation LeadCreateLeadField3 { createLeadField(input: { key: \"x\", label: \"X\", type: TEXT }) { id } }": typeof types.LeadCreateLeadField3Document,
    "query LeadLead3($id: ID!) { lead(id: $id) { id } }": typeof types.LeadLead3Document,
    "mutation MailCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.MailCreateLeadDocument,
    "mutation MailCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": typeof types.MailCreateClientDocument,
    "mutation MailCreateMailbox($input: MailboxInput!) { createMailbox(input: $input) { id label address smtpHost smtpTls imapUser sentFolder } }": typeof types.MailCreateMailboxDocument,
    "mutation MailUpdateMailbox($id: ID!, $input: MailboxInput!) { updateMailbox(id: $id, input: $input) { id smtpPort imapHost } }": typeof types.MailUpdateMailboxDocument,
    "mutation MailTestMailbox($id: ID!) { testMailbox(id: $id) { smtp { ok stage message } imap { ok stage message } sentFolder } }": typeof types.MailTestMailboxDocument,
    "query MailDraftFor($template: MailTemplateCode!, $leadId: ID) { mailDraft(template: $template, leadId: $leadId) { subject body to { name address } } }": typeof types.MailDraftForDocument,
    "\n  mutation MailSend($input: SendMailInput!) {\n    sendMail(input: $input) { id messageId inReplyTo references subject copiedToSent direction matchedBy text to { address } attachments { id filename size contentType url } }\n  }\n": typeof types.MailSendDocument,
    "\n  query MailTimeline($leadId: ID, $clientId: ID) {\n    timeline(leadId: $leadId, clientId: $clientId, first: 20, filter: { kinds: [EMAIL] }) {\n      edges { node { kind entry { kind direction subject summary contactName email { id subject messageId matchedBy from { name address } text hasRemoteImages html attachments { id filename size contentType url } } } } }\n    }\n  }\n": typeof types.MailTimelineDocument,
    "query MailMessageOne($id: ID!, $showImages: Boolean!) { mailMessage(id: $id) { id subject matchedBy text html(showImages: $showImages) hasRemoteImages from { name address } lead { id } client { id } } }": typeof types.MailMessageOneDocument,
    "query MailTriageList { mailTriage(first: 20) { totalCount edges { node { id subject from { address } } } } }": typeof types.MailTriageListDocument,
    "mutation MailAssign($id: ID!, $leadId: ID, $clientId: ID) { assignMail(id: $id, leadId: $leadId, clientId: $clientId) { id matchedBy lead { id } client { id } } }": typeof types.MailAssignDocument,
    "query MailTemplatesList { mailTemplates { code name subject body edited placeholders } }": typeof types.MailTemplatesListDocument,
    "mutation MailEditTemplate($code: MailTemplateCode!, $subject: String!, $body: String!) { updateMailTemplate(code: $code, subject: $subject, body: $body) { code subject edited } }": typeof types.MailEditTemplateDocument,
    "query NotificationPreferencesList { notificationPreferences { kind area enabled } }": typeof types.NotificationPreferencesListDocument,
    "mutation NotificationPreferencesSet($changes: [NotificationPreferenceInput!]!) { setNotificationPreferences(changes: $changes) { kind area enabled } }": typeof types.NotificationPreferencesSetDocument,
    "query NotificationPreferencesSources { leadSources { id } }": typeof types.NotificationPreferencesSourcesDocument,
    "mutation NotificationPreferencesLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.NotificationPreferencesLeadDocument,
    "mutation NotificationPreferencesLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": typeof types.NotificationPreferencesLogDocument,
    "mutation NotificationPreferencesFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }": typeof types.NotificationPreferencesFollowUpDocument,
    "mutation NotificationPreferencesPoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }": typeof types.NotificationPreferencesPoaDocument,
    "mutation NotificationPreferencesIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id } }": typeof types.NotificationPreferencesIssueDocument,
    "query NotificationPreferencesNotifications { notifications(first: 100) { edges { node { kind subjectId } } } }": typeof types.NotificationPreferencesNotificationsDocument,
    "subscription NotificationPreferencesLive { notificationEvents { id notification { kind subjectId } } }": typeof types.NotificationPreferencesLiveDocument,
    "fragment PricingQuote on PriceQuote { lines { key label value rule amount area } price cost margin marginPercent remuneration { area amount } overhead tariffVersionId }": typeof types.PricingQuoteFragmentDoc,
    "query PricingPreviewPrice($input: PricingInput!) { previewPrice(input: $input) { ...PricingQuote } }": typeof types.PricingPreviewPriceDocument,
    "mutation PricingCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id number price cost margin createdBy { id } tariffVersion { id number status } quote { ...PricingQuote } lead { id stage } } }": typeof types.PricingCreatePricingRunDocument,
    "query PricingTariffPlans { tariffPlans { id name isDefault current { id number version definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } draft { id } } }": typeof types.PricingTariffPlansDocument,
    "mutation PricingCreateLead($input: LeadInput!) { createLead(input: $input) { id stage version } }": typeof types.PricingCreateLeadDocument,
    "query PricingPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { number price } }": typeof types.PricingPricingRunsDocument,
    "query PricingComparePricingRuns($l: ID!, $r: ID!) { comparePricingRuns(leftId: $l, rightId: $r) { priceDifference lines { key difference left { amount } right { amount } } } }": typeof types.PricingComparePricingRunsDocument,
    "query PricingLead($id: ID!) { lead(id: $id) { stage history { type } } }": typeof types.PricingLeadDocument,
    "query PricingLead2($id: ID!) { lead(id: $id) { stage pricingRuns { id } } }": typeof types.PricingLead2Document,
    "mutation PricingCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id number status version } }": typeof types.PricingCreateTariffDraftDocument,
    "mutation PricingUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id version } }": typeof types.PricingUpdateTariffDraftDocument,
    "mutation PricingPublishTariffVersion($id: ID!, $version: Int!) { publishTariffVersion(id: $id, version: $version) { status } }": typeof types.PricingPublishTariffVersionDocument,
    "query PricingPricingRun($id: ID!) { pricingRun(id: $id) { price tariffVersion { number status definition { basePrices { legalForm taxRegime amount } } } } }": typeof types.PricingPricingRunDocument,
    "mutation PricingUpdateTariffDraft2($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }": typeof types.PricingUpdateTariffDraft2Document,
    "mutation PricingCreateTariffDraft2($planId: ID!) { createTariffDraft(planId: $planId) { id version } }": typeof types.PricingCreateTariffDraft2Document,
    "mutation PricingCreateTariffDraft3($planId: ID!) { createTariffDraft(planId: $planId) { id } }": typeof types.PricingCreateTariffDraft3Document,
    "query PricingTariffPlans2 { tariffPlans { id current { id } } }": typeof types.PricingTariffPlans2Document,
    "query PricingPricingRun2($id: ID!) { pricingRun(id: $id) { id } }": typeof types.PricingPricingRun2Document,
    "query PricingPricingRuns2($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": typeof types.PricingPricingRuns2Document,
    "query PricingComparePricingRuns2($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { priceDifference costDifference marginDifference left { cost margin } } }": typeof types.PricingComparePricingRuns2Document,
    "query PricingPricingRuns3($leadId: ID!) { pricingRuns(leadId: $leadId) { id price cost margin quote { price cost margin marginPercent remuneration { area amount } overhead } } }": typeof types.PricingPricingRuns3Document,
    "query PricingLead3($id: ID!) { lead(id: $id) { history { type changes } } }": typeof types.PricingLead3Document,
    "query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }": typeof types.TariffProblemsTariffPlansDocument,
    "mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }": typeof types.TariffProblemsUpdateTariffDraftDocument,
    "mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }": typeof types.TariffProblemsCreateTariffDraftDocument,
    "query DefaultTemplateTemplates { projectTemplates { id name version isDefault archived } }": typeof types.DefaultTemplateTemplatesDocument,
    "query DefaultTemplateTasks { projectTemplates { id tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }": typeof types.DefaultTemplateTasksDocument,
    "mutation DefaultTemplateCreate($input: ProjectTemplateInput!) { createProjectTemplate(input: $input) { id version isDefault } }": typeof types.DefaultTemplateCreateDocument,
    "mutation DefaultTemplateUpdate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id version isDefault archived } }": typeof types.DefaultTemplateUpdateDocument,
    "mutation DefaultTemplateCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id specifics contacts { name position phone email } } }": typeof types.DefaultTemplateCreateProjectDocument,
    "mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }": typeof types.FirmDayCreateProjectDocument,
    "mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": typeof types.FirmDayCreateTaskDocument,
    "query FirmDayMyTasks { myTasks { title dueDate overdue } }": typeof types.FirmDayMyTasksDocument,
    "mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }": typeof types.FirmDayUpdateFirmSettingsDocument,
    "query FirmDayProjectTemplates { projectTemplates { id } }": typeof types.FirmDayProjectTemplatesDocument,
    "query FirmDayMe { me { firm { today } } }": typeof types.FirmDayMeDocument,
    "query ProjectAccessTemplates { projectTemplates { id } }": typeof types.ProjectAccessTemplatesDocument,
    "mutation ProjectAccessCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version tasks { id version } } }": typeof types.ProjectAccessCreateProjectDocument,
    "mutation ProjectAccessAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { id version } }": typeof types.ProjectAccessAssignTaskDocument,
    "mutation ProjectAccessUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id version } }": typeof types.ProjectAccessUpdateProjectDocument,
    "mutation ProjectAccessChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { id version } }": typeof types.ProjectAccessChangeTaskStatusDocument,
    "query ProjectAccessProject($id: ID!) { project(id: $id) { id viewerCanEdit tasks { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }": typeof types.ProjectAccessProjectDocument,
    "query ProjectAccessList { projects(first: 100) { edges { node { id } } } }": typeof types.ProjectAccessListDocument,
    "subscription ProjectAccessTaskEvents { taskEvents { projectId taskId } }": typeof types.ProjectAccessTaskEventsDocument,
    "fragment ProjectTestTask on Task { id version title status position department dueDate assignee { id } priority }": typeof types.ProjectTestTaskFragmentDoc,
    "mutation ProjectCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version name startDate coordinator { id } tasks { ...ProjectTestTask dependsOnIds } } }": typeof types.ProjectCreateProjectDocument,
    "mutation ProjectChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { ...ProjectTestTask } }": typeof types.ProjectChangeTaskStatusDocument,
    "mutation ProjectMoveTask($id: ID!, $version: Int!, $status: TaskStatus!, $index: Int!) { moveTask(id: $id, version: $version, status: $status, index: $index) { ...ProjectTestTask } }": typeof types.ProjectMoveTaskDocument,
    "mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": typeof types.ProjectCreateTaskDocument,
    "query ProjectPage($search: String!, $after: String) { projects(filter: { search: $search }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }": typeof types.ProjectPageDocument,
    "mutation ProjectCommentTask($id: ID!, $body: String!, $mentionIds: [ID!]) { commentTask(id: $id, body: $body, mentionIds: $mentionIds) { id body author { id } mentions { id } } }": typeof types.ProjectCommentTaskDocument,
    "query ProjectProject($id: ID!) { project(id: $id) { tasks { id title status position } } }": typeof types.ProjectProjectDocument,
    "subscription ProjectTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id seq type projectId taskId actor { id } changes task { id status title version } } }": typeof types.ProjectTaskEventsDocument,
    "query ProjectAuditLog { auditLog(first: 1) { edges { node { id } } } }": typeof types.ProjectAuditLogDocument,
    "query ProjectProjectTemplates { projectTemplates { id name tasks { key } } }": typeof types.ProjectProjectTemplatesDocument,
    "query ProjectTask($id: ID!) { task(id: $id) { dependencies { id title status } } }": typeof types.ProjectTaskDocument,
    "mutation ProjectUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version specifics contacts { name decides } infobase { handedOver configuration mode date } checklist { id text done } } }": typeof types.ProjectUpdateProjectDocument,
    "mutation ProjectUpdateProject2($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, version: 1, input: $input) { id } }": typeof types.ProjectUpdateProject2Document,
    "mutation ProjectAssignTask($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version assignee { id } } }": typeof types.ProjectAssignTaskDocument,
    "mutation ProjectUpdateTask($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { title: \"x\" }) { id } }": typeof types.ProjectUpdateTaskDocument,
    "query ProjectProjects { projects { edges { node { id } } } }": typeof types.ProjectProjectsDocument,
    "mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }": typeof types.ProjectUpdateTask2Document,
    "query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }": typeof types.ProjectAuditLog2Document,
    "subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }": typeof types.ProjectTaskEvents2Document,
    "mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }": typeof types.ProjectAssignTask2Document,
    "mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }": typeof types.ProjectUpdateProject3Document,
    "query ProjectProject2($id: ID!) { project(id: $id) { version } }": typeof types.ProjectProject2Document,
    "query ProjectMyTasks { myTasks { title overdue } }": typeof types.ProjectMyTasksDocument,
    "query TaskCommentsTemplates { projectTemplates { id } }": typeof types.TaskCommentsTemplatesDocument,
    "query TaskCommentsLatestEvent { auditLog(first: 1) { edges { node { id } } } }": typeof types.TaskCommentsLatestEventDocument,
    "mutation TaskCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id commentCount } } }": typeof types.TaskCommentsCreateProjectDocument,
    "mutation TaskCommentsCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }": typeof types.TaskCommentsCommentTaskDocument,
    "query TaskCommentsBoard($id: ID!) { project(id: $id) { tasks { id commentCount } } }": typeof types.TaskCommentsBoardDocument,
    "subscription TaskCommentsTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { type taskId task { id commentCount } } }": typeof types.TaskCommentsTaskEventsDocument,
    "\n  query SchedulePreview($profile: TaxProfileInput!, $year: Int!) {\n    schedulePreview(profile: $profile, year: $year) { key code kind recipient period part nominalDate dueDate area title provisional unverified }\n  }\n": typeof types.SchedulePreviewDocument,
    "query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit viewObligationControl } }": typeof types.ViewerCapabilitiesViewerCanDocument,
    "mutation ViewerCapabilitiesMoveLeadStage($id: ID!) { moveLeadStage(id: $id, version: 1, stage: CONTACTED) { id } }": typeof types.ViewerCapabilitiesMoveLeadStageDocument,
    "mutation ViewerCapabilitiesCreateLeadSource { createLeadSource(input: { name: \"\" }) { id } }": typeof types.ViewerCapabilitiesCreateLeadSourceDocument,
    "mutation ViewerCapabilitiesUpdateLeadField($id: ID!) { updateLeadField(id: $id, input: { key: \"x\", label: \"X\", type: TEXT }) { id } }": typeof types.ViewerCapabilitiesUpdateLeadFieldDocument,
    "mutation ViewerCapabilitiesCreatePricingRun($id: ID!) { createPricingRun(leadId: $id, input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { id } }": typeof types.ViewerCapabilitiesCreatePricingRunDocument,
    "mutation ViewerCapabilitiesCreateTariffDraft($id: ID!) { createTariffDraft(planId: $id) { id } }": typeof types.ViewerCapabilitiesCreateTariffDraftDocument,
    "query ViewerCapabilitiesPreviewPrice { previewPrice(input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { cost margin } }": typeof types.ViewerCapabilitiesPreviewPriceDocument,
    "mutation ViewerCapabilitiesCreateProject { createProject(input: { name: \"\" }) { id } }": typeof types.ViewerCapabilitiesCreateProjectDocument,
    "mutation ViewerCapabilitiesUpdateProjectTemplate($id: ID!) { updateProjectTemplate(id: $id, version: 1, input: { name: \"Шаблон\", tasks: [] }) { id } }": typeof types.ViewerCapabilitiesUpdateProjectTemplateDocument,
    "mutation ViewerCapabilitiesDeactivateUser($id: ID!) { deactivateUser(userId: $id) { id } }": typeof types.ViewerCapabilitiesDeactivateUserDocument,
    "mutation ViewerCapabilitiesRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }": typeof types.ViewerCapabilitiesRevokeApiTokenDocument,
    "mutation ViewerCapabilitiesUpdateFirmSettings { updateFirmSettings(input: { timeZone: \"Nowhere/Never\" }) { id } }": typeof types.ViewerCapabilitiesUpdateFirmSettingsDocument,
    "query ViewerCapabilitiesAuditLog { auditLog(first: 1) { edges { node { id } } } }": typeof types.ViewerCapabilitiesAuditLogDocument,
    "query ViewerCapabilitiesObligationControl { obligationControl(first: 1) { overdue } }": typeof types.ViewerCapabilitiesObligationControlDocument,
    "mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.AccountAndTariffsBrowserLoginDocument,
    "query BoardBrowserProjectTemplates { projectTemplates { id } }": typeof types.BoardBrowserProjectTemplatesDocument,
    "mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }": typeof types.BoardBrowserCreateProjectDocument,
    "mutation ClientsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.ClientsBrowserCreateLeadDocument,
    "mutation ClientsBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId) { id } }": typeof types.ClientsBrowserAssignDocument,
    "query ClientsBrowserStatus($id: ID!) { client(id: $id) { status } }": typeof types.ClientsBrowserStatusDocument,
    "query ClientsBrowserDone { myObligations(filter: { statuses: [DONE] }, first: 10) { edges { node { id doneDate } } } }": typeof types.ClientsBrowserDoneDocument,
    "mutation ContractFilesBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": typeof types.ContractFilesBrowserCreateClientDocument,
    "mutation ContractsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.ContractsBrowserCreateLeadDocument,
    "mutation ContractsBrowserCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.ContractsBrowserCreateRunDocument,
    "query FirmSettingsBrowserMe { me { firm { timeZone } } }": typeof types.FirmSettingsBrowserMeDocument,
    "mutation FirstHourLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.FirstHourLoginDocument,
    "mutation FirstHourInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }": typeof types.FirstHourInviteUserDocument,
    "mutation FirstHourAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }": typeof types.FirstHourAcceptInviteDocument,
    "query FirstHourFirstLeadAndProject { leads(first: 1) { edges { node { id } } } projects(first: 1) { edges { node { id } } } }": typeof types.FirstHourFirstLeadAndProjectDocument,
    "query FirstHourFirstProject { projects(first: 1) { edges { node { id } } } }": typeof types.FirstHourFirstProjectDocument,
    "mutation FollowUpBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.FollowUpBrowserCreateLeadDocument,
    "mutation LeadScheduleCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.LeadScheduleCreateLeadDocument,
    "query LeadScheduleToday { me { firm { today } } }": typeof types.LeadScheduleTodayDocument,
    "query LeadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { dueDate nominalDate } }": typeof types.LeadSchedulePreviewDocument,
    "query LeadToProjectSources { leadSources { id } }": typeof types.LeadToProjectSourcesDocument,
    "mutation LeadToProjectCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.LeadToProjectCreateLeadDocument,
    "query LeadToProjectTemplates { projectTemplates { id version name isDefault tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }": typeof types.LeadToProjectTemplatesDocument,
    "mutation LeadToProjectUpdateTemplate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id } }": typeof types.LeadToProjectUpdateTemplateDocument,
    "query LeadToProjectProject($id: ID!) { project(id: $id) { specifics contacts { name email phone } lead { id } tasks { id } } }": typeof types.LeadToProjectProjectDocument,
    "query LiveCommentsTemplates { projectTemplates { id } }": typeof types.LiveCommentsTemplatesDocument,
    "mutation LiveCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id version } } }": typeof types.LiveCommentsCreateProjectDocument,
    "mutation LiveCommentsAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { version } }": typeof types.LiveCommentsAssignTaskDocument,
    "mutation MailBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.MailBrowserCreateLeadDocument,
    "query MailBrowserMailboxes { mailboxes { id } }": typeof types.MailBrowserMailboxesDocument,
    "mutation CalendarBrowserCreate($input: ClientInput!) { createClient(input: $input) { id } }": typeof types.CalendarBrowserCreateDocument,
    "mutation CalendarBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": typeof types.CalendarBrowserAssignDocument,
    "mutation CalendarBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }": typeof types.CalendarBrowserAcceptDocument,
    "query CalendarBrowserOpen($first: Int!) { myObligations(first: $first, filter: { statuses: [PLANNED] }) { edges { node { id dueDate overdue status } } } }": typeof types.CalendarBrowserOpenDocument,
    "query CalendarBrowserProvisional($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE] }) { edges { node { provisional } } } } }": typeof types.CalendarBrowserProvisionalDocument,
    "query CalendarBrowserStatus($from: Date!, $to: Date!) { myObligationCalendar(from: $from, to: $to) { id status doneDate } }": typeof types.CalendarBrowserStatusDocument,
    "mutation ControlBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": typeof types.ControlBrowserCreateClientDocument,
    "mutation ControlBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": typeof types.ControlBrowserAssignDocument,
    "mutation ControlBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }": typeof types.ControlBrowserAcceptDocument,
    "query ControlBrowserReminders { myObligationReminders { daysBefore } }": typeof types.ControlBrowserRemindersDocument,
    "mutation QuoteSetRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }": typeof types.QuoteSetRequisitesDocument,
    "mutation QuoteCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.QuoteCreateLeadDocument,
    "mutation QuoteCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": typeof types.QuoteCreateRunDocument,
    "mutation EmbeddedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.EmbeddedLoginDocument,
    "query EmbeddedUsers { users { email } }": typeof types.EmbeddedUsersDocument,
    "mutation EmbeddedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": typeof types.EmbeddedSignUpDocument,
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n": typeof types.HarnessSignUpDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n": typeof types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n": typeof types.HarnessAcceptInviteDocument,
    "fragment InputValidationLead on Lead { id version lastName companyName notes source { id } owner { id } extra }": typeof types.InputValidationLeadFragmentDoc,
    "fragment InputValidationProject on Project { id version name contacts { name } }": typeof types.InputValidationProjectFragmentDoc,
    "fragment InputValidationTask on Task { id version title description }": typeof types.InputValidationTaskFragmentDoc,
    "mutation InputValidationCreateLead($input: LeadInput!) { createLead(input: $input) { ...InputValidationLead } }": typeof types.InputValidationCreateLeadDocument,
    "mutation InputValidationUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...InputValidationLead } }": typeof types.InputValidationUpdateLeadDocument,
    "query InputValidationLead($id: ID!) { lead(id: $id) { ...InputValidationLead } }": typeof types.InputValidationLeadDocument,
    "query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }": typeof types.InputValidationLeadsDocument,
    "query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }": typeof types.InputValidationExportLeadsDocument,
    "mutation InputValidationCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...InputValidationProject } }": typeof types.InputValidationCreateProjectDocument,
    "mutation InputValidationUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { ...InputValidationProject } }": typeof types.InputValidationUpdateProjectDocument,
    "query InputValidationProject($id: ID!) { project(id: $id) { ...InputValidationProject } }": typeof types.InputValidationProjectDocument,
    "query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }": typeof types.InputValidationProjectsDocument,
    "mutation InputValidationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...InputValidationTask } }": typeof types.InputValidationCreateTaskDocument,
    "mutation InputValidationUpdateTask($id: ID!, $version: Int!, $input: UpdateTaskInput!) { updateTask(id: $id, version: $version, input: $input) { ...InputValidationTask } }": typeof types.InputValidationUpdateTaskDocument,
    "query InputValidationTask($id: ID!) { task(id: $id) { ...InputValidationTask } }": typeof types.InputValidationTaskDocument,
    "mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }": typeof types.InputValidationCommentTaskDocument,
    "mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.InputValidationCreatePricingRunDocument,
    "query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": typeof types.InputValidationPricingRunsDocument,
    "query InputValidationLeadSources { leadSources { id name } }": typeof types.InputValidationLeadSourcesDocument,
    "mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }": typeof types.InputValidationUpdateLeadSourceDocument,
    "mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }": typeof types.InputValidationCreateLeadSourceDocument,
    "query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }": typeof types.InputValidationOkvedCodesDocument,
    "mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }": typeof types.InputValidationPreviewLeadImportDocument,
    "mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }": typeof types.InputValidationImportLeadsDocument,
    "\n  fragment ListStatementsTask on Task {\n    id title status dueDate overdue checklist { id done } dependsOnIds dependencies { id }\n    project { id } assignee { id name } createdBy { id }\n    commentCount comments { id body author { id name } mentions { id name } }\n    history { id actor { user { id } } fieldChanges { field fromLabel toLabel } subject { title } }\n    viewerCanEdit viewerCanChangeStatus viewerCanComment\n  }\n": typeof types.ListStatementsTaskFragmentDoc,
    "\n      query ListStatementsContracts($first: Int!) {\n        contracts(first: $first) {\n          totalCount\n          edges { node { id number status price currentPrice serviceAreas client { fullName } lead { id companyName } customer { id shortName } partyName manager { id name } pricingRun { id } viewerCanEdit viewerCanSign\n            amendments { id status price contract { id } pricingRun { id } } priceHistory { from price amendment { id } } } }\n        }\n      }\n    ": typeof types.ListStatementsContractsDocument,
    "\n      query ListStatementsContract($id: ID!) {\n        contract(id: $id) {\n          id amendments { id documents { id docxUrl } } priceHistory { from amendment { id } }\n          documents { id title source status docxUrl pdfUrl scanUrl scanType scanSize }\n          powersOfAttorney { id status principal { name inn client { id } lead { id } } contract { id } representative { id name } replaces { id } documents { id } }\n        }\n      }\n    ": typeof types.ListStatementsContractDocument,
    "\n      query ListStatementsPowersOfAttorney($first: Int!) {\n        powersOfAttorney(first: $first) {\n          totalCount\n          edges { node { id number status kind validUntil daysLeft expiringSoon expiredOn principal { name inn client { id shortName } lead { id companyName } } contract { id number } representative { id name } replaces { id number } reissuedAs { id number } xmlFile { fileName number } xmlMismatches { field inRecord inFile } documents { id } viewerCanEdit } }\n        }\n      }\n    ": typeof types.ListStatementsPowersOfAttorneyDocument,
    "query ListStatementsPowersOfAttorneyToReissue { powersOfAttorneyToReissue { id number daysLeft principal { name inn client { id shortName } lead { id companyName } } representative { id name } reissuedAs { id status } } }": typeof types.ListStatementsPowersOfAttorneyToReissueDocument,
    "query ListStatementsNotificationPreferences { notificationPreferences { kind area enabled } }": typeof types.ListStatementsNotificationPreferencesDocument,
    "\n      query ListStatementsClients($first: Int!) {\n        clients(first: $first) {\n          totalCount\n          edges { node { id shortName serviceAreas patents { startDate } contacts { name } lead { id companyName client { id } } viewerCanEdit\n            areas { area served since accountant { id name } viewerCanAssign }\n            assignments { area fromDate toDate accountant { id name } assignedBy { id } } } }\n        }\n      }\n    ": typeof types.ListStatementsClientsDocument,
    "\n      query ListStatementsClientsContracts($first: Int!) {\n        clients(first: $first) { edges { node { id contracts { id number status partyName currentPrice lead { id } customer { id } manager { id name } } } } }\n      }\n    ": typeof types.ListStatementsClientsContractsDocument,
    "\n      query ListStatementsDocumentTemplates {\n        documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders } placeholders { name list within example } }\n      }\n    ": typeof types.ListStatementsDocumentTemplatesDocument,
    "\n      query ListStatementsClient($id: ID!, $first: Int!) {\n        client(id: $id) {\n          id assignments { id accountant { id } }\n          obligations(first: $first) { totalCount edges { node { id key dueDate overdue status owner { id name } client { id shortName } viewerCanChangeStatus } } }\n        }\n      }\n    ": typeof types.ListStatementsClientDocument,
    "\n      query ListStatementsMyObligations($first: Int!) {\n        myObligations(first: $first) { totalCount edges { node { id title dueDate overdue owner { id } client { id shortName areas { area accountant { id } } } viewerCanChangeStatus } } }\n      }\n    ": typeof types.ListStatementsMyObligationsDocument,
    "\n      query ListStatementsClientScheduleDiff($id: ID!) {\n        clientScheduleDiff(clientId: $id) { digest client { id } added { key } removed { key status } redated { key } keptDone { key } }\n      }\n    ": typeof types.ListStatementsClientScheduleDiffDocument,
    "\n      query ListStatementsPendingScheduleDiffs {\n        pendingScheduleDiffs { digest empty confirmed client { id shortName } added { key dueDate } removed { key status } redated { key previousDueDate } keptDone { key } }\n      }\n    ": typeof types.ListStatementsPendingScheduleDiffsDocument,
    "\n      query ListStatementsMyObligationCalendar($from: Date!, $to: Date!) {\n        myObligationCalendar(from: $from, to: $to) { id title dueDate overdue provisional status client { id shortName } owner { id } viewerCanChangeStatus }\n      }\n    ": typeof types.ListStatementsMyObligationCalendarDocument,
    "query ListStatementsProductionCalendars { productionCalendars { year state workingDays calendar { id daysOff workingWeekends shortened loadedBy { id } } } }": typeof types.ListStatementsProductionCalendarsDocument,
    "\n      query ListStatementsProductionCalendarPreview($content: String!) {\n        productionCalendarPreview(year: 2027, content: $content) { workingDays daysOff workingWeekends shortened changes { date working } }\n      }\n    ": typeof types.ListStatementsProductionCalendarPreviewDocument,
    "\n      query ListStatementsProjects($first: Int!) {\n        projects(first: $first) {\n          totalCount\n          edges { node { id name checklist { id } contacts { name } lead { id companyName } coordinator { id name } members { id name } viewerCanEdit tasks { ...ListStatementsTask } } }\n        }\n      }\n    ": typeof types.ListStatementsProjectsDocument,
    "\n      query ListStatementsProjectsOfAccountant($first: Int!) {\n        projects(first: $first) { totalCount edges { node { id members { id } viewerCanEdit tasks { id assignee { id } commentCount viewerCanEdit viewerCanChangeStatus viewerCanComment } } } }\n      }\n    ": typeof types.ListStatementsProjectsOfAccountantDocument,
    "query ListStatementsBoard($id: ID!) { project(id: $id) { id tasks { ...ListStatementsTask } } }": typeof types.ListStatementsBoardDocument,
    "query ListStatementsMyTasks { myTasks { ...ListStatementsTask } }": typeof types.ListStatementsMyTasksDocument,
    "\n      query ListStatementsLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          edges { node {\n            id companyName owner { id name } source { id name } lostReason { id name } region { code }\n            duplicates { matchedOn lead { id companyName } }\n            history { id actor { user { id } } fieldChanges { field from to } }\n            pricingRuns { id price cost values { key } createdBy { id } tariffVersion { id plan { id } } quote { lines { key } multipliers { key } remuneration { area } } }\n          } }\n        }\n      }\n    ": typeof types.ListStatementsLeadsDocument,
    "query ListStatementsLeadDuplicates($inn: String!) { leadDuplicates(inn: $inn) { matchedOn lead { id owner { id } source { id } } } }": typeof types.ListStatementsLeadDuplicatesDocument,
    "query ListStatementsPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id price margin values { key } createdBy { id } lead { id } tariffVersion { id } quote { lines { key } } } }": typeof types.ListStatementsPricingRunsDocument,
    "query ListStatementsCompareRuns($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { lines { key } left { id } right { id } } }": typeof types.ListStatementsCompareRunsDocument,
    "query ListStatementsAuditLog($first: Int!) { auditLog(first: $first) { edges { node { id type actor { id user { id name } } subject { title } fieldChanges { field fromLabel toLabel } } } } }": typeof types.ListStatementsAuditLogDocument,
    "\n      query ListStatementsTariffPlans {\n        tariffPlans {\n          id versions { id createdBy { id } }\n          draft { id plan { id } }\n          current { id createdBy { name } definition { basePrices { amount } multipliers { key factors { factor } } parameters { key options { key } priceByLegalForm { price } } remuneration { area } } }\n        }\n      }\n    ": typeof types.ListStatementsTariffPlansDocument,
    "query ListStatementsUsers { users { id name firm { id name } } }": typeof types.ListStatementsUsersDocument,
    "query ListStatementsApiTokens { apiTokens { id createdBy { id name } effectiveRole } }": typeof types.ListStatementsApiTokensDocument,
    "query ListStatementsLeadSources { leadSources { id name } }": typeof types.ListStatementsLeadSourcesDocument,
    "query ListStatementsLostReasons { lostReasons { id name } }": typeof types.ListStatementsLostReasonsDocument,
    "query ListStatementsLeadFields { leadFields { id options } }": typeof types.ListStatementsLeadFieldsDocument,
    "query ListStatementsProjectTemplates { projectTemplates { id tasks { key dependsOn } } }": typeof types.ListStatementsProjectTemplatesDocument,
    "\n      query ListStatementsTimeline($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } followUp { id owner { id } } }\n            followUp { id state viewerCanClose owner { id } createdBy { id } closedBy { id } lead { id } entry { id } }\n            change { id actor { user { id } } subject { title } fieldChanges { field } }\n          } }\n        }\n      }\n    ": typeof types.ListStatementsTimelineDocument,
    "\n      query ListStatementsClientTimeline($clientId: ID!, $first: Int!) {\n        timeline(clientId: $clientId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } client { id } }\n            documentRequest { id status overdue viewerCanEdit responsible { id name } createdBy { id } client { id } lead { id } items { id status entry { id } resolvedBy { id } } }\n            change { id subject { title } }\n          } }\n        }\n      }\n    ": typeof types.ListStatementsClientTimelineDocument,
    "\n      query ListStatementsTimelineEmail($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first, filter: { kinds: [EMAIL] }) {\n          edges { node { id kind entry { id subject email { id subject references from { address } to { address } cc { address } html hasRemoteImages mailbox { id label } lead { id } client { id } sentBy { id } attachments { id filename size url } } } } }\n        }\n      }\n    ": typeof types.ListStatementsTimelineEmailDocument,
    "query ListStatementsMailTriage($first: Int!) { mailTriage(first: $first) { totalCount edges { node { id subject from { name address } to { address } cc { address } references html(showImages: true) mailbox { id } attachments { id } lead { id } client { id } } } } }": typeof types.ListStatementsMailTriageDocument,
    "query ListStatementsMailMessage($id: ID!) { mailMessage(id: $id) { id references to { address } cc { address } attachments { id filename contentType size url } } }": typeof types.ListStatementsMailMessageDocument,
    "query ListStatementsMailboxes { mailboxes { id label address smtpHost imapHost sentFolder lastFetchError } }": typeof types.ListStatementsMailboxesDocument,
    "query ListStatementsMailTemplates { mailTemplates { code name subject placeholders } }": typeof types.ListStatementsMailTemplatesDocument,
    "query ListStatementsMailDraft($leadId: ID!) { mailDraft(template: DOCUMENT_REQUEST, leadId: $leadId) { subject to { name address } } }": typeof types.ListStatementsMailDraftDocument,
    "query ListStatementsMailRecipients($leadId: ID!) { mailRecipients(leadId: $leadId) { name address } }": typeof types.ListStatementsMailRecipientsDocument,
    "query ListStatementsMyDocumentRequests { myDocumentRequests { id status overdue viewerCanEdit responsible { id } client { id shortName } lead { id } items { id kind status entry { id } resolvedBy { id } } } }": typeof types.ListStatementsMyDocumentRequestsDocument,
    "query ListStatementsDocumentRequestTemplate { documentRequestTemplate { subject custom placeholders } }": typeof types.ListStatementsDocumentRequestTemplateDocument,
    "query ListStatementsMyFollowUps { myFollowUps { id state viewerCanClose owner { id } createdBy { id name } lead { id companyName } entry { id author { id } } } }": typeof types.ListStatementsMyFollowUpsDocument,
    "query ListStatementsSearch($first: Int!) { searchCorrespondence(text: \"выписка\", first: $first) { edges { node { fragments { text match } entry { id author { id } lead { id } client { id } } documentRequest { id client { id } items { id } } } } } }": typeof types.ListStatementsSearchDocument,
    "query ListStatementsNotifications($first: Int!) { unreadNotificationCount notifications(first: $first) { edges { node { id kind data } } } }": typeof types.ListStatementsNotificationsDocument,
    "query ListStatementsSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { key dueDate title } }": typeof types.ListStatementsSchedulePreviewDocument,
    "query ListStatementsRegions { regions { code name } }": typeof types.ListStatementsRegionsDocument,
    "\n      query ListStatementsObligationControl($first: Int!) {\n        obligationControl(first: $first) {\n          overdue dueThisWeek\n          byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n          byClient { client { id shortName } overdue dueThisWeek accountantCount }\n          obligations { id title dueDate overdue owner { id name } client { id shortName } viewerCanChangeStatus }\n          obligationsTotal\n          tasks { id title dueDate overdue assignee { id name } project { id name } }\n        }\n      }\n    ": typeof types.ListStatementsObligationControlDocument,
    "query ListStatementsOkvedCodes { okvedCodes { code title } }": typeof types.ListStatementsOkvedCodesDocument,
    "query ListStatementsBoardPeople($id: ID!) { project(id: $id) { id coordinator { id name } tasks { ...ListStatementsTask } } }": typeof types.ListStatementsBoardPeopleDocument,
    "mutation ListWorldCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.ListWorldCreateLeadDocument,
    "mutation ListWorldCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.ListWorldCreateRunDocument,
    "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }": typeof types.MutationAnswersTaskDocument,
    "mutation MutationAnswersPricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.MutationAnswersPricingRunDocument,
    "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.MutationAnswersLoginDocument,
    "query MutationAnswersClientObligation($id: ID!) { client(id: $id) { obligations(first: 1) { edges { node { id version } } } } }": typeof types.MutationAnswersClientObligationDocument,
    "query MutationAnswersScheduleDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }": typeof types.MutationAnswersScheduleDigestDocument,
    "query MutationAnswersCalendarDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }": typeof types.MutationAnswersCalendarDigestDocument,
    "query MutationAnswersLeadVersion($id: ID!) { lead(id: $id) { version } }": typeof types.MutationAnswersLeadVersionDocument,
    "query MutationAnswersContractSettings { contractSettings { version } }": typeof types.MutationAnswersContractSettingsDocument,
    "mutation MutationAnswersSignContract($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { version } }": typeof types.MutationAnswersSignContractDocument,
    "mutation MutationAnswersSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { version } }": typeof types.MutationAnswersSignAmendmentDocument,
    "query MutationAnswersNotifications { notifications(first: 1, unreadOnly: true) { edges { node { id } } } }": typeof types.MutationAnswersNotificationsDocument,
    "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }": typeof types.MutationAnswersProjectTemplatesDocument,
    "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.MutationAnswersCreateLeadDocument,
    "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.MutationAnswersCreatePricingRunDocument,
    "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }": typeof types.MutationAnswersCreateProjectDocument,
    "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }": typeof types.MutationAnswersCommentTaskDocument,
    "mutation ProtectionLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.ProtectionLoginDocument,
    "query ProtectionServerInfo { serverInfo { explorerEnabled } }": typeof types.ProtectionServerInfoDocument,
    "query ProtectionMeFirm { me { firm { id } } }": typeof types.ProtectionMeFirmDocument,
    "subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }": typeof types.ProtectionFirstAuditEventDocument,
    "subscription ProtectionAuditEventsOverHttp { auditEvents(after: \"0\") { id } }": typeof types.ProtectionAuditEventsOverHttpDocument,
    "subscription ProtectionAuditEventsChanges($after: ID) { auditEvents(after: $after) { id changes } }": typeof types.ProtectionAuditEventsChangesDocument,
    "mutation ProtectionCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": typeof types.ProtectionCreateLeadDocument,
    "mutation ProtectionUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { id version } }": typeof types.ProtectionUpdateLeadDocument,
    "subscription ProtectionAuditEventsExpiring { auditEvents(after: \"0\") { id } }": typeof types.ProtectionAuditEventsExpiringDocument,
    "query ProtectionMe { me { id } }": typeof types.ProtectionMeDocument,
    "query StatementsTypename { __typename }": typeof types.StatementsTypenameDocument,
    "subscription TenancyAuditEvents($after: ID) { auditEvents(after: $after) { id seq type subjectId } }": typeof types.TenancyAuditEventsDocument,
    "mutation TenancyCreateApiToken { createApiToken(input: { name: \"A\", role: MANAGER }) { apiToken { id } } }": typeof types.TenancyCreateApiTokenDocument,
    "query TenancyUsers { users { id firm { id } } }": typeof types.TenancyUsersDocument,
    "query TenancyApiTokens { apiTokens { id } }": typeof types.TenancyApiTokensDocument,
    "query TenancyAuditLog { auditLog(first: 100) { edges { node { type subjectId } } } }": typeof types.TenancyAuditLogDocument,
    "mutation TenancyDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": typeof types.TenancyDeactivateUserDocument,
    "mutation TenancyReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id } }": typeof types.TenancyReactivateUserDocument,
    "mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": typeof types.TenancyChangeUserRoleDocument,
    "mutation TenancyRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }": typeof types.TenancyRevokeApiTokenDocument,
    "query TenancyUsers2 { users { id active role } apiTokens { id revokedAt } }": typeof types.TenancyUsers2Document,
    "mutation TenancyInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }": typeof types.TenancyInviteUserDocument,
};
const documents: Documents = {
    "mutation DemoSeedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.DemoSeedLoginDocument,
    "query DemoSeedMyTasks { myTasks { title status comments { body } project { name } } }": types.DemoSeedMyTasksDocument,
    "query DemoSeedProjects { projects { totalCount edges { node { name status lead { companyName stage } } } } }": types.DemoSeedProjectsDocument,
    "query DemoSeedLeads { leads(first: 50) { edges { node { id stage } } } }": types.DemoSeedLeadsDocument,
    "query DemoSeedPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": types.DemoSeedPricingRunsDocument,
    "query DemoSeedMyObligations { myObligations(first: 100) { totalCount edges { node { code client { shortName status } } } } }": types.DemoSeedMyObligationsDocument,
    "query DemoSeedMyFollowUps { myFollowUps { title } }": types.DemoSeedMyFollowUpsDocument,
    "query DemoSeedAuditLog { auditLog(first: 200) { edges { node { type } } } }": types.DemoSeedAuditLogDocument,
    "query DemoSeedFirm { me { firm { name inn kpp address phone email taxRegime vatRate quoteValidDays } } }": types.DemoSeedFirmDocument,
    "subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }": types.LiveAuditEventsDocument,
    "query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }": types.LiveAuditLogDocument,
    "mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }": types.LiveCreateProjectDocument,
    "mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }": types.LiveCreateTaskDocument,
    "query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }": types.LiveAuditLog2Document,
    "subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }": types.LiveTaskEventsDocument,
    "mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }": types.LiveChangeTaskStatusDocument,
    "query AuditReadableLog($first: Int!, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {\n  edges { node { id type actor { id name } subject { type id title projectId } fieldChanges { field from to kind fromLabel toLabel } } }\n  pageInfo { hasNextPage endCursor } } }": types.AuditReadableLogDocument,
    "query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }": types.AuditAuditLogDocument,
    "subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }": types.AuditAuditEventsDocument,
    "mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }": types.AuditInviteUserDocument,
    "mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": types.AuditChangeUserRoleDocument,
    "mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": types.AuditDeactivateUserDocument,
    "subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }": types.AuditAuditEventsActorRoleDocument,
    "mutation AuditLogout { logout }": types.AuditLogoutDocument,
    "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id email name role department firm { id name } } } }": types.AuthSignUpDocument,
    "mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }": types.AuthLoginDocument,
    "query AuthMe { me { id email name role department firm { id name } } }": types.AuthMeDocument,
    "mutation AuthLogout { logout }": types.AuthLogoutDocument,
    "mutation AuthInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }": types.AuthInviteUserDocument,
    "mutation AuthAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }": types.AuthAcceptInviteDocument,
    "mutation AuthChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { id } }": types.AuthChangePasswordDocument,
    "query AuthAuditLog { auditLog(first: 5) { edges { node { type } } } }": types.AuthAuditLogDocument,
    "mutation AuthCreateApiToken { createApiToken(input: { name: \"ci\", role: OWNER }) { token } }": types.AuthCreateApiTokenDocument,
    "mutation FirmUpdateFirmSettings($timeZone: String) { updateFirmSettings(input: { timeZone: $timeZone }) { id timeZone } }": types.FirmUpdateFirmSettingsDocument,
    "query FirmMe { me { firm { id timeZone } } }": types.FirmMeDocument,
    "query FirmAuditLog { auditLog(first: 5) { edges { node { type subjectType subjectId changes } } } }": types.FirmAuditLogDocument,
    "query FirmMyTasks { myTasks { overdue } }": types.FirmMyTasksDocument,
    "mutation FirmCreateProject { createProject(input: { name: \"Приём\" }) { id } }": types.FirmCreateProjectDocument,
    "mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": types.FirmCreateTaskDocument,
    "query FirmLatestAuditEntry { auditLog(first: 1) { edges { node { id } } } }": types.FirmLatestAuditEntryDocument,
    "mutation FirmCreateAnotherProject { createProject(input: { name: \"Ещё один\" }) { id } }": types.FirmCreateAnotherProjectDocument,
    "subscription FirmTaskEvents($after: ID) { taskEvents(after: $after) { id } }": types.FirmTaskEventsDocument,
    "mutation FirmUpdateRequisites($input: FirmSettingsInput!) {\n  updateFirmSettings(input: $input) { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl }\n}": types.FirmUpdateRequisitesDocument,
    "query FirmRequisites { me { firm { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl } } }": types.FirmRequisitesDocument,
    "query FirmSettingsEvents { auditLog(first: 10, filter: { types: [FIRM_SETTINGS_CHANGED] }) { edges { node { changes } } } }": types.FirmSettingsEventsDocument,
    "mutation InvitationRenewalInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink user { id } } }": types.InvitationRenewalInviteUserDocument,
    "mutation InvitationRenewalRenew($userId: ID!) { renewInvitation(userId: $userId) { invitationLink expiresAt user { id invitationPending } } }": types.InvitationRenewalRenewDocument,
    "mutation InvitationRenewalAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { user { id } } }": types.InvitationRenewalAcceptInviteDocument,
    "query InvitationRenewalAuditLog { auditLog(first: 5) { edges { node { type subjectId } } } }": types.InvitationRenewalAuditLogDocument,
    "query PrincipalCacheMe { me { id } }": types.PrincipalCacheMeDocument,
    "query PrincipalCacheAuditLog { auditLog(first: 1) { edges { cursor } } }": types.PrincipalCacheAuditLogDocument,
    "mutation PrincipalCacheLogout { logout }": types.PrincipalCacheLogoutDocument,
    "mutation PrincipalCacheDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": types.PrincipalCacheDeactivateUserDocument,
    "mutation PrincipalCacheChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": types.PrincipalCacheChangeUserRoleDocument,
    "mutation PrincipalCacheCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }": types.PrincipalCacheCreateApiTokenDocument,
    "mutation TeamInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink expiresAt user { id email role department invitationPending active } } }": types.TeamInviteUserDocument,
    "mutation TeamAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token user { id role } } }": types.TeamAcceptInviteDocument,
    "mutation TeamChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role department } }": types.TeamChangeUserRoleDocument,
    "mutation TeamDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id active } }": types.TeamDeactivateUserDocument,
    "mutation TeamReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id active } }": types.TeamReactivateUserDocument,
    "query TeamMe { me { id role department } }": types.TeamMeDocument,
    "subscription TeamAuditEvents($after: ID) { auditEvents(after: $after) { id type } }": types.TeamAuditEventsDocument,
    "query TeamUsers { users { email invitationPending } }": types.TeamUsersDocument,
    "query TeamAuditLog { auditLog { edges { node { id } } } }": types.TeamAuditLogDocument,
    "query TeamApiTokens { apiTokens { id } }": types.TeamApiTokensDocument,
    "query TeamUsers2 { users { id } }": types.TeamUsers2Document,
    "mutation TeamLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.TeamLoginDocument,
    "mutation TeamLogout { logout }": types.TeamLogoutDocument,
    "mutation TeamCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name role lastUsedAt revokedAt } } }": types.TeamCreateApiTokenDocument,
    "query TeamApiTokens2 { apiTokens { id name lastUsedAt createdBy { id } } }": types.TeamApiTokens2Document,
    "mutation TeamRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }": types.TeamRevokeApiTokenDocument,
    "mutation TeamCreateApiToken2($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }": types.TeamCreateApiToken2Document,
    "query TeamApiTokens3 { apiTokens { id role effectiveRole } }": types.TeamApiTokens3Document,
    "fragment CalendarLoadItem on Obligation { id version key dueDate status provisional note doneDate }": types.CalendarLoadItemFragmentDoc,
    "mutation CalendarLoadCreate($input: ClientInput!) { createClient(input: $input) { id version } }": types.CalendarLoadCreateDocument,
    "mutation CalendarLoadAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": types.CalendarLoadAssignDocument,
    "mutation CalendarLoadAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }": types.CalendarLoadAcceptDocument,
    "query CalendarLoadItems($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE, NOT_REQUIRED] }) { edges { node { ...CalendarLoadItem } } } } }": types.CalendarLoadItemsDocument,
    "mutation CalendarLoadChange($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note) { ...CalendarLoadItem } }": types.CalendarLoadChangeDocument,
    "query CalendarLoadYears { productionCalendars { year state source workingDays calendar { year workingDays source loadedBy { id } } } }": types.CalendarLoadYearsDocument,
    "query CalendarLoadPreview($year: Int!, $content: String!, $fileName: String) { productionCalendarPreview(year: $year, content: $content, fileName: $fileName) { year source workingDays nonWorkingDays daysOff workingWeekends shortened replaces changes { date working } } }": types.CalendarLoadPreviewDocument,
    "mutation CalendarLoad($year: Int!, $content: String!, $fileName: String) { loadProductionCalendar(year: $year, content: $content, fileName: $fileName) { id year workingDays source daysOff workingWeekends loadedBy { id } } }": types.CalendarLoadDocument,
    "query CalendarLoadPending { pendingScheduleDiffs { client { id shortName } digest empty confirmed redated { key dueDate previousDueDate status } keptDone { key status } added { key } removed { key } } }": types.CalendarLoadPendingDocument,
    "mutation CalendarLoadApplyAll($diffs: [ScheduleDiffRef!]!) { applyClientScheduleDiffs(diffs: $diffs) { client { id } confirmed redated { key } } }": types.CalendarLoadApplyAllDocument,
    "query CalendarLoadMonth($from: Date!, $to: Date!, $filter: ObligationFilter) { myObligationCalendar(from: $from, to: $to, filter: $filter) { ...CalendarLoadItem } }": types.CalendarLoadMonthDocument,
    "query CalendarLoadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { code period dueDate provisional } }": types.CalendarLoadSchedulePreviewDocument,
    "fragment ClientTestObligation on Obligation { id version key code kind area dueDate status overdue provisional note doneDate owner { id } client { id } viewerCanChangeStatus }": types.ClientTestObligationFragmentDoc,
    "mutation ClientCreate($input: ClientInput!) { createClient(input: $input) { id version status shortName profitAdvances serviceAreas } }": types.ClientCreateDocument,
    "mutation ClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version legalForm shortName fullName inn taxRegime regionCode contacts { name phone email } lead { id stage client { id } } } }": types.ClientFromLeadDocument,
    "mutation ClientCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": types.ClientCreateLeadDocument,
    "mutation ClientUpdate($id: ID!, $version: Int!, $input: ClientInput!) { updateClient(id: $id, version: $version, input: $input) { id version hasEmployees } }": types.ClientUpdateDocument,
    "mutation ClientAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version areas { area accountant { id } since } assignments { area fromDate toDate accountant { id } assignedBy { id } } } }": types.ClientAssignDocument,
    "mutation ClientAccept($id: ID!, $version: Int!, $activeFrom: Date) { acceptClient(id: $id, version: $version, activeFrom: $activeFrom) { id version status statusSince serviceStartDate } }": types.ClientAcceptDocument,
    "query ClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { totalCount edges { node { ...ClientTestObligation } } } } }": types.ClientObligationsDocument,
    "query ClientMyObligations($filter: ObligationFilter, $first: Int!, $after: String) { myObligations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ClientTestObligation } } } }": types.ClientMyObligationsDocument,
    "mutation ClientChangeObligation($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String, $reason: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note, reason: $reason) { ...ClientTestObligation } }": types.ClientChangeObligationDocument,
    "query ClientScheduleDiff($clientId: ID!) { clientScheduleDiff(clientId: $clientId) { digest empty added { key } removed { key removal status } redated { key dueDate previousDueDate } keptDone { key status } } }": types.ClientScheduleDiffDocument,
    "mutation ClientApplyDiff($clientId: ID!, $digest: String!) { applyClientScheduleDiff(clientId: $clientId, digest: $digest) { digest removed { key } } }": types.ClientApplyDiffDocument,
    "query ClientCard($id: ID!) { client(id: $id) { id status } }": types.ClientCardDocument,
    "query ClientList($filter: ClientFilter, $first: Int!) { clients(filter: $filter, first: $first) { totalCount edges { node { id shortName lead { id } areas { area accountant { name } } assignments { accountant { name } } } } } }": types.ClientListDocument,
    "mutation ControlCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }": types.ControlCreateClientDocument,
    "mutation ControlAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": types.ControlAssignDocument,
    "mutation ControlAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }": types.ControlAcceptDocument,
    "query ControlClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { edges { node { id code dueDate status provisional owner { id } } } } } }": types.ControlClientObligationsDocument,
    "query ControlMyObligations($first: Int!) { myObligations(first: $first) { edges { node { id status } } } }": types.ControlMyObligationsDocument,
    "\n  query ControlView($accountantId: ID, $clientId: ID, $unassigned: Boolean) {\n    obligationControl(accountantId: $accountantId, clientId: $clientId, unassigned: $unassigned) {\n      today weekStart weekEnd overdue dueThisWeek tasksOverdue tasksDueThisWeek\n      byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n      byClient { client { id shortName } overdue dueThisWeek accountantCount }\n      obligations { id dueDate overdue owner { id } client { id } }\n      obligationsTotal\n      tasks { id title dueDate assignee { id } }\n    }\n  }\n": types.ControlViewDocument,
    "query ControlMyCalendarFeed { myCalendarFeed { createdAt lastUsedAt } }": types.ControlMyCalendarFeedDocument,
    "mutation ControlRotateFeed { rotateCalendarFeed { url feed { createdAt lastUsedAt } } }": types.ControlRotateFeedDocument,
    "mutation ControlRevokeFeed { revokeCalendarFeed }": types.ControlRevokeFeedDocument,
    "query ControlReminders { myObligationReminders { daysBefore } }": types.ControlRemindersDocument,
    "mutation ControlSetReminderDays($days: Int!) { setObligationReminderDays(days: $days) { daysBefore } }": types.ControlSetReminderDaysDocument,
    "query ControlNotifications { notifications(first: 200) { edges { node { kind subjectType subjectId data } } } }": types.ControlNotificationsDocument,
    "mutation DocumentsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.DocumentsCreateLeadDocument,
    "mutation DocumentsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": types.DocumentsCreateRunDocument,
    "mutation DocumentsCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price } }": types.DocumentsCreateContractDocument,
    "query DocumentsSettings { contractSettings { version } }": types.DocumentsSettingsDocument,
    "mutation DocumentsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version } }": types.DocumentsUpdateSettingsDocument,
    "mutation DocumentsFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }": types.DocumentsFirmRequisitesDocument,
    "mutation DocumentsGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id status title docxUrl pdfUrl } }": types.DocumentsGenerateDocument,
    "query DocumentsLastEntry { auditLog(first: 1) { edges { node { id } } } }": types.DocumentsLastEntryDocument,
    "subscription DocumentsEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }": types.DocumentsEventsDocument,
    "query DocumentsCard($id: ID!) { contract(id: $id) { documents { id status title docxUrl pdfUrl docxSize } } }": types.DocumentsCardDocument,
    "mutation DocumentsCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number } }": types.DocumentsCreatePoaDocument,
    "mutation FilesCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": types.FilesCreateLeadDocument,
    "query FilesLeadVersion($id: ID!) { lead(id: $id) { version } }": types.FilesLeadVersionDocument,
    "mutation FilesCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": types.FilesCreateRunDocument,
    "mutation FilesCreateClient($input: ClientInput!) { createClient(input: $input) { id shortName } }": types.FilesCreateClientDocument,
    "mutation FilesClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id } }": types.FilesClientFromLeadDocument,
    "mutation FilesCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price partyName lead { id } customer { id shortName } pricingRun { id } client { fullName inn kpp } } }": types.FilesCreateContractDocument,
    "mutation FilesSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version status } }": types.FilesSignDocument,
    "mutation FilesAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id price pricingRun { id } } }": types.FilesAmendDocument,
    "query FilesClientCard($id: ID!) { client(id: $id) { id contracts { id number partyName customer { id } } } }": types.FilesClientCardDocument,
    "query FilesRegistry($filter: ContractFilter) { contracts(filter: $filter, first: 50) { totalCount edges { node { id number partyName } } } }": types.FilesRegistryDocument,
    "mutation FilesFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id fullName ogrn bankAccount bik correspondentAccount signerName signerAuthority } }": types.FilesFirmRequisitesDocument,
    "query FilesSettings { contractSettings { version } }": types.FilesSettingsDocument,
    "mutation FilesUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version city } }": types.FilesUpdateSettingsDocument,
    "mutation FilesGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id } }": types.FilesGenerateDocument,
    "query FilesLastEntry { auditLog(first: 1) { edges { node { id type } } } }": types.FilesLastEntryDocument,
    "subscription FilesEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }": types.FilesEventsDocument,
    "query FilesDocuments($id: ID!) { contract(id: $id) { documents { id source status title scanUrl scanType scanSize docxUrl } amendments { id documents { id source scanUrl } } } }": types.FilesDocumentsDocument,
    "query FilesTemplates { documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders size } placeholders { name list within example } } }": types.FilesTemplatesDocument,
    "mutation FilesActivateTemplate($kind: TemplateKind!) { activateDocumentTemplate(kind: $kind) { id kind active unknownPlaceholders } }": types.FilesActivateTemplateDocument,
    "mutation FilesCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }": types.FilesCreatePoaDocument,
    "mutation FilesUploadMchd($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) { uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) { id xmlFile { fileName url } } }": types.FilesUploadMchdDocument,
    "\n  mutation FilesPoa($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...FilesPoaFields }\n  }\n  fragment FilesPoaFields on PowerOfAttorney {\n    id number version status contract { id } principal { name inn client { id } lead { id } } documents { id source title scanUrl scanType scanSize }\n  }\n": types.FilesPoaDocument,
    "query FilesPoaGet($id: ID!) { powerOfAttorney(id: $id) { ...FilesPoaFields } }": types.FilesPoaGetDocument,
    "mutation FilesPoaIssue($id: ID!, $version: Int!) { issuePowerOfAttorney(id: $id, version: $version) { id version } }": types.FilesPoaIssueDocument,
    "mutation FilesPoaReissue($id: ID!) { reissuePowerOfAttorney(id: $id) { ...FilesPoaFields } }": types.FilesPoaReissueDocument,
    "query FilesPoaRegistry($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id principal { name inn client { id } lead { id } } } } } }": types.FilesPoaRegistryDocument,
    "mutation FilesResetTemplate($kind: TemplateKind!) { resetDocumentTemplate(kind: $kind) { kind uploaded { id } } }": types.FilesResetTemplateDocument,
    "mutation ContractsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.ContractsCreateLeadDocument,
    "mutation ContractsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": types.ContractsCreateRunDocument,
    "\n  mutation ContractsCreate($input: CreateContractInput!) {\n    createContract(input: $input) { ...ContractTestFields }\n  }\n  fragment ContractTestFields on Contract {\n    id number version status date startDate price currentPrice serviceAreas paymentTerms\n    firmSignedOn firmSigner clientSignedOn clientSigner channel sentOn originalReceivedOn terminatedOn terminationReason\n    client { fullName inn kpp signerName authorityBasis }\n    manager { id } lead { id companyName } pricingRun { id }\n    viewerCanEdit viewerCanSign\n  }\n": types.ContractsCreateDocument,
    "mutation ContractsUpdate($id: ID!, $version: Int!, $input: UpdateContractInput!) { updateContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }": types.ContractsUpdateDocument,
    "mutation ContractsSend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { ...ContractTestFields } }": types.ContractsSendDocument,
    "mutation ContractsSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }": types.ContractsSignDocument,
    "mutation ContractsOriginal($id: ID!, $version: Int!, $on: Date) { recordContractOriginal(id: $id, version: $version, on: $on) { ...ContractTestFields } }": types.ContractsOriginalDocument,
    "mutation ContractsTerminate($id: ID!, $version: Int!, $on: Date!, $reason: String!) { terminateContract(id: $id, version: $version, on: $on, reason: $reason) { ...ContractTestFields } }": types.ContractsTerminateDocument,
    "query ContractsGet($id: ID!) { contract(id: $id) { ...ContractTestFields amendments { id number status price effectiveFrom version } priceHistory { from price amendment { number } } } }": types.ContractsGetDocument,
    "query ContractsList($filter: ContractFilter, $first: Int) { contracts(filter: $filter, first: $first) { totalCount edges { node { id number status currentPrice lead { companyName } manager { name } } } } }": types.ContractsListDocument,
    "query ContractsTotals { contractTotals { active monthlyRevenue awaitingSignature expiringPowersOfAttorney } }": types.ContractsTotalsDocument,
    "mutation ContractsAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id number status price effectiveFrom version contract { id number } } }": types.ContractsAmendDocument,
    "mutation ContractsSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { id status version } }": types.ContractsSignAmendmentDocument,
    "query ContractsAuditLog { auditLog(first: 50) { edges { node { type subject { type title } } } } }": types.ContractsAuditLogDocument,
    "query ContractsSettings { contractSettings { version contractNumberPattern poaWarningDays } }": types.ContractsSettingsDocument,
    "mutation ContractsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version contractNumberPattern } }": types.ContractsUpdateSettingsDocument,
    "mutation PoaExpiryCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.PoaExpiryCreateLeadDocument,
    "mutation PoaExpiryCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.PoaExpiryCreateRunDocument,
    "mutation PoaExpiryCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version } }": types.PoaExpiryCreateContractDocument,
    "mutation PoaExpirySend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { id version } }": types.PoaExpirySendDocument,
    "mutation PoaExpirySign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version } }": types.PoaExpirySignDocument,
    "mutation PoaExpiryCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": types.PoaExpiryCreateClientDocument,
    "mutation PoaExpiryCreate($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number version } }": types.PoaExpiryCreateDocument,
    "mutation PoaExpiryIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id version } }": types.PoaExpiryIssueDocument,
    "query PoaExpiryGet($id: ID!) { powerOfAttorney(id: $id) { id status expiredOn daysLeft expiringSoon } }": types.PoaExpiryGetDocument,
    "query PoaExpiryNotifications { notifications(first: 100) { edges { node { id kind subjectType subjectId data } } } }": types.PoaExpiryNotificationsDocument,
    "subscription PoaExpiryLive { notificationEvents { id notification { kind subjectId data } } }": types.PoaExpiryLiveDocument,
    "query PoaExpirySettings { contractSettings { version unsignedReminderDays } }": types.PoaExpirySettingsDocument,
    "mutation PoaExpirySetSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version unsignedReminderDays } }": types.PoaExpirySetSettingsDocument,
    "query PoaExpiryLog { auditLog(first: 100) { edges { node { type subject { id } } } } }": types.PoaExpiryLogDocument,
    "mutation PoaCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.PoaCreateLeadDocument,
    "\n  mutation PoaCreate($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...PoaTestFields }\n  }\n  fragment PoaTestFields on PowerOfAttorney {\n    id number version kind status issueDate validUntil issuedOn revokedOn revocationReason powers representativeKind\n    representative { id } principal { name inn lead { id } client { id } } replaces { id } reissuedAs { id } viewerCanEdit\n  }\n": types.PoaCreateDocument,
    "mutation PoaIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { ...PoaTestFields } }": types.PoaIssueDocument,
    "mutation PoaRevoke($id: ID!, $version: Int!, $reason: String!) { revokePowerOfAttorney(id: $id, version: $version, reason: $reason) { ...PoaTestFields } }": types.PoaRevokeDocument,
    "mutation PoaUpdate($id: ID!, $version: Int!, $input: UpdatePowerOfAttorneyInput!) { updatePowerOfAttorney(id: $id, version: $version, input: $input) { ...PoaTestFields } }": types.PoaUpdateDocument,
    "query PoaGet($id: ID!) { powerOfAttorney(id: $id) { ...PoaTestFields } }": types.PoaGetDocument,
    "query PoaList($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id status } } } }": types.PoaListDocument,
    "\n  mutation PoaReissue($id: ID!, $input: ReissuePowerOfAttorneyInput) {\n    reissuePowerOfAttorney(id: $id, input: $input) { ...PoaTestFields powers kind issueDate validUntil reissuedAs { id } replaces { id reissuedAs { id } } }\n  }\n": types.PoaReissueDocument,
    "query PoaToReissue { powersOfAttorneyToReissue { id number representative { id name } reissuedAs { id status } } }": types.PoaToReissueDocument,
    "mutation PoaDeactivate($userId: ID!) { deactivateUser(userId: $userId) { id active } }": types.PoaDeactivateDocument,
    "query PoaNotices { notifications(first: 50) { edges { node { kind subjectId data } } } }": types.PoaNoticesDocument,
    "mutation PoaCreateLeadOf($input: LeadInput!) { createLead(input: $input) { id } }": types.PoaCreateLeadOfDocument,
    "\n  mutation PoaUploadXml($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) {\n    uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) {\n      id version registrationNumber\n      xmlFile { fileName size format number issueDate validUntil uploadedAt }\n      xmlMismatches { field inRecord inFile }\n    }\n  }\n": types.PoaUploadXmlDocument,
    "query ClientTimelineLeadSources { leadSources { id } }": types.ClientTimelineLeadSourcesDocument,
    "mutation ClientTimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": types.ClientTimelineCreateLeadDocument,
    "mutation ClientTimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }": types.ClientTimelineMoveLeadDocument,
    "mutation ClientTimelineFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version } }": types.ClientTimelineFromLeadDocument,
    "mutation ClientTimelineCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }": types.ClientTimelineCreateClientDocument,
    "mutation ClientTimelineAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": types.ClientTimelineAssignDocument,
    "mutation ClientTimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id lead { id } client { id } } }": types.ClientTimelineLogDocument,
    "\n  query ClientTimelinePage($leadId: ID, $clientId: ID, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { id } } followUp { title } change { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ClientTimelinePageDocument,
    "\n  subscription ClientTimelineLive($leadId: ID, $clientId: ID, $after: ID) {\n    timelineEvents(leadId: $leadId, clientId: $clientId, after: $after) { id item { id kind entry { summary } change { type } } }\n  }\n": types.ClientTimelineLiveDocument,
    "\n  query ClientTimelineSearch($text: String!, $clientId: ID, $first: Int!) {\n    searchCorrespondence(text: $text, clientId: $clientId, first: $first) {\n      edges { node { entry { summary client { shortName } lead { companyName } } fragments { text match } } }\n    }\n  }\n": types.ClientTimelineSearchDocument,
    "query ClientTimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }": types.ClientTimelineLastEventDocument,
    "fragment DocumentRequestTest on DocumentRequest { id version dueDate status overdue viewerCanEdit responsible { id } lead { id } client { id } items { id kind description periodFrom periodTo note status resolutionNote entry { id } resolvedBy { id } } }": types.DocumentRequestTestFragmentDoc,
    "query DocumentRequestLeadSources { leadSources { id } }": types.DocumentRequestLeadSourcesDocument,
    "mutation DocumentRequestCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.DocumentRequestCreateLeadDocument,
    "mutation DocumentRequestCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": types.DocumentRequestCreateClientDocument,
    "mutation DocumentRequestLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": types.DocumentRequestLogDocument,
    "mutation DocumentRequestCreate($input: CreateDocumentRequestInput!) { createDocumentRequest(input: $input) { ...DocumentRequestTest } }": types.DocumentRequestCreateDocument,
    "mutation DocumentRequestUpdate($id: ID!, $version: Int!, $input: DocumentRequestInput!) { updateDocumentRequest(id: $id, version: $version, input: $input) { ...DocumentRequestTest } }": types.DocumentRequestUpdateDocument,
    "mutation DocumentRequestMark($requestId: ID!, $itemId: ID!, $status: DocumentItemStatus!, $note: String, $entryId: ID) { markDocumentRequestItem(requestId: $requestId, itemId: $itemId, status: $status, note: $note, entryId: $entryId) { ...DocumentRequestTest } }": types.DocumentRequestMarkDocument,
    "query DocumentRequestMine($open: Boolean) { myDocumentRequests(open: $open) { id status overdue client { shortName } lead { companyName } } }": types.DocumentRequestMineDocument,
    "query DocumentRequestText($id: ID!) { documentRequestText(id: $id) { subject body } }": types.DocumentRequestTextDocument,
    "mutation DocumentRequestSetTemplate($input: DocumentRequestTemplateInput!) { setDocumentRequestTemplate(input: $input) { subject body custom placeholders } }": types.DocumentRequestSetTemplateDocument,
    "query DocumentRequestTimeline($clientId: ID, $leadId: ID) { timeline(clientId: $clientId, leadId: $leadId, first: 20) { edges { node { kind documentRequest { id status overdue } } } } }": types.DocumentRequestTimelineDocument,
    "query DocumentRequestSearch($text: String!) { searchCorrespondence(text: $text, first: 10) { edges { node { entry { id } documentRequest { id } fragments { text match } } } } }": types.DocumentRequestSearchDocument,
    "query DocumentRequestNotifications { notifications(first: 50) { edges { node { kind subjectId data } } } }": types.DocumentRequestNotificationsDocument,
    "query FollowUpLeadSources { leadSources { id } }": types.FollowUpLeadSourcesDocument,
    "mutation FollowUpCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.FollowUpCreateLeadDocument,
    "mutation FollowUpLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": types.FollowUpLogDocument,
    "mutation FollowUpCreate($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id title dueAt state owner { id } entry { id } } }": types.FollowUpCreateDocument,
    "query FollowUpMine($status: FollowUpStatus) { myFollowUps(status: $status) { id title dueAt state result viewerCanClose lead { companyName } } }": types.FollowUpMineDocument,
    "mutation FollowUpClose($id: ID!, $result: String!) { closeFollowUp(id: $id, result: $result) { id status state result closedBy { id } } }": types.FollowUpCloseDocument,
    "query FollowUpTimeline($leadId: ID!) { timeline(leadId: $leadId, first: 10) { edges { node { kind entry { summary followUp { title status } } followUp { title status } } } } }": types.FollowUpTimelineDocument,
    "query FollowUpNotifications($unreadOnly: Boolean) { unreadNotificationCount notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id kind subjectType subjectId data readAt } } } }": types.FollowUpNotificationsDocument,
    "mutation FollowUpMarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.FollowUpMarkReadDocument,
    "mutation FollowUpMarkAllRead { markAllNotificationsRead }": types.FollowUpMarkAllReadDocument,
    "subscription FollowUpNotificationEvents($after: ID) { notificationEvents(after: $after) { id notification { kind data } readIds allRead unreadCount } }": types.FollowUpNotificationEventsDocument,
    "query SearchLeadSources { leadSources { id } }": types.SearchLeadSourcesDocument,
    "mutation SearchCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.SearchCreateLeadDocument,
    "mutation SearchLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": types.SearchLogDocument,
    "\n  query SearchCorrespondence($text: String!, $leadId: ID, $first: Int!, $after: String) {\n    searchCorrespondence(text: $text, leadId: $leadId, first: $first, after: $after) {\n      edges { cursor node { entry { id summary lead { companyName } } fragments { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchCorrespondenceDocument,
    "query TimelineLeadSources { leadSources { id } }": types.TimelineLeadSourcesDocument,
    "mutation TimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": types.TimelineCreateLeadDocument,
    "mutation TimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }": types.TimelineMoveLeadDocument,
    "mutation TimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id kind summary direction contactName result occurredAt author { id } } }": types.TimelineLogDocument,
    "\n  query TimelinePage($leadId: ID!, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { name } } followUp { id title owner { name } } change { type actor { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.TimelinePageDocument,
    "\n  subscription TimelineLive($leadId: ID!, $after: ID) {\n    timelineEvents(leadId: $leadId, after: $after) { id item { id kind entry { summary author { name } } followUp { title } change { type } } }\n  }\n": types.TimelineLiveDocument,
    "query TimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }": types.TimelineLastEventDocument,
    "mutation LeadPagingCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": types.LeadPagingCreateLeadDocument,
    "mutation LeadPagingMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id } }": types.LeadPagingMoveLeadStageDocument,
    "query LeadPagingLeads($filter: LeadFilter, $orderBy: LeadOrder, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }": types.LeadPagingLeadsDocument,
    "mutation LeadPagingCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }": types.LeadPagingCreateProjectDocument,
    "query LeadPagingProjects($search: String, $after: String) { projects(filter: { search: $search }, first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }": types.LeadPagingProjectsDocument,
    "mutation LeadTransferPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount rows { rowNumber companyName inn legalForm taxRegime regionCode phone errors { field message } duplicates { lead { id } matchedOn } } } }": types.LeadTransferPreviewLeadImportDocument,
    "mutation LeadTransferImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped leads { id companyName source { name } region { name } } } }": types.LeadTransferImportLeadsDocument,
    "query LeadTransferLeads { leads(first: 1) { totalCount } }": types.LeadTransferLeadsDocument,
    "mutation LeadTransferCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.LeadTransferCreateLeadDocument,
    "mutation LeadTransferImportLeads2($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped } }": types.LeadTransferImportLeads2Document,
    "query LeadTransferExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename mimeType contentBase64 } }": types.LeadTransferExportLeadsDocument,
    "fragment LeadTestFields on Lead { id version lastName firstName patronymic legalForm companyName inn taxRegime okvedCode activity regionCode region { name }\n  source { id name } phone email owner { id } notes extra stage lostReason { name } duplicates { lead { id } matchedOn } }": types.LeadTestFieldsFragmentDoc,
    "mutation LeadCreateLead($input: LeadInput!) { createLead(input: $input) { ...LeadTestFields } }": types.LeadCreateLeadDocument,
    "mutation LeadUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...LeadTestFields } }": types.LeadUpdateLeadDocument,
    "query LeadLeadSources { leadSources { id name } }": types.LeadLeadSourcesDocument,
    "mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }": types.LeadMoveLeadStageDocument,
    "query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }": types.LeadLeadsDocument,
    "query LeadLeadDuplicates { leadDuplicates(phone: \"8 495 739 70 00\") { lead { id } matchedOn } }": types.LeadLeadDuplicatesDocument,
    "query LeadLead($id: ID!) { lead(id: $id) { companyName version } }": types.LeadLeadDocument,
    "query LeadLostReasons { lostReasons { id name } }": types.LeadLostReasonsDocument,
    "query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }": types.LeadLead2Document,
    "mutation LeadCreateLeadField { createLeadField(input: { key: \"cashRegister\", label: \"Онлайн-касса\", type: BOOLEAN }) { id } }": types.LeadCreateLeadFieldDocument,
    "mutation LeadCreateLeadField2 { createLeadField(input: { key: \"marketplace\", label: \"Маркетплейс\", type: CHOICE, options: [\"Ozon\", \"Wildberries\"] }) { id } }": types.LeadCreateLeadField2Document,
    "mutation LeadCreateLeadField3 { createLeadField(input: { key: \"x\", label: \"X\", type: TEXT }) { id } }": types.LeadCreateLeadField3Document,
    "query LeadLead3($id: ID!) { lead(id: $id) { id } }": types.LeadLead3Document,
    "mutation MailCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.MailCreateLeadDocument,
    "mutation MailCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": types.MailCreateClientDocument,
    "mutation MailCreateMailbox($input: MailboxInput!) { createMailbox(input: $input) { id label address smtpHost smtpTls imapUser sentFolder } }": types.MailCreateMailboxDocument,
    "mutation MailUpdateMailbox($id: ID!, $input: MailboxInput!) { updateMailbox(id: $id, input: $input) { id smtpPort imapHost } }": types.MailUpdateMailboxDocument,
    "mutation MailTestMailbox($id: ID!) { testMailbox(id: $id) { smtp { ok stage message } imap { ok stage message } sentFolder } }": types.MailTestMailboxDocument,
    "query MailDraftFor($template: MailTemplateCode!, $leadId: ID) { mailDraft(template: $template, leadId: $leadId) { subject body to { name address } } }": types.MailDraftForDocument,
    "\n  mutation MailSend($input: SendMailInput!) {\n    sendMail(input: $input) { id messageId inReplyTo references subject copiedToSent direction matchedBy text to { address } attachments { id filename size contentType url } }\n  }\n": types.MailSendDocument,
    "\n  query MailTimeline($leadId: ID, $clientId: ID) {\n    timeline(leadId: $leadId, clientId: $clientId, first: 20, filter: { kinds: [EMAIL] }) {\n      edges { node { kind entry { kind direction subject summary contactName email { id subject messageId matchedBy from { name address } text hasRemoteImages html attachments { id filename size contentType url } } } } }\n    }\n  }\n": types.MailTimelineDocument,
    "query MailMessageOne($id: ID!, $showImages: Boolean!) { mailMessage(id: $id) { id subject matchedBy text html(showImages: $showImages) hasRemoteImages from { name address } lead { id } client { id } } }": types.MailMessageOneDocument,
    "query MailTriageList { mailTriage(first: 20) { totalCount edges { node { id subject from { address } } } } }": types.MailTriageListDocument,
    "mutation MailAssign($id: ID!, $leadId: ID, $clientId: ID) { assignMail(id: $id, leadId: $leadId, clientId: $clientId) { id matchedBy lead { id } client { id } } }": types.MailAssignDocument,
    "query MailTemplatesList { mailTemplates { code name subject body edited placeholders } }": types.MailTemplatesListDocument,
    "mutation MailEditTemplate($code: MailTemplateCode!, $subject: String!, $body: String!) { updateMailTemplate(code: $code, subject: $subject, body: $body) { code subject edited } }": types.MailEditTemplateDocument,
    "query NotificationPreferencesList { notificationPreferences { kind area enabled } }": types.NotificationPreferencesListDocument,
    "mutation NotificationPreferencesSet($changes: [NotificationPreferenceInput!]!) { setNotificationPreferences(changes: $changes) { kind area enabled } }": types.NotificationPreferencesSetDocument,
    "query NotificationPreferencesSources { leadSources { id } }": types.NotificationPreferencesSourcesDocument,
    "mutation NotificationPreferencesLead($input: LeadInput!) { createLead(input: $input) { id } }": types.NotificationPreferencesLeadDocument,
    "mutation NotificationPreferencesLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }": types.NotificationPreferencesLogDocument,
    "mutation NotificationPreferencesFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }": types.NotificationPreferencesFollowUpDocument,
    "mutation NotificationPreferencesPoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }": types.NotificationPreferencesPoaDocument,
    "mutation NotificationPreferencesIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id } }": types.NotificationPreferencesIssueDocument,
    "query NotificationPreferencesNotifications { notifications(first: 100) { edges { node { kind subjectId } } } }": types.NotificationPreferencesNotificationsDocument,
    "subscription NotificationPreferencesLive { notificationEvents { id notification { kind subjectId } } }": types.NotificationPreferencesLiveDocument,
    "fragment PricingQuote on PriceQuote { lines { key label value rule amount area } price cost margin marginPercent remuneration { area amount } overhead tariffVersionId }": types.PricingQuoteFragmentDoc,
    "query PricingPreviewPrice($input: PricingInput!) { previewPrice(input: $input) { ...PricingQuote } }": types.PricingPreviewPriceDocument,
    "mutation PricingCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id number price cost margin createdBy { id } tariffVersion { id number status } quote { ...PricingQuote } lead { id stage } } }": types.PricingCreatePricingRunDocument,
    "query PricingTariffPlans { tariffPlans { id name isDefault current { id number version definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } draft { id } } }": types.PricingTariffPlansDocument,
    "mutation PricingCreateLead($input: LeadInput!) { createLead(input: $input) { id stage version } }": types.PricingCreateLeadDocument,
    "query PricingPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { number price } }": types.PricingPricingRunsDocument,
    "query PricingComparePricingRuns($l: ID!, $r: ID!) { comparePricingRuns(leftId: $l, rightId: $r) { priceDifference lines { key difference left { amount } right { amount } } } }": types.PricingComparePricingRunsDocument,
    "query PricingLead($id: ID!) { lead(id: $id) { stage history { type } } }": types.PricingLeadDocument,
    "query PricingLead2($id: ID!) { lead(id: $id) { stage pricingRuns { id } } }": types.PricingLead2Document,
    "mutation PricingCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id number status version } }": types.PricingCreateTariffDraftDocument,
    "mutation PricingUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id version } }": types.PricingUpdateTariffDraftDocument,
    "mutation PricingPublishTariffVersion($id: ID!, $version: Int!) { publishTariffVersion(id: $id, version: $version) { status } }": types.PricingPublishTariffVersionDocument,
    "query PricingPricingRun($id: ID!) { pricingRun(id: $id) { price tariffVersion { number status definition { basePrices { legalForm taxRegime amount } } } } }": types.PricingPricingRunDocument,
    "mutation PricingUpdateTariffDraft2($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }": types.PricingUpdateTariffDraft2Document,
    "mutation PricingCreateTariffDraft2($planId: ID!) { createTariffDraft(planId: $planId) { id version } }": types.PricingCreateTariffDraft2Document,
    "mutation PricingCreateTariffDraft3($planId: ID!) { createTariffDraft(planId: $planId) { id } }": types.PricingCreateTariffDraft3Document,
    "query PricingTariffPlans2 { tariffPlans { id current { id } } }": types.PricingTariffPlans2Document,
    "query PricingPricingRun2($id: ID!) { pricingRun(id: $id) { id } }": types.PricingPricingRun2Document,
    "query PricingPricingRuns2($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": types.PricingPricingRuns2Document,
    "query PricingComparePricingRuns2($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { priceDifference costDifference marginDifference left { cost margin } } }": types.PricingComparePricingRuns2Document,
    "query PricingPricingRuns3($leadId: ID!) { pricingRuns(leadId: $leadId) { id price cost margin quote { price cost margin marginPercent remuneration { area amount } overhead } } }": types.PricingPricingRuns3Document,
    "query PricingLead3($id: ID!) { lead(id: $id) { history { type changes } } }": types.PricingLead3Document,
    "query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }": types.TariffProblemsTariffPlansDocument,
    "mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }": types.TariffProblemsUpdateTariffDraftDocument,
    "mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }": types.TariffProblemsCreateTariffDraftDocument,
    "query DefaultTemplateTemplates { projectTemplates { id name version isDefault archived } }": types.DefaultTemplateTemplatesDocument,
    "query DefaultTemplateTasks { projectTemplates { id tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }": types.DefaultTemplateTasksDocument,
    "mutation DefaultTemplateCreate($input: ProjectTemplateInput!) { createProjectTemplate(input: $input) { id version isDefault } }": types.DefaultTemplateCreateDocument,
    "mutation DefaultTemplateUpdate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id version isDefault archived } }": types.DefaultTemplateUpdateDocument,
    "mutation DefaultTemplateCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id specifics contacts { name position phone email } } }": types.DefaultTemplateCreateProjectDocument,
    "mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }": types.FirmDayCreateProjectDocument,
    "mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": types.FirmDayCreateTaskDocument,
    "query FirmDayMyTasks { myTasks { title dueDate overdue } }": types.FirmDayMyTasksDocument,
    "mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }": types.FirmDayUpdateFirmSettingsDocument,
    "query FirmDayProjectTemplates { projectTemplates { id } }": types.FirmDayProjectTemplatesDocument,
    "query FirmDayMe { me { firm { today } } }": types.FirmDayMeDocument,
    "query ProjectAccessTemplates { projectTemplates { id } }": types.ProjectAccessTemplatesDocument,
    "mutation ProjectAccessCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version tasks { id version } } }": types.ProjectAccessCreateProjectDocument,
    "mutation ProjectAccessAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { id version } }": types.ProjectAccessAssignTaskDocument,
    "mutation ProjectAccessUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id version } }": types.ProjectAccessUpdateProjectDocument,
    "mutation ProjectAccessChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { id version } }": types.ProjectAccessChangeTaskStatusDocument,
    "query ProjectAccessProject($id: ID!) { project(id: $id) { id viewerCanEdit tasks { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }": types.ProjectAccessProjectDocument,
    "query ProjectAccessList { projects(first: 100) { edges { node { id } } } }": types.ProjectAccessListDocument,
    "subscription ProjectAccessTaskEvents { taskEvents { projectId taskId } }": types.ProjectAccessTaskEventsDocument,
    "fragment ProjectTestTask on Task { id version title status position department dueDate assignee { id } priority }": types.ProjectTestTaskFragmentDoc,
    "mutation ProjectCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version name startDate coordinator { id } tasks { ...ProjectTestTask dependsOnIds } } }": types.ProjectCreateProjectDocument,
    "mutation ProjectChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { ...ProjectTestTask } }": types.ProjectChangeTaskStatusDocument,
    "mutation ProjectMoveTask($id: ID!, $version: Int!, $status: TaskStatus!, $index: Int!) { moveTask(id: $id, version: $version, status: $status, index: $index) { ...ProjectTestTask } }": types.ProjectMoveTaskDocument,
    "mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": types.ProjectCreateTaskDocument,
    "query ProjectPage($search: String!, $after: String) { projects(filter: { search: $search }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }": types.ProjectPageDocument,
    "mutation ProjectCommentTask($id: ID!, $body: String!, $mentionIds: [ID!]) { commentTask(id: $id, body: $body, mentionIds: $mentionIds) { id body author { id } mentions { id } } }": types.ProjectCommentTaskDocument,
    "query ProjectProject($id: ID!) { project(id: $id) { tasks { id title status position } } }": types.ProjectProjectDocument,
    "subscription ProjectTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id seq type projectId taskId actor { id } changes task { id status title version } } }": types.ProjectTaskEventsDocument,
    "query ProjectAuditLog { auditLog(first: 1) { edges { node { id } } } }": types.ProjectAuditLogDocument,
    "query ProjectProjectTemplates { projectTemplates { id name tasks { key } } }": types.ProjectProjectTemplatesDocument,
    "query ProjectTask($id: ID!) { task(id: $id) { dependencies { id title status } } }": types.ProjectTaskDocument,
    "mutation ProjectUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version specifics contacts { name decides } infobase { handedOver configuration mode date } checklist { id text done } } }": types.ProjectUpdateProjectDocument,
    "mutation ProjectUpdateProject2($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, version: 1, input: $input) { id } }": types.ProjectUpdateProject2Document,
    "mutation ProjectAssignTask($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version assignee { id } } }": types.ProjectAssignTaskDocument,
    "mutation ProjectUpdateTask($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { title: \"x\" }) { id } }": types.ProjectUpdateTaskDocument,
    "query ProjectProjects { projects { edges { node { id } } } }": types.ProjectProjectsDocument,
    "mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }": types.ProjectUpdateTask2Document,
    "query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }": types.ProjectAuditLog2Document,
    "subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }": types.ProjectTaskEvents2Document,
    "mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }": types.ProjectAssignTask2Document,
    "mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }": types.ProjectUpdateProject3Document,
    "query ProjectProject2($id: ID!) { project(id: $id) { version } }": types.ProjectProject2Document,
    "query ProjectMyTasks { myTasks { title overdue } }": types.ProjectMyTasksDocument,
    "query TaskCommentsTemplates { projectTemplates { id } }": types.TaskCommentsTemplatesDocument,
    "query TaskCommentsLatestEvent { auditLog(first: 1) { edges { node { id } } } }": types.TaskCommentsLatestEventDocument,
    "mutation TaskCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id commentCount } } }": types.TaskCommentsCreateProjectDocument,
    "mutation TaskCommentsCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }": types.TaskCommentsCommentTaskDocument,
    "query TaskCommentsBoard($id: ID!) { project(id: $id) { tasks { id commentCount } } }": types.TaskCommentsBoardDocument,
    "subscription TaskCommentsTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { type taskId task { id commentCount } } }": types.TaskCommentsTaskEventsDocument,
    "\n  query SchedulePreview($profile: TaxProfileInput!, $year: Int!) {\n    schedulePreview(profile: $profile, year: $year) { key code kind recipient period part nominalDate dueDate area title provisional unverified }\n  }\n": types.SchedulePreviewDocument,
    "query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit viewObligationControl } }": types.ViewerCapabilitiesViewerCanDocument,
    "mutation ViewerCapabilitiesMoveLeadStage($id: ID!) { moveLeadStage(id: $id, version: 1, stage: CONTACTED) { id } }": types.ViewerCapabilitiesMoveLeadStageDocument,
    "mutation ViewerCapabilitiesCreateLeadSource { createLeadSource(input: { name: \"\" }) { id } }": types.ViewerCapabilitiesCreateLeadSourceDocument,
    "mutation ViewerCapabilitiesUpdateLeadField($id: ID!) { updateLeadField(id: $id, input: { key: \"x\", label: \"X\", type: TEXT }) { id } }": types.ViewerCapabilitiesUpdateLeadFieldDocument,
    "mutation ViewerCapabilitiesCreatePricingRun($id: ID!) { createPricingRun(leadId: $id, input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { id } }": types.ViewerCapabilitiesCreatePricingRunDocument,
    "mutation ViewerCapabilitiesCreateTariffDraft($id: ID!) { createTariffDraft(planId: $id) { id } }": types.ViewerCapabilitiesCreateTariffDraftDocument,
    "query ViewerCapabilitiesPreviewPrice { previewPrice(input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { cost margin } }": types.ViewerCapabilitiesPreviewPriceDocument,
    "mutation ViewerCapabilitiesCreateProject { createProject(input: { name: \"\" }) { id } }": types.ViewerCapabilitiesCreateProjectDocument,
    "mutation ViewerCapabilitiesUpdateProjectTemplate($id: ID!) { updateProjectTemplate(id: $id, version: 1, input: { name: \"Шаблон\", tasks: [] }) { id } }": types.ViewerCapabilitiesUpdateProjectTemplateDocument,
    "mutation ViewerCapabilitiesDeactivateUser($id: ID!) { deactivateUser(userId: $id) { id } }": types.ViewerCapabilitiesDeactivateUserDocument,
    "mutation ViewerCapabilitiesRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }": types.ViewerCapabilitiesRevokeApiTokenDocument,
    "mutation ViewerCapabilitiesUpdateFirmSettings { updateFirmSettings(input: { timeZone: \"Nowhere/Never\" }) { id } }": types.ViewerCapabilitiesUpdateFirmSettingsDocument,
    "query ViewerCapabilitiesAuditLog { auditLog(first: 1) { edges { node { id } } } }": types.ViewerCapabilitiesAuditLogDocument,
    "query ViewerCapabilitiesObligationControl { obligationControl(first: 1) { overdue } }": types.ViewerCapabilitiesObligationControlDocument,
    "mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.AccountAndTariffsBrowserLoginDocument,
    "query BoardBrowserProjectTemplates { projectTemplates { id } }": types.BoardBrowserProjectTemplatesDocument,
    "mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }": types.BoardBrowserCreateProjectDocument,
    "mutation ClientsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.ClientsBrowserCreateLeadDocument,
    "mutation ClientsBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId) { id } }": types.ClientsBrowserAssignDocument,
    "query ClientsBrowserStatus($id: ID!) { client(id: $id) { status } }": types.ClientsBrowserStatusDocument,
    "query ClientsBrowserDone { myObligations(filter: { statuses: [DONE] }, first: 10) { edges { node { id doneDate } } } }": types.ClientsBrowserDoneDocument,
    "mutation ContractFilesBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": types.ContractFilesBrowserCreateClientDocument,
    "mutation ContractsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.ContractsBrowserCreateLeadDocument,
    "mutation ContractsBrowserCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.ContractsBrowserCreateRunDocument,
    "query FirmSettingsBrowserMe { me { firm { timeZone } } }": types.FirmSettingsBrowserMeDocument,
    "mutation FirstHourLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.FirstHourLoginDocument,
    "mutation FirstHourInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }": types.FirstHourInviteUserDocument,
    "mutation FirstHourAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }": types.FirstHourAcceptInviteDocument,
    "query FirstHourFirstLeadAndProject { leads(first: 1) { edges { node { id } } } projects(first: 1) { edges { node { id } } } }": types.FirstHourFirstLeadAndProjectDocument,
    "query FirstHourFirstProject { projects(first: 1) { edges { node { id } } } }": types.FirstHourFirstProjectDocument,
    "mutation FollowUpBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.FollowUpBrowserCreateLeadDocument,
    "mutation LeadScheduleCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.LeadScheduleCreateLeadDocument,
    "query LeadScheduleToday { me { firm { today } } }": types.LeadScheduleTodayDocument,
    "query LeadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { dueDate nominalDate } }": types.LeadSchedulePreviewDocument,
    "query LeadToProjectSources { leadSources { id } }": types.LeadToProjectSourcesDocument,
    "mutation LeadToProjectCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.LeadToProjectCreateLeadDocument,
    "query LeadToProjectTemplates { projectTemplates { id version name isDefault tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }": types.LeadToProjectTemplatesDocument,
    "mutation LeadToProjectUpdateTemplate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id } }": types.LeadToProjectUpdateTemplateDocument,
    "query LeadToProjectProject($id: ID!) { project(id: $id) { specifics contacts { name email phone } lead { id } tasks { id } } }": types.LeadToProjectProjectDocument,
    "query LiveCommentsTemplates { projectTemplates { id } }": types.LiveCommentsTemplatesDocument,
    "mutation LiveCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id version } } }": types.LiveCommentsCreateProjectDocument,
    "mutation LiveCommentsAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { version } }": types.LiveCommentsAssignTaskDocument,
    "mutation MailBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.MailBrowserCreateLeadDocument,
    "query MailBrowserMailboxes { mailboxes { id } }": types.MailBrowserMailboxesDocument,
    "mutation CalendarBrowserCreate($input: ClientInput!) { createClient(input: $input) { id } }": types.CalendarBrowserCreateDocument,
    "mutation CalendarBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": types.CalendarBrowserAssignDocument,
    "mutation CalendarBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }": types.CalendarBrowserAcceptDocument,
    "query CalendarBrowserOpen($first: Int!) { myObligations(first: $first, filter: { statuses: [PLANNED] }) { edges { node { id dueDate overdue status } } } }": types.CalendarBrowserOpenDocument,
    "query CalendarBrowserProvisional($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE] }) { edges { node { provisional } } } } }": types.CalendarBrowserProvisionalDocument,
    "query CalendarBrowserStatus($from: Date!, $to: Date!) { myObligationCalendar(from: $from, to: $to) { id status doneDate } }": types.CalendarBrowserStatusDocument,
    "mutation ControlBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }": types.ControlBrowserCreateClientDocument,
    "mutation ControlBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }": types.ControlBrowserAssignDocument,
    "mutation ControlBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }": types.ControlBrowserAcceptDocument,
    "query ControlBrowserReminders { myObligationReminders { daysBefore } }": types.ControlBrowserRemindersDocument,
    "mutation QuoteSetRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }": types.QuoteSetRequisitesDocument,
    "mutation QuoteCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.QuoteCreateLeadDocument,
    "mutation QuoteCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }": types.QuoteCreateRunDocument,
    "mutation EmbeddedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.EmbeddedLoginDocument,
    "query EmbeddedUsers { users { email } }": types.EmbeddedUsersDocument,
    "mutation EmbeddedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }": types.EmbeddedSignUpDocument,
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n": types.HarnessSignUpDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n": types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n": types.HarnessAcceptInviteDocument,
    "fragment InputValidationLead on Lead { id version lastName companyName notes source { id } owner { id } extra }": types.InputValidationLeadFragmentDoc,
    "fragment InputValidationProject on Project { id version name contacts { name } }": types.InputValidationProjectFragmentDoc,
    "fragment InputValidationTask on Task { id version title description }": types.InputValidationTaskFragmentDoc,
    "mutation InputValidationCreateLead($input: LeadInput!) { createLead(input: $input) { ...InputValidationLead } }": types.InputValidationCreateLeadDocument,
    "mutation InputValidationUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...InputValidationLead } }": types.InputValidationUpdateLeadDocument,
    "query InputValidationLead($id: ID!) { lead(id: $id) { ...InputValidationLead } }": types.InputValidationLeadDocument,
    "query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }": types.InputValidationLeadsDocument,
    "query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }": types.InputValidationExportLeadsDocument,
    "mutation InputValidationCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...InputValidationProject } }": types.InputValidationCreateProjectDocument,
    "mutation InputValidationUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { ...InputValidationProject } }": types.InputValidationUpdateProjectDocument,
    "query InputValidationProject($id: ID!) { project(id: $id) { ...InputValidationProject } }": types.InputValidationProjectDocument,
    "query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }": types.InputValidationProjectsDocument,
    "mutation InputValidationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...InputValidationTask } }": types.InputValidationCreateTaskDocument,
    "mutation InputValidationUpdateTask($id: ID!, $version: Int!, $input: UpdateTaskInput!) { updateTask(id: $id, version: $version, input: $input) { ...InputValidationTask } }": types.InputValidationUpdateTaskDocument,
    "query InputValidationTask($id: ID!) { task(id: $id) { ...InputValidationTask } }": types.InputValidationTaskDocument,
    "mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }": types.InputValidationCommentTaskDocument,
    "mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.InputValidationCreatePricingRunDocument,
    "query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": types.InputValidationPricingRunsDocument,
    "query InputValidationLeadSources { leadSources { id name } }": types.InputValidationLeadSourcesDocument,
    "mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }": types.InputValidationUpdateLeadSourceDocument,
    "mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }": types.InputValidationCreateLeadSourceDocument,
    "query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }": types.InputValidationOkvedCodesDocument,
    "mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }": types.InputValidationPreviewLeadImportDocument,
    "mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }": types.InputValidationImportLeadsDocument,
    "\n  fragment ListStatementsTask on Task {\n    id title status dueDate overdue checklist { id done } dependsOnIds dependencies { id }\n    project { id } assignee { id name } createdBy { id }\n    commentCount comments { id body author { id name } mentions { id name } }\n    history { id actor { user { id } } fieldChanges { field fromLabel toLabel } subject { title } }\n    viewerCanEdit viewerCanChangeStatus viewerCanComment\n  }\n": types.ListStatementsTaskFragmentDoc,
    "\n      query ListStatementsContracts($first: Int!) {\n        contracts(first: $first) {\n          totalCount\n          edges { node { id number status price currentPrice serviceAreas client { fullName } lead { id companyName } customer { id shortName } partyName manager { id name } pricingRun { id } viewerCanEdit viewerCanSign\n            amendments { id status price contract { id } pricingRun { id } } priceHistory { from price amendment { id } } } }\n        }\n      }\n    ": types.ListStatementsContractsDocument,
    "\n      query ListStatementsContract($id: ID!) {\n        contract(id: $id) {\n          id amendments { id documents { id docxUrl } } priceHistory { from amendment { id } }\n          documents { id title source status docxUrl pdfUrl scanUrl scanType scanSize }\n          powersOfAttorney { id status principal { name inn client { id } lead { id } } contract { id } representative { id name } replaces { id } documents { id } }\n        }\n      }\n    ": types.ListStatementsContractDocument,
    "\n      query ListStatementsPowersOfAttorney($first: Int!) {\n        powersOfAttorney(first: $first) {\n          totalCount\n          edges { node { id number status kind validUntil daysLeft expiringSoon expiredOn principal { name inn client { id shortName } lead { id companyName } } contract { id number } representative { id name } replaces { id number } reissuedAs { id number } xmlFile { fileName number } xmlMismatches { field inRecord inFile } documents { id } viewerCanEdit } }\n        }\n      }\n    ": types.ListStatementsPowersOfAttorneyDocument,
    "query ListStatementsPowersOfAttorneyToReissue { powersOfAttorneyToReissue { id number daysLeft principal { name inn client { id shortName } lead { id companyName } } representative { id name } reissuedAs { id status } } }": types.ListStatementsPowersOfAttorneyToReissueDocument,
    "query ListStatementsNotificationPreferences { notificationPreferences { kind area enabled } }": types.ListStatementsNotificationPreferencesDocument,
    "\n      query ListStatementsClients($first: Int!) {\n        clients(first: $first) {\n          totalCount\n          edges { node { id shortName serviceAreas patents { startDate } contacts { name } lead { id companyName client { id } } viewerCanEdit\n            areas { area served since accountant { id name } viewerCanAssign }\n            assignments { area fromDate toDate accountant { id name } assignedBy { id } } } }\n        }\n      }\n    ": types.ListStatementsClientsDocument,
    "\n      query ListStatementsClientsContracts($first: Int!) {\n        clients(first: $first) { edges { node { id contracts { id number status partyName currentPrice lead { id } customer { id } manager { id name } } } } }\n      }\n    ": types.ListStatementsClientsContractsDocument,
    "\n      query ListStatementsDocumentTemplates {\n        documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders } placeholders { name list within example } }\n      }\n    ": types.ListStatementsDocumentTemplatesDocument,
    "\n      query ListStatementsClient($id: ID!, $first: Int!) {\n        client(id: $id) {\n          id assignments { id accountant { id } }\n          obligations(first: $first) { totalCount edges { node { id key dueDate overdue status owner { id name } client { id shortName } viewerCanChangeStatus } } }\n        }\n      }\n    ": types.ListStatementsClientDocument,
    "\n      query ListStatementsMyObligations($first: Int!) {\n        myObligations(first: $first) { totalCount edges { node { id title dueDate overdue owner { id } client { id shortName areas { area accountant { id } } } viewerCanChangeStatus } } }\n      }\n    ": types.ListStatementsMyObligationsDocument,
    "\n      query ListStatementsClientScheduleDiff($id: ID!) {\n        clientScheduleDiff(clientId: $id) { digest client { id } added { key } removed { key status } redated { key } keptDone { key } }\n      }\n    ": types.ListStatementsClientScheduleDiffDocument,
    "\n      query ListStatementsPendingScheduleDiffs {\n        pendingScheduleDiffs { digest empty confirmed client { id shortName } added { key dueDate } removed { key status } redated { key previousDueDate } keptDone { key } }\n      }\n    ": types.ListStatementsPendingScheduleDiffsDocument,
    "\n      query ListStatementsMyObligationCalendar($from: Date!, $to: Date!) {\n        myObligationCalendar(from: $from, to: $to) { id title dueDate overdue provisional status client { id shortName } owner { id } viewerCanChangeStatus }\n      }\n    ": types.ListStatementsMyObligationCalendarDocument,
    "query ListStatementsProductionCalendars { productionCalendars { year state workingDays calendar { id daysOff workingWeekends shortened loadedBy { id } } } }": types.ListStatementsProductionCalendarsDocument,
    "\n      query ListStatementsProductionCalendarPreview($content: String!) {\n        productionCalendarPreview(year: 2027, content: $content) { workingDays daysOff workingWeekends shortened changes { date working } }\n      }\n    ": types.ListStatementsProductionCalendarPreviewDocument,
    "\n      query ListStatementsProjects($first: Int!) {\n        projects(first: $first) {\n          totalCount\n          edges { node { id name checklist { id } contacts { name } lead { id companyName } coordinator { id name } members { id name } viewerCanEdit tasks { ...ListStatementsTask } } }\n        }\n      }\n    ": types.ListStatementsProjectsDocument,
    "\n      query ListStatementsProjectsOfAccountant($first: Int!) {\n        projects(first: $first) { totalCount edges { node { id members { id } viewerCanEdit tasks { id assignee { id } commentCount viewerCanEdit viewerCanChangeStatus viewerCanComment } } } }\n      }\n    ": types.ListStatementsProjectsOfAccountantDocument,
    "query ListStatementsBoard($id: ID!) { project(id: $id) { id tasks { ...ListStatementsTask } } }": types.ListStatementsBoardDocument,
    "query ListStatementsMyTasks { myTasks { ...ListStatementsTask } }": types.ListStatementsMyTasksDocument,
    "\n      query ListStatementsLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          edges { node {\n            id companyName owner { id name } source { id name } lostReason { id name } region { code }\n            duplicates { matchedOn lead { id companyName } }\n            history { id actor { user { id } } fieldChanges { field from to } }\n            pricingRuns { id price cost values { key } createdBy { id } tariffVersion { id plan { id } } quote { lines { key } multipliers { key } remuneration { area } } }\n          } }\n        }\n      }\n    ": types.ListStatementsLeadsDocument,
    "query ListStatementsLeadDuplicates($inn: String!) { leadDuplicates(inn: $inn) { matchedOn lead { id owner { id } source { id } } } }": types.ListStatementsLeadDuplicatesDocument,
    "query ListStatementsPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id price margin values { key } createdBy { id } lead { id } tariffVersion { id } quote { lines { key } } } }": types.ListStatementsPricingRunsDocument,
    "query ListStatementsCompareRuns($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { lines { key } left { id } right { id } } }": types.ListStatementsCompareRunsDocument,
    "query ListStatementsAuditLog($first: Int!) { auditLog(first: $first) { edges { node { id type actor { id user { id name } } subject { title } fieldChanges { field fromLabel toLabel } } } } }": types.ListStatementsAuditLogDocument,
    "\n      query ListStatementsTariffPlans {\n        tariffPlans {\n          id versions { id createdBy { id } }\n          draft { id plan { id } }\n          current { id createdBy { name } definition { basePrices { amount } multipliers { key factors { factor } } parameters { key options { key } priceByLegalForm { price } } remuneration { area } } }\n        }\n      }\n    ": types.ListStatementsTariffPlansDocument,
    "query ListStatementsUsers { users { id name firm { id name } } }": types.ListStatementsUsersDocument,
    "query ListStatementsApiTokens { apiTokens { id createdBy { id name } effectiveRole } }": types.ListStatementsApiTokensDocument,
    "query ListStatementsLeadSources { leadSources { id name } }": types.ListStatementsLeadSourcesDocument,
    "query ListStatementsLostReasons { lostReasons { id name } }": types.ListStatementsLostReasonsDocument,
    "query ListStatementsLeadFields { leadFields { id options } }": types.ListStatementsLeadFieldsDocument,
    "query ListStatementsProjectTemplates { projectTemplates { id tasks { key dependsOn } } }": types.ListStatementsProjectTemplatesDocument,
    "\n      query ListStatementsTimeline($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } followUp { id owner { id } } }\n            followUp { id state viewerCanClose owner { id } createdBy { id } closedBy { id } lead { id } entry { id } }\n            change { id actor { user { id } } subject { title } fieldChanges { field } }\n          } }\n        }\n      }\n    ": types.ListStatementsTimelineDocument,
    "\n      query ListStatementsClientTimeline($clientId: ID!, $first: Int!) {\n        timeline(clientId: $clientId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } client { id } }\n            documentRequest { id status overdue viewerCanEdit responsible { id name } createdBy { id } client { id } lead { id } items { id status entry { id } resolvedBy { id } } }\n            change { id subject { title } }\n          } }\n        }\n      }\n    ": types.ListStatementsClientTimelineDocument,
    "\n      query ListStatementsTimelineEmail($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first, filter: { kinds: [EMAIL] }) {\n          edges { node { id kind entry { id subject email { id subject references from { address } to { address } cc { address } html hasRemoteImages mailbox { id label } lead { id } client { id } sentBy { id } attachments { id filename size url } } } } }\n        }\n      }\n    ": types.ListStatementsTimelineEmailDocument,
    "query ListStatementsMailTriage($first: Int!) { mailTriage(first: $first) { totalCount edges { node { id subject from { name address } to { address } cc { address } references html(showImages: true) mailbox { id } attachments { id } lead { id } client { id } } } } }": types.ListStatementsMailTriageDocument,
    "query ListStatementsMailMessage($id: ID!) { mailMessage(id: $id) { id references to { address } cc { address } attachments { id filename contentType size url } } }": types.ListStatementsMailMessageDocument,
    "query ListStatementsMailboxes { mailboxes { id label address smtpHost imapHost sentFolder lastFetchError } }": types.ListStatementsMailboxesDocument,
    "query ListStatementsMailTemplates { mailTemplates { code name subject placeholders } }": types.ListStatementsMailTemplatesDocument,
    "query ListStatementsMailDraft($leadId: ID!) { mailDraft(template: DOCUMENT_REQUEST, leadId: $leadId) { subject to { name address } } }": types.ListStatementsMailDraftDocument,
    "query ListStatementsMailRecipients($leadId: ID!) { mailRecipients(leadId: $leadId) { name address } }": types.ListStatementsMailRecipientsDocument,
    "query ListStatementsMyDocumentRequests { myDocumentRequests { id status overdue viewerCanEdit responsible { id } client { id shortName } lead { id } items { id kind status entry { id } resolvedBy { id } } } }": types.ListStatementsMyDocumentRequestsDocument,
    "query ListStatementsDocumentRequestTemplate { documentRequestTemplate { subject custom placeholders } }": types.ListStatementsDocumentRequestTemplateDocument,
    "query ListStatementsMyFollowUps { myFollowUps { id state viewerCanClose owner { id } createdBy { id name } lead { id companyName } entry { id author { id } } } }": types.ListStatementsMyFollowUpsDocument,
    "query ListStatementsSearch($first: Int!) { searchCorrespondence(text: \"выписка\", first: $first) { edges { node { fragments { text match } entry { id author { id } lead { id } client { id } } documentRequest { id client { id } items { id } } } } } }": types.ListStatementsSearchDocument,
    "query ListStatementsNotifications($first: Int!) { unreadNotificationCount notifications(first: $first) { edges { node { id kind data } } } }": types.ListStatementsNotificationsDocument,
    "query ListStatementsSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { key dueDate title } }": types.ListStatementsSchedulePreviewDocument,
    "query ListStatementsRegions { regions { code name } }": types.ListStatementsRegionsDocument,
    "\n      query ListStatementsObligationControl($first: Int!) {\n        obligationControl(first: $first) {\n          overdue dueThisWeek\n          byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n          byClient { client { id shortName } overdue dueThisWeek accountantCount }\n          obligations { id title dueDate overdue owner { id name } client { id shortName } viewerCanChangeStatus }\n          obligationsTotal\n          tasks { id title dueDate overdue assignee { id name } project { id name } }\n        }\n      }\n    ": types.ListStatementsObligationControlDocument,
    "query ListStatementsOkvedCodes { okvedCodes { code title } }": types.ListStatementsOkvedCodesDocument,
    "query ListStatementsBoardPeople($id: ID!) { project(id: $id) { id coordinator { id name } tasks { ...ListStatementsTask } } }": types.ListStatementsBoardPeopleDocument,
    "mutation ListWorldCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.ListWorldCreateLeadDocument,
    "mutation ListWorldCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.ListWorldCreateRunDocument,
    "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }": types.MutationAnswersTaskDocument,
    "mutation MutationAnswersPricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.MutationAnswersPricingRunDocument,
    "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.MutationAnswersLoginDocument,
    "query MutationAnswersClientObligation($id: ID!) { client(id: $id) { obligations(first: 1) { edges { node { id version } } } } }": types.MutationAnswersClientObligationDocument,
    "query MutationAnswersScheduleDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }": types.MutationAnswersScheduleDigestDocument,
    "query MutationAnswersCalendarDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }": types.MutationAnswersCalendarDigestDocument,
    "query MutationAnswersLeadVersion($id: ID!) { lead(id: $id) { version } }": types.MutationAnswersLeadVersionDocument,
    "query MutationAnswersContractSettings { contractSettings { version } }": types.MutationAnswersContractSettingsDocument,
    "mutation MutationAnswersSignContract($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { version } }": types.MutationAnswersSignContractDocument,
    "mutation MutationAnswersSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { version } }": types.MutationAnswersSignAmendmentDocument,
    "query MutationAnswersNotifications { notifications(first: 1, unreadOnly: true) { edges { node { id } } } }": types.MutationAnswersNotificationsDocument,
    "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }": types.MutationAnswersProjectTemplatesDocument,
    "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.MutationAnswersCreateLeadDocument,
    "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.MutationAnswersCreatePricingRunDocument,
    "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }": types.MutationAnswersCreateProjectDocument,
    "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }": types.MutationAnswersCommentTaskDocument,
    "mutation ProtectionLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.ProtectionLoginDocument,
    "query ProtectionServerInfo { serverInfo { explorerEnabled } }": types.ProtectionServerInfoDocument,
    "query ProtectionMeFirm { me { firm { id } } }": types.ProtectionMeFirmDocument,
    "subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }": types.ProtectionFirstAuditEventDocument,
    "subscription ProtectionAuditEventsOverHttp { auditEvents(after: \"0\") { id } }": types.ProtectionAuditEventsOverHttpDocument,
    "subscription ProtectionAuditEventsChanges($after: ID) { auditEvents(after: $after) { id changes } }": types.ProtectionAuditEventsChangesDocument,
    "mutation ProtectionCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }": types.ProtectionCreateLeadDocument,
    "mutation ProtectionUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { id version } }": types.ProtectionUpdateLeadDocument,
    "subscription ProtectionAuditEventsExpiring { auditEvents(after: \"0\") { id } }": types.ProtectionAuditEventsExpiringDocument,
    "query ProtectionMe { me { id } }": types.ProtectionMeDocument,
    "query StatementsTypename { __typename }": types.StatementsTypenameDocument,
    "subscription TenancyAuditEvents($after: ID) { auditEvents(after: $after) { id seq type subjectId } }": types.TenancyAuditEventsDocument,
    "mutation TenancyCreateApiToken { createApiToken(input: { name: \"A\", role: MANAGER }) { apiToken { id } } }": types.TenancyCreateApiTokenDocument,
    "query TenancyUsers { users { id firm { id } } }": types.TenancyUsersDocument,
    "query TenancyApiTokens { apiTokens { id } }": types.TenancyApiTokensDocument,
    "query TenancyAuditLog { auditLog(first: 100) { edges { node { type subjectId } } } }": types.TenancyAuditLogDocument,
    "mutation TenancyDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": types.TenancyDeactivateUserDocument,
    "mutation TenancyReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id } }": types.TenancyReactivateUserDocument,
    "mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": types.TenancyChangeUserRoleDocument,
    "mutation TenancyRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }": types.TenancyRevokeApiTokenDocument,
    "query TenancyUsers2 { users { id active role } apiTokens { id revokedAt } }": types.TenancyUsers2Document,
    "mutation TenancyInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }": types.TenancyInviteUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoSeedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation DemoSeedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedMyTasks { myTasks { title status comments { body } project { name } } }"): (typeof documents)["query DemoSeedMyTasks { myTasks { title status comments { body } project { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedProjects { projects { totalCount edges { node { name status lead { companyName stage } } } } }"): (typeof documents)["query DemoSeedProjects { projects { totalCount edges { node { name status lead { companyName stage } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedLeads { leads(first: 50) { edges { node { id stage } } } }"): (typeof documents)["query DemoSeedLeads { leads(first: 50) { edges { node { id stage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }"): (typeof documents)["query DemoSeedPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedMyObligations { myObligations(first: 100) { totalCount edges { node { code client { shortName status } } } } }"): (typeof documents)["query DemoSeedMyObligations { myObligations(first: 100) { totalCount edges { node { code client { shortName status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedMyFollowUps { myFollowUps { title } }"): (typeof documents)["query DemoSeedMyFollowUps { myFollowUps { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedAuditLog { auditLog(first: 200) { edges { node { type } } } }"): (typeof documents)["query DemoSeedAuditLog { auditLog(first: 200) { edges { node { type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoSeedFirm { me { firm { name inn kpp address phone email taxRegime vatRate quoteValidDays } } }"): (typeof documents)["query DemoSeedFirm { me { firm { name inn kpp address phone email taxRegime vatRate quoteValidDays } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }"): (typeof documents)["subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }"): (typeof documents)["query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }"): (typeof documents)["mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }"): (typeof documents)["mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }"): (typeof documents)["subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }"): (typeof documents)["mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditReadableLog($first: Int!, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {\n  edges { node { id type actor { id name } subject { type id title projectId } fieldChanges { field from to kind fromLabel toLabel } } }\n  pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AuditReadableLog($first: Int!, $after: String, $filter: AuditLogFilter) { auditLog(first: $first, after: $after, filter: $filter) {\n  edges { node { id type actor { id name } subject { type id title projectId } fieldChanges { field from to kind fromLabel toLabel } } }\n  pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }"): (typeof documents)["subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }"): (typeof documents)["mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }"): (typeof documents)["mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }"): (typeof documents)["mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }"): (typeof documents)["subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditLogout { logout }"): (typeof documents)["mutation AuditLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id email name role department firm { id name } } } }"): (typeof documents)["mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id email name role department firm { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }"): (typeof documents)["mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { id email name role department firm { id name } } }"): (typeof documents)["query AuthMe { me { id email name role department firm { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout }"): (typeof documents)["mutation AuthLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }"): (typeof documents)["mutation AuthInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }"): (typeof documents)["mutation AuthAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { id } }"): (typeof documents)["mutation AuthChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthAuditLog { auditLog(first: 5) { edges { node { type } } } }"): (typeof documents)["query AuthAuditLog { auditLog(first: 5) { edges { node { type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateApiToken { createApiToken(input: { name: \"ci\", role: OWNER }) { token } }"): (typeof documents)["mutation AuthCreateApiToken { createApiToken(input: { name: \"ci\", role: OWNER }) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmUpdateFirmSettings($timeZone: String) { updateFirmSettings(input: { timeZone: $timeZone }) { id timeZone } }"): (typeof documents)["mutation FirmUpdateFirmSettings($timeZone: String) { updateFirmSettings(input: { timeZone: $timeZone }) { id timeZone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmMe { me { firm { id timeZone } } }"): (typeof documents)["query FirmMe { me { firm { id timeZone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmAuditLog { auditLog(first: 5) { edges { node { type subjectType subjectId changes } } } }"): (typeof documents)["query FirmAuditLog { auditLog(first: 5) { edges { node { type subjectType subjectId changes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmMyTasks { myTasks { overdue } }"): (typeof documents)["query FirmMyTasks { myTasks { overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmCreateProject { createProject(input: { name: \"Приём\" }) { id } }"): (typeof documents)["mutation FirmCreateProject { createProject(input: { name: \"Приём\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"): (typeof documents)["mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmLatestAuditEntry { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query FirmLatestAuditEntry { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmCreateAnotherProject { createProject(input: { name: \"Ещё один\" }) { id } }"): (typeof documents)["mutation FirmCreateAnotherProject { createProject(input: { name: \"Ещё один\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FirmTaskEvents($after: ID) { taskEvents(after: $after) { id } }"): (typeof documents)["subscription FirmTaskEvents($after: ID) { taskEvents(after: $after) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmUpdateRequisites($input: FirmSettingsInput!) {\n  updateFirmSettings(input: $input) { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl }\n}"): (typeof documents)["mutation FirmUpdateRequisites($input: FirmSettingsInput!) {\n  updateFirmSettings(input: $input) { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmRequisites { me { firm { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl } } }"): (typeof documents)["query FirmRequisites { me { firm { id name inn kpp address phone email website taxRegime vatRate quoteValidDays logoUrl } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmSettingsEvents { auditLog(first: 10, filter: { types: [FIRM_SETTINGS_CHANGED] }) { edges { node { changes } } } }"): (typeof documents)["query FirmSettingsEvents { auditLog(first: 10, filter: { types: [FIRM_SETTINGS_CHANGED] }) { edges { node { changes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationRenewalInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink user { id } } }"): (typeof documents)["mutation InvitationRenewalInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationRenewalRenew($userId: ID!) { renewInvitation(userId: $userId) { invitationLink expiresAt user { id invitationPending } } }"): (typeof documents)["mutation InvitationRenewalRenew($userId: ID!) { renewInvitation(userId: $userId) { invitationLink expiresAt user { id invitationPending } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationRenewalAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { user { id } } }"): (typeof documents)["mutation InvitationRenewalAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationRenewalAuditLog { auditLog(first: 5) { edges { node { type subjectId } } } }"): (typeof documents)["query InvitationRenewalAuditLog { auditLog(first: 5) { edges { node { type subjectId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrincipalCacheMe { me { id } }"): (typeof documents)["query PrincipalCacheMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrincipalCacheAuditLog { auditLog(first: 1) { edges { cursor } } }"): (typeof documents)["query PrincipalCacheAuditLog { auditLog(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrincipalCacheLogout { logout }"): (typeof documents)["mutation PrincipalCacheLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrincipalCacheDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }"): (typeof documents)["mutation PrincipalCacheDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrincipalCacheChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }"): (typeof documents)["mutation PrincipalCacheChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrincipalCacheCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }"): (typeof documents)["mutation PrincipalCacheCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink expiresAt user { id email role department invitationPending active } } }"): (typeof documents)["mutation TeamInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink expiresAt user { id email role department invitationPending active } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token user { id role } } }"): (typeof documents)["mutation TeamAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token user { id role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role department } }"): (typeof documents)["mutation TeamChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role department } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id active } }"): (typeof documents)["mutation TeamDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id active } }"): (typeof documents)["mutation TeamReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamMe { me { id role department } }"): (typeof documents)["query TeamMe { me { id role department } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TeamAuditEvents($after: ID) { auditEvents(after: $after) { id type } }"): (typeof documents)["subscription TeamAuditEvents($after: ID) { auditEvents(after: $after) { id type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamUsers { users { email invitationPending } }"): (typeof documents)["query TeamUsers { users { email invitationPending } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamAuditLog { auditLog { edges { node { id } } } }"): (typeof documents)["query TeamAuditLog { auditLog { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamApiTokens { apiTokens { id } }"): (typeof documents)["query TeamApiTokens { apiTokens { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamUsers2 { users { id } }"): (typeof documents)["query TeamUsers2 { users { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation TeamLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamLogout { logout }"): (typeof documents)["mutation TeamLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name role lastUsedAt revokedAt } } }"): (typeof documents)["mutation TeamCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name role lastUsedAt revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamApiTokens2 { apiTokens { id name lastUsedAt createdBy { id } } }"): (typeof documents)["query TeamApiTokens2 { apiTokens { id name lastUsedAt createdBy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }"): (typeof documents)["mutation TeamRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamCreateApiToken2($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }"): (typeof documents)["mutation TeamCreateApiToken2($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamApiTokens3 { apiTokens { id role effectiveRole } }"): (typeof documents)["query TeamApiTokens3 { apiTokens { id role effectiveRole } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CalendarLoadItem on Obligation { id version key dueDate status provisional note doneDate }"): (typeof documents)["fragment CalendarLoadItem on Obligation { id version key dueDate status provisional note doneDate }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarLoadCreate($input: ClientInput!) { createClient(input: $input) { id version } }"): (typeof documents)["mutation CalendarLoadCreate($input: ClientInput!) { createClient(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarLoadAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"): (typeof documents)["mutation CalendarLoadAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarLoadAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }"): (typeof documents)["mutation CalendarLoadAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarLoadItems($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE, NOT_REQUIRED] }) { edges { node { ...CalendarLoadItem } } } } }"): (typeof documents)["query CalendarLoadItems($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE, NOT_REQUIRED] }) { edges { node { ...CalendarLoadItem } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarLoadChange($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note) { ...CalendarLoadItem } }"): (typeof documents)["mutation CalendarLoadChange($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note) { ...CalendarLoadItem } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarLoadYears { productionCalendars { year state source workingDays calendar { year workingDays source loadedBy { id } } } }"): (typeof documents)["query CalendarLoadYears { productionCalendars { year state source workingDays calendar { year workingDays source loadedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarLoadPreview($year: Int!, $content: String!, $fileName: String) { productionCalendarPreview(year: $year, content: $content, fileName: $fileName) { year source workingDays nonWorkingDays daysOff workingWeekends shortened replaces changes { date working } } }"): (typeof documents)["query CalendarLoadPreview($year: Int!, $content: String!, $fileName: String) { productionCalendarPreview(year: $year, content: $content, fileName: $fileName) { year source workingDays nonWorkingDays daysOff workingWeekends shortened replaces changes { date working } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarLoad($year: Int!, $content: String!, $fileName: String) { loadProductionCalendar(year: $year, content: $content, fileName: $fileName) { id year workingDays source daysOff workingWeekends loadedBy { id } } }"): (typeof documents)["mutation CalendarLoad($year: Int!, $content: String!, $fileName: String) { loadProductionCalendar(year: $year, content: $content, fileName: $fileName) { id year workingDays source daysOff workingWeekends loadedBy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarLoadPending { pendingScheduleDiffs { client { id shortName } digest empty confirmed redated { key dueDate previousDueDate status } keptDone { key status } added { key } removed { key } } }"): (typeof documents)["query CalendarLoadPending { pendingScheduleDiffs { client { id shortName } digest empty confirmed redated { key dueDate previousDueDate status } keptDone { key status } added { key } removed { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarLoadApplyAll($diffs: [ScheduleDiffRef!]!) { applyClientScheduleDiffs(diffs: $diffs) { client { id } confirmed redated { key } } }"): (typeof documents)["mutation CalendarLoadApplyAll($diffs: [ScheduleDiffRef!]!) { applyClientScheduleDiffs(diffs: $diffs) { client { id } confirmed redated { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarLoadMonth($from: Date!, $to: Date!, $filter: ObligationFilter) { myObligationCalendar(from: $from, to: $to, filter: $filter) { ...CalendarLoadItem } }"): (typeof documents)["query CalendarLoadMonth($from: Date!, $to: Date!, $filter: ObligationFilter) { myObligationCalendar(from: $from, to: $to, filter: $filter) { ...CalendarLoadItem } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarLoadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { code period dueDate provisional } }"): (typeof documents)["query CalendarLoadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { code period dueDate provisional } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientTestObligation on Obligation { id version key code kind area dueDate status overdue provisional note doneDate owner { id } client { id } viewerCanChangeStatus }"): (typeof documents)["fragment ClientTestObligation on Obligation { id version key code kind area dueDate status overdue provisional note doneDate owner { id } client { id } viewerCanChangeStatus }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientCreate($input: ClientInput!) { createClient(input: $input) { id version status shortName profitAdvances serviceAreas } }"): (typeof documents)["mutation ClientCreate($input: ClientInput!) { createClient(input: $input) { id version status shortName profitAdvances serviceAreas } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version legalForm shortName fullName inn taxRegime regionCode contacts { name phone email } lead { id stage client { id } } } }"): (typeof documents)["mutation ClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version legalForm shortName fullName inn taxRegime regionCode contacts { name phone email } lead { id stage client { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"): (typeof documents)["mutation ClientCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUpdate($id: ID!, $version: Int!, $input: ClientInput!) { updateClient(id: $id, version: $version, input: $input) { id version hasEmployees } }"): (typeof documents)["mutation ClientUpdate($id: ID!, $version: Int!, $input: ClientInput!) { updateClient(id: $id, version: $version, input: $input) { id version hasEmployees } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version areas { area accountant { id } since } assignments { area fromDate toDate accountant { id } assignedBy { id } } } }"): (typeof documents)["mutation ClientAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version areas { area accountant { id } since } assignments { area fromDate toDate accountant { id } assignedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientAccept($id: ID!, $version: Int!, $activeFrom: Date) { acceptClient(id: $id, version: $version, activeFrom: $activeFrom) { id version status statusSince serviceStartDate } }"): (typeof documents)["mutation ClientAccept($id: ID!, $version: Int!, $activeFrom: Date) { acceptClient(id: $id, version: $version, activeFrom: $activeFrom) { id version status statusSince serviceStartDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { totalCount edges { node { ...ClientTestObligation } } } } }"): (typeof documents)["query ClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { totalCount edges { node { ...ClientTestObligation } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMyObligations($filter: ObligationFilter, $first: Int!, $after: String) { myObligations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ClientTestObligation } } } }"): (typeof documents)["query ClientMyObligations($filter: ObligationFilter, $first: Int!, $after: String) { myObligations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ClientTestObligation } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientChangeObligation($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String, $reason: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note, reason: $reason) { ...ClientTestObligation } }"): (typeof documents)["mutation ClientChangeObligation($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String, $reason: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note, reason: $reason) { ...ClientTestObligation } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientScheduleDiff($clientId: ID!) { clientScheduleDiff(clientId: $clientId) { digest empty added { key } removed { key removal status } redated { key dueDate previousDueDate } keptDone { key status } } }"): (typeof documents)["query ClientScheduleDiff($clientId: ID!) { clientScheduleDiff(clientId: $clientId) { digest empty added { key } removed { key removal status } redated { key dueDate previousDueDate } keptDone { key status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientApplyDiff($clientId: ID!, $digest: String!) { applyClientScheduleDiff(clientId: $clientId, digest: $digest) { digest removed { key } } }"): (typeof documents)["mutation ClientApplyDiff($clientId: ID!, $digest: String!) { applyClientScheduleDiff(clientId: $clientId, digest: $digest) { digest removed { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientCard($id: ID!) { client(id: $id) { id status } }"): (typeof documents)["query ClientCard($id: ID!) { client(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientList($filter: ClientFilter, $first: Int!) { clients(filter: $filter, first: $first) { totalCount edges { node { id shortName lead { id } areas { area accountant { name } } assignments { accountant { name } } } } } }"): (typeof documents)["query ClientList($filter: ClientFilter, $first: Int!) { clients(filter: $filter, first: $first) { totalCount edges { node { id shortName lead { id } areas { area accountant { name } } assignments { accountant { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }"): (typeof documents)["mutation ControlCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"): (typeof documents)["mutation ControlAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }"): (typeof documents)["mutation ControlAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { edges { node { id code dueDate status provisional owner { id } } } } } }"): (typeof documents)["query ControlClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { edges { node { id code dueDate status provisional owner { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlMyObligations($first: Int!) { myObligations(first: $first) { edges { node { id status } } } }"): (typeof documents)["query ControlMyObligations($first: Int!) { myObligations(first: $first) { edges { node { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ControlView($accountantId: ID, $clientId: ID, $unassigned: Boolean) {\n    obligationControl(accountantId: $accountantId, clientId: $clientId, unassigned: $unassigned) {\n      today weekStart weekEnd overdue dueThisWeek tasksOverdue tasksDueThisWeek\n      byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n      byClient { client { id shortName } overdue dueThisWeek accountantCount }\n      obligations { id dueDate overdue owner { id } client { id } }\n      obligationsTotal\n      tasks { id title dueDate assignee { id } }\n    }\n  }\n"): (typeof documents)["\n  query ControlView($accountantId: ID, $clientId: ID, $unassigned: Boolean) {\n    obligationControl(accountantId: $accountantId, clientId: $clientId, unassigned: $unassigned) {\n      today weekStart weekEnd overdue dueThisWeek tasksOverdue tasksDueThisWeek\n      byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n      byClient { client { id shortName } overdue dueThisWeek accountantCount }\n      obligations { id dueDate overdue owner { id } client { id } }\n      obligationsTotal\n      tasks { id title dueDate assignee { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlMyCalendarFeed { myCalendarFeed { createdAt lastUsedAt } }"): (typeof documents)["query ControlMyCalendarFeed { myCalendarFeed { createdAt lastUsedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlRotateFeed { rotateCalendarFeed { url feed { createdAt lastUsedAt } } }"): (typeof documents)["mutation ControlRotateFeed { rotateCalendarFeed { url feed { createdAt lastUsedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlRevokeFeed { revokeCalendarFeed }"): (typeof documents)["mutation ControlRevokeFeed { revokeCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlReminders { myObligationReminders { daysBefore } }"): (typeof documents)["query ControlReminders { myObligationReminders { daysBefore } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlSetReminderDays($days: Int!) { setObligationReminderDays(days: $days) { daysBefore } }"): (typeof documents)["mutation ControlSetReminderDays($days: Int!) { setObligationReminderDays(days: $days) { daysBefore } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlNotifications { notifications(first: 200) { edges { node { kind subjectType subjectId data } } } }"): (typeof documents)["query ControlNotifications { notifications(first: 200) { edges { node { kind subjectType subjectId data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation DocumentsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"): (typeof documents)["mutation DocumentsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price } }"): (typeof documents)["mutation DocumentsCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsSettings { contractSettings { version } }"): (typeof documents)["query DocumentsSettings { contractSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version } }"): (typeof documents)["mutation DocumentsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }"): (typeof documents)["mutation DocumentsFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id status title docxUrl pdfUrl } }"): (typeof documents)["mutation DocumentsGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id status title docxUrl pdfUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsLastEntry { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query DocumentsLastEntry { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DocumentsEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }"): (typeof documents)["subscription DocumentsEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentsCard($id: ID!) { contract(id: $id) { documents { id status title docxUrl pdfUrl docxSize } } }"): (typeof documents)["query DocumentsCard($id: ID!) { contract(id: $id) { documents { id status title docxUrl pdfUrl docxSize } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentsCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number } }"): (typeof documents)["mutation DocumentsCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"): (typeof documents)["mutation FilesCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesLeadVersion($id: ID!) { lead(id: $id) { version } }"): (typeof documents)["query FilesLeadVersion($id: ID!) { lead(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"): (typeof documents)["mutation FilesCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesCreateClient($input: ClientInput!) { createClient(input: $input) { id shortName } }"): (typeof documents)["mutation FilesCreateClient($input: ClientInput!) { createClient(input: $input) { id shortName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id } }"): (typeof documents)["mutation FilesClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price partyName lead { id } customer { id shortName } pricingRun { id } client { fullName inn kpp } } }"): (typeof documents)["mutation FilesCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version price partyName lead { id } customer { id shortName } pricingRun { id } client { fullName inn kpp } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version status } }"): (typeof documents)["mutation FilesSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id price pricingRun { id } } }"): (typeof documents)["mutation FilesAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id price pricingRun { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesClientCard($id: ID!) { client(id: $id) { id contracts { id number partyName customer { id } } } }"): (typeof documents)["query FilesClientCard($id: ID!) { client(id: $id) { id contracts { id number partyName customer { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesRegistry($filter: ContractFilter) { contracts(filter: $filter, first: 50) { totalCount edges { node { id number partyName } } } }"): (typeof documents)["query FilesRegistry($filter: ContractFilter) { contracts(filter: $filter, first: 50) { totalCount edges { node { id number partyName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id fullName ogrn bankAccount bik correspondentAccount signerName signerAuthority } }"): (typeof documents)["mutation FilesFirmRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id fullName ogrn bankAccount bik correspondentAccount signerName signerAuthority } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesSettings { contractSettings { version } }"): (typeof documents)["query FilesSettings { contractSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version city } }"): (typeof documents)["mutation FilesUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id } }"): (typeof documents)["mutation FilesGenerate($ownerType: DocumentOwner!, $ownerId: ID!) { generateDocument(ownerType: $ownerType, ownerId: $ownerId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesLastEntry { auditLog(first: 1) { edges { node { id type } } } }"): (typeof documents)["query FilesLastEntry { auditLog(first: 1) { edges { node { id type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FilesEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }"): (typeof documents)["subscription FilesEvents($contractId: ID, $after: ID) { contractEvents(contractId: $contractId, after: $after) { type subjectId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesDocuments($id: ID!) { contract(id: $id) { documents { id source status title scanUrl scanType scanSize docxUrl } amendments { id documents { id source scanUrl } } } }"): (typeof documents)["query FilesDocuments($id: ID!) { contract(id: $id) { documents { id source status title scanUrl scanType scanSize docxUrl } amendments { id documents { id source scanUrl } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesTemplates { documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders size } placeholders { name list within example } } }"): (typeof documents)["query FilesTemplates { documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders size } placeholders { name list within example } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesActivateTemplate($kind: TemplateKind!) { activateDocumentTemplate(kind: $kind) { id kind active unknownPlaceholders } }"): (typeof documents)["mutation FilesActivateTemplate($kind: TemplateKind!) { activateDocumentTemplate(kind: $kind) { id kind active unknownPlaceholders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }"): (typeof documents)["mutation FilesCreatePoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesUploadMchd($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) { uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) { id xmlFile { fileName url } } }"): (typeof documents)["mutation FilesUploadMchd($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) { uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) { id xmlFile { fileName url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilesPoa($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...FilesPoaFields }\n  }\n  fragment FilesPoaFields on PowerOfAttorney {\n    id number version status contract { id } principal { name inn client { id } lead { id } } documents { id source title scanUrl scanType scanSize }\n  }\n"): (typeof documents)["\n  mutation FilesPoa($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...FilesPoaFields }\n  }\n  fragment FilesPoaFields on PowerOfAttorney {\n    id number version status contract { id } principal { name inn client { id } lead { id } } documents { id source title scanUrl scanType scanSize }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesPoaGet($id: ID!) { powerOfAttorney(id: $id) { ...FilesPoaFields } }"): (typeof documents)["query FilesPoaGet($id: ID!) { powerOfAttorney(id: $id) { ...FilesPoaFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesPoaIssue($id: ID!, $version: Int!) { issuePowerOfAttorney(id: $id, version: $version) { id version } }"): (typeof documents)["mutation FilesPoaIssue($id: ID!, $version: Int!) { issuePowerOfAttorney(id: $id, version: $version) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesPoaReissue($id: ID!) { reissuePowerOfAttorney(id: $id) { ...FilesPoaFields } }"): (typeof documents)["mutation FilesPoaReissue($id: ID!) { reissuePowerOfAttorney(id: $id) { ...FilesPoaFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesPoaRegistry($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id principal { name inn client { id } lead { id } } } } } }"): (typeof documents)["query FilesPoaRegistry($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id principal { name inn client { id } lead { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesResetTemplate($kind: TemplateKind!) { resetDocumentTemplate(kind: $kind) { kind uploaded { id } } }"): (typeof documents)["mutation FilesResetTemplate($kind: TemplateKind!) { resetDocumentTemplate(kind: $kind) { kind uploaded { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation ContractsCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"): (typeof documents)["mutation ContractsCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractsCreate($input: CreateContractInput!) {\n    createContract(input: $input) { ...ContractTestFields }\n  }\n  fragment ContractTestFields on Contract {\n    id number version status date startDate price currentPrice serviceAreas paymentTerms\n    firmSignedOn firmSigner clientSignedOn clientSigner channel sentOn originalReceivedOn terminatedOn terminationReason\n    client { fullName inn kpp signerName authorityBasis }\n    manager { id } lead { id companyName } pricingRun { id }\n    viewerCanEdit viewerCanSign\n  }\n"): (typeof documents)["\n  mutation ContractsCreate($input: CreateContractInput!) {\n    createContract(input: $input) { ...ContractTestFields }\n  }\n  fragment ContractTestFields on Contract {\n    id number version status date startDate price currentPrice serviceAreas paymentTerms\n    firmSignedOn firmSigner clientSignedOn clientSigner channel sentOn originalReceivedOn terminatedOn terminationReason\n    client { fullName inn kpp signerName authorityBasis }\n    manager { id } lead { id companyName } pricingRun { id }\n    viewerCanEdit viewerCanSign\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsUpdate($id: ID!, $version: Int!, $input: UpdateContractInput!) { updateContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }"): (typeof documents)["mutation ContractsUpdate($id: ID!, $version: Int!, $input: UpdateContractInput!) { updateContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsSend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { ...ContractTestFields } }"): (typeof documents)["mutation ContractsSend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { ...ContractTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }"): (typeof documents)["mutation ContractsSign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { ...ContractTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsOriginal($id: ID!, $version: Int!, $on: Date) { recordContractOriginal(id: $id, version: $version, on: $on) { ...ContractTestFields } }"): (typeof documents)["mutation ContractsOriginal($id: ID!, $version: Int!, $on: Date) { recordContractOriginal(id: $id, version: $version, on: $on) { ...ContractTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsTerminate($id: ID!, $version: Int!, $on: Date!, $reason: String!) { terminateContract(id: $id, version: $version, on: $on, reason: $reason) { ...ContractTestFields } }"): (typeof documents)["mutation ContractsTerminate($id: ID!, $version: Int!, $on: Date!, $reason: String!) { terminateContract(id: $id, version: $version, on: $on, reason: $reason) { ...ContractTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsGet($id: ID!) { contract(id: $id) { ...ContractTestFields amendments { id number status price effectiveFrom version } priceHistory { from price amendment { number } } } }"): (typeof documents)["query ContractsGet($id: ID!) { contract(id: $id) { ...ContractTestFields amendments { id number status price effectiveFrom version } priceHistory { from price amendment { number } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsList($filter: ContractFilter, $first: Int) { contracts(filter: $filter, first: $first) { totalCount edges { node { id number status currentPrice lead { companyName } manager { name } } } } }"): (typeof documents)["query ContractsList($filter: ContractFilter, $first: Int) { contracts(filter: $filter, first: $first) { totalCount edges { node { id number status currentPrice lead { companyName } manager { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsTotals { contractTotals { active monthlyRevenue awaitingSignature expiringPowersOfAttorney } }"): (typeof documents)["query ContractsTotals { contractTotals { active monthlyRevenue awaitingSignature expiringPowersOfAttorney } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id number status price effectiveFrom version contract { id number } } }"): (typeof documents)["mutation ContractsAmend($input: CreateAmendmentInput!) { createContractAmendment(input: $input) { id number status price effectiveFrom version contract { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { id status version } }"): (typeof documents)["mutation ContractsSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { id status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsAuditLog { auditLog(first: 50) { edges { node { type subject { type title } } } } }"): (typeof documents)["query ContractsAuditLog { auditLog(first: 50) { edges { node { type subject { type title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsSettings { contractSettings { version contractNumberPattern poaWarningDays } }"): (typeof documents)["query ContractsSettings { contractSettings { version contractNumberPattern poaWarningDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version contractNumberPattern } }"): (typeof documents)["mutation ContractsUpdateSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version contractNumberPattern } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpiryCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation PoaExpiryCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpiryCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"): (typeof documents)["mutation PoaExpiryCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpiryCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version } }"): (typeof documents)["mutation PoaExpiryCreateContract($input: CreateContractInput!) { createContract(input: $input) { id number version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpirySend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { id version } }"): (typeof documents)["mutation PoaExpirySend($id: ID!, $version: Int!, $on: Date) { sendContract(id: $id, version: $version, on: $on) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpirySign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation PoaExpirySign($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpiryCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"): (typeof documents)["mutation PoaExpiryCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpiryCreate($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number version } }"): (typeof documents)["mutation PoaExpiryCreate($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id number version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpiryIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id version } }"): (typeof documents)["mutation PoaExpiryIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaExpiryGet($id: ID!) { powerOfAttorney(id: $id) { id status expiredOn daysLeft expiringSoon } }"): (typeof documents)["query PoaExpiryGet($id: ID!) { powerOfAttorney(id: $id) { id status expiredOn daysLeft expiringSoon } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaExpiryNotifications { notifications(first: 100) { edges { node { id kind subjectType subjectId data } } } }"): (typeof documents)["query PoaExpiryNotifications { notifications(first: 100) { edges { node { id kind subjectType subjectId data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PoaExpiryLive { notificationEvents { id notification { kind subjectId data } } }"): (typeof documents)["subscription PoaExpiryLive { notificationEvents { id notification { kind subjectId data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaExpirySettings { contractSettings { version unsignedReminderDays } }"): (typeof documents)["query PoaExpirySettings { contractSettings { version unsignedReminderDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaExpirySetSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version unsignedReminderDays } }"): (typeof documents)["mutation PoaExpirySetSettings($version: Int!, $input: ContractSettingsInput!) { updateContractSettings(version: $version, input: $input) { version unsignedReminderDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaExpiryLog { auditLog(first: 100) { edges { node { type subject { id } } } } }"): (typeof documents)["query PoaExpiryLog { auditLog(first: 100) { edges { node { type subject { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation PoaCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoaCreate($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...PoaTestFields }\n  }\n  fragment PoaTestFields on PowerOfAttorney {\n    id number version kind status issueDate validUntil issuedOn revokedOn revocationReason powers representativeKind\n    representative { id } principal { name inn lead { id } client { id } } replaces { id } reissuedAs { id } viewerCanEdit\n  }\n"): (typeof documents)["\n  mutation PoaCreate($input: CreatePowerOfAttorneyInput!) {\n    createPowerOfAttorney(input: $input) { ...PoaTestFields }\n  }\n  fragment PoaTestFields on PowerOfAttorney {\n    id number version kind status issueDate validUntil issuedOn revokedOn revocationReason powers representativeKind\n    representative { id } principal { name inn lead { id } client { id } } replaces { id } reissuedAs { id } viewerCanEdit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { ...PoaTestFields } }"): (typeof documents)["mutation PoaIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { ...PoaTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaRevoke($id: ID!, $version: Int!, $reason: String!) { revokePowerOfAttorney(id: $id, version: $version, reason: $reason) { ...PoaTestFields } }"): (typeof documents)["mutation PoaRevoke($id: ID!, $version: Int!, $reason: String!) { revokePowerOfAttorney(id: $id, version: $version, reason: $reason) { ...PoaTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaUpdate($id: ID!, $version: Int!, $input: UpdatePowerOfAttorneyInput!) { updatePowerOfAttorney(id: $id, version: $version, input: $input) { ...PoaTestFields } }"): (typeof documents)["mutation PoaUpdate($id: ID!, $version: Int!, $input: UpdatePowerOfAttorneyInput!) { updatePowerOfAttorney(id: $id, version: $version, input: $input) { ...PoaTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaGet($id: ID!) { powerOfAttorney(id: $id) { ...PoaTestFields } }"): (typeof documents)["query PoaGet($id: ID!) { powerOfAttorney(id: $id) { ...PoaTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaList($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id status } } } }"): (typeof documents)["query PoaList($filter: PowerOfAttorneyFilter) { powersOfAttorney(filter: $filter) { totalCount edges { node { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoaReissue($id: ID!, $input: ReissuePowerOfAttorneyInput) {\n    reissuePowerOfAttorney(id: $id, input: $input) { ...PoaTestFields powers kind issueDate validUntil reissuedAs { id } replaces { id reissuedAs { id } } }\n  }\n"): (typeof documents)["\n  mutation PoaReissue($id: ID!, $input: ReissuePowerOfAttorneyInput) {\n    reissuePowerOfAttorney(id: $id, input: $input) { ...PoaTestFields powers kind issueDate validUntil reissuedAs { id } replaces { id reissuedAs { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaToReissue { powersOfAttorneyToReissue { id number representative { id name } reissuedAs { id status } } }"): (typeof documents)["query PoaToReissue { powersOfAttorneyToReissue { id number representative { id name } reissuedAs { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaDeactivate($userId: ID!) { deactivateUser(userId: $userId) { id active } }"): (typeof documents)["mutation PoaDeactivate($userId: ID!) { deactivateUser(userId: $userId) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoaNotices { notifications(first: 50) { edges { node { kind subjectId data } } } }"): (typeof documents)["query PoaNotices { notifications(first: 50) { edges { node { kind subjectId data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoaCreateLeadOf($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation PoaCreateLeadOf($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PoaUploadXml($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) {\n    uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) {\n      id version registrationNumber\n      xmlFile { fileName size format number issueDate validUntil uploadedAt }\n      xmlMismatches { field inRecord inFile }\n    }\n  }\n"): (typeof documents)["\n  mutation PoaUploadXml($id: ID!, $version: Int!, $fileName: String!, $contentBase64: String!) {\n    uploadPowerOfAttorneyXml(id: $id, version: $version, fileName: $fileName, contentBase64: $contentBase64) {\n      id version registrationNumber\n      xmlFile { fileName size format number issueDate validUntil uploadedAt }\n      xmlMismatches { field inRecord inFile }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientTimelineLeadSources { leadSources { id } }"): (typeof documents)["query ClientTimelineLeadSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientTimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"): (typeof documents)["mutation ClientTimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientTimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }"): (typeof documents)["mutation ClientTimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientTimelineFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version } }"): (typeof documents)["mutation ClientTimelineFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientTimelineCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }"): (typeof documents)["mutation ClientTimelineCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientTimelineAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"): (typeof documents)["mutation ClientTimelineAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientTimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id lead { id } client { id } } }"): (typeof documents)["mutation ClientTimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id lead { id } client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTimelinePage($leadId: ID, $clientId: ID, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { id } } followUp { title } change { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ClientTimelinePage($leadId: ID, $clientId: ID, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, clientId: $clientId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { id } } followUp { title } change { type } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientTimelineLive($leadId: ID, $clientId: ID, $after: ID) {\n    timelineEvents(leadId: $leadId, clientId: $clientId, after: $after) { id item { id kind entry { summary } change { type } } }\n  }\n"): (typeof documents)["\n  subscription ClientTimelineLive($leadId: ID, $clientId: ID, $after: ID) {\n    timelineEvents(leadId: $leadId, clientId: $clientId, after: $after) { id item { id kind entry { summary } change { type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTimelineSearch($text: String!, $clientId: ID, $first: Int!) {\n    searchCorrespondence(text: $text, clientId: $clientId, first: $first) {\n      edges { node { entry { summary client { shortName } lead { companyName } } fragments { text match } } }\n    }\n  }\n"): (typeof documents)["\n  query ClientTimelineSearch($text: String!, $clientId: ID, $first: Int!) {\n    searchCorrespondence(text: $text, clientId: $clientId, first: $first) {\n      edges { node { entry { summary client { shortName } lead { companyName } } fragments { text match } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientTimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query ClientTimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DocumentRequestTest on DocumentRequest { id version dueDate status overdue viewerCanEdit responsible { id } lead { id } client { id } items { id kind description periodFrom periodTo note status resolutionNote entry { id } resolvedBy { id } } }"): (typeof documents)["fragment DocumentRequestTest on DocumentRequest { id version dueDate status overdue viewerCanEdit responsible { id } lead { id } client { id } items { id kind description periodFrom periodTo note status resolutionNote entry { id } resolvedBy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentRequestLeadSources { leadSources { id } }"): (typeof documents)["query DocumentRequestLeadSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation DocumentRequestCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"): (typeof documents)["mutation DocumentRequestCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"): (typeof documents)["mutation DocumentRequestLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestCreate($input: CreateDocumentRequestInput!) { createDocumentRequest(input: $input) { ...DocumentRequestTest } }"): (typeof documents)["mutation DocumentRequestCreate($input: CreateDocumentRequestInput!) { createDocumentRequest(input: $input) { ...DocumentRequestTest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestUpdate($id: ID!, $version: Int!, $input: DocumentRequestInput!) { updateDocumentRequest(id: $id, version: $version, input: $input) { ...DocumentRequestTest } }"): (typeof documents)["mutation DocumentRequestUpdate($id: ID!, $version: Int!, $input: DocumentRequestInput!) { updateDocumentRequest(id: $id, version: $version, input: $input) { ...DocumentRequestTest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestMark($requestId: ID!, $itemId: ID!, $status: DocumentItemStatus!, $note: String, $entryId: ID) { markDocumentRequestItem(requestId: $requestId, itemId: $itemId, status: $status, note: $note, entryId: $entryId) { ...DocumentRequestTest } }"): (typeof documents)["mutation DocumentRequestMark($requestId: ID!, $itemId: ID!, $status: DocumentItemStatus!, $note: String, $entryId: ID) { markDocumentRequestItem(requestId: $requestId, itemId: $itemId, status: $status, note: $note, entryId: $entryId) { ...DocumentRequestTest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentRequestMine($open: Boolean) { myDocumentRequests(open: $open) { id status overdue client { shortName } lead { companyName } } }"): (typeof documents)["query DocumentRequestMine($open: Boolean) { myDocumentRequests(open: $open) { id status overdue client { shortName } lead { companyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentRequestText($id: ID!) { documentRequestText(id: $id) { subject body } }"): (typeof documents)["query DocumentRequestText($id: ID!) { documentRequestText(id: $id) { subject body } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentRequestSetTemplate($input: DocumentRequestTemplateInput!) { setDocumentRequestTemplate(input: $input) { subject body custom placeholders } }"): (typeof documents)["mutation DocumentRequestSetTemplate($input: DocumentRequestTemplateInput!) { setDocumentRequestTemplate(input: $input) { subject body custom placeholders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentRequestTimeline($clientId: ID, $leadId: ID) { timeline(clientId: $clientId, leadId: $leadId, first: 20) { edges { node { kind documentRequest { id status overdue } } } } }"): (typeof documents)["query DocumentRequestTimeline($clientId: ID, $leadId: ID) { timeline(clientId: $clientId, leadId: $leadId, first: 20) { edges { node { kind documentRequest { id status overdue } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentRequestSearch($text: String!) { searchCorrespondence(text: $text, first: 10) { edges { node { entry { id } documentRequest { id } fragments { text match } } } } }"): (typeof documents)["query DocumentRequestSearch($text: String!) { searchCorrespondence(text: $text, first: 10) { edges { node { entry { id } documentRequest { id } fragments { text match } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentRequestNotifications { notifications(first: 50) { edges { node { kind subjectId data } } } }"): (typeof documents)["query DocumentRequestNotifications { notifications(first: 50) { edges { node { kind subjectId data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpLeadSources { leadSources { id } }"): (typeof documents)["query FollowUpLeadSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation FollowUpCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"): (typeof documents)["mutation FollowUpLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpCreate($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id title dueAt state owner { id } entry { id } } }"): (typeof documents)["mutation FollowUpCreate($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id title dueAt state owner { id } entry { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpMine($status: FollowUpStatus) { myFollowUps(status: $status) { id title dueAt state result viewerCanClose lead { companyName } } }"): (typeof documents)["query FollowUpMine($status: FollowUpStatus) { myFollowUps(status: $status) { id title dueAt state result viewerCanClose lead { companyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpClose($id: ID!, $result: String!) { closeFollowUp(id: $id, result: $result) { id status state result closedBy { id } } }"): (typeof documents)["mutation FollowUpClose($id: ID!, $result: String!) { closeFollowUp(id: $id, result: $result) { id status state result closedBy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpTimeline($leadId: ID!) { timeline(leadId: $leadId, first: 10) { edges { node { kind entry { summary followUp { title status } } followUp { title status } } } } }"): (typeof documents)["query FollowUpTimeline($leadId: ID!) { timeline(leadId: $leadId, first: 10) { edges { node { kind entry { summary followUp { title status } } followUp { title status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpNotifications($unreadOnly: Boolean) { unreadNotificationCount notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id kind subjectType subjectId data readAt } } } }"): (typeof documents)["query FollowUpNotifications($unreadOnly: Boolean) { unreadNotificationCount notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id kind subjectType subjectId data readAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpMarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): (typeof documents)["mutation FollowUpMarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpMarkAllRead { markAllNotificationsRead }"): (typeof documents)["mutation FollowUpMarkAllRead { markAllNotificationsRead }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FollowUpNotificationEvents($after: ID) { notificationEvents(after: $after) { id notification { kind data } readIds allRead unreadCount } }"): (typeof documents)["subscription FollowUpNotificationEvents($after: ID) { notificationEvents(after: $after) { id notification { kind data } readIds allRead unreadCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchLeadSources { leadSources { id } }"): (typeof documents)["query SearchLeadSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SearchCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation SearchCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SearchLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"): (typeof documents)["mutation SearchLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCorrespondence($text: String!, $leadId: ID, $first: Int!, $after: String) {\n    searchCorrespondence(text: $text, leadId: $leadId, first: $first, after: $after) {\n      edges { cursor node { entry { id summary lead { companyName } } fragments { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchCorrespondence($text: String!, $leadId: ID, $first: Int!, $after: String) {\n    searchCorrespondence(text: $text, leadId: $leadId, first: $first, after: $after) {\n      edges { cursor node { entry { id summary lead { companyName } } fragments { text match } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineLeadSources { leadSources { id } }"): (typeof documents)["query TimelineLeadSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"): (typeof documents)["mutation TimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }"): (typeof documents)["mutation TimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id kind summary direction contactName result occurredAt author { id } } }"): (typeof documents)["mutation TimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id kind summary direction contactName result occurredAt author { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelinePage($leadId: ID!, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { name } } followUp { id title owner { name } } change { type actor { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TimelinePage($leadId: ID!, $filter: TimelineFilter, $first: Int!, $after: String) {\n    timeline(leadId: $leadId, filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id kind at entry { id summary author { name } } followUp { id title owner { name } } change { type actor { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TimelineLive($leadId: ID!, $after: ID) {\n    timelineEvents(leadId: $leadId, after: $after) { id item { id kind entry { summary author { name } } followUp { title } change { type } } }\n  }\n"): (typeof documents)["\n  subscription TimelineLive($leadId: ID!, $after: ID) {\n    timelineEvents(leadId: $leadId, after: $after) { id item { id kind entry { summary author { name } } followUp { title } change { type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query TimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadPagingCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"): (typeof documents)["mutation LeadPagingCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadPagingMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id } }"): (typeof documents)["mutation LeadPagingMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadPagingLeads($filter: LeadFilter, $orderBy: LeadOrder, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query LeadPagingLeads($filter: LeadFilter, $orderBy: LeadOrder, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadPagingCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }"): (typeof documents)["mutation LeadPagingCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadPagingProjects($search: String, $after: String) { projects(filter: { search: $search }, first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query LeadPagingProjects($search: String, $after: String) { projects(filter: { search: $search }, first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadTransferPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount rows { rowNumber companyName inn legalForm taxRegime regionCode phone errors { field message } duplicates { lead { id } matchedOn } } } }"): (typeof documents)["mutation LeadTransferPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount rows { rowNumber companyName inn legalForm taxRegime regionCode phone errors { field message } duplicates { lead { id } matchedOn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadTransferImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped leads { id companyName source { name } region { name } } } }"): (typeof documents)["mutation LeadTransferImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped leads { id companyName source { name } region { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadTransferLeads { leads(first: 1) { totalCount } }"): (typeof documents)["query LeadTransferLeads { leads(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadTransferCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation LeadTransferCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadTransferImportLeads2($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped } }"): (typeof documents)["mutation LeadTransferImportLeads2($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadTransferExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename mimeType contentBase64 } }"): (typeof documents)["query LeadTransferExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename mimeType contentBase64 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LeadTestFields on Lead { id version lastName firstName patronymic legalForm companyName inn taxRegime okvedCode activity regionCode region { name }\n  source { id name } phone email owner { id } notes extra stage lostReason { name } duplicates { lead { id } matchedOn } }"): (typeof documents)["fragment LeadTestFields on Lead { id version lastName firstName patronymic legalForm companyName inn taxRegime okvedCode activity regionCode region { name }\n  source { id name } phone email owner { id } notes extra stage lostReason { name } duplicates { lead { id } matchedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadCreateLead($input: LeadInput!) { createLead(input: $input) { ...LeadTestFields } }"): (typeof documents)["mutation LeadCreateLead($input: LeadInput!) { createLead(input: $input) { ...LeadTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...LeadTestFields } }"): (typeof documents)["mutation LeadUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...LeadTestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLeadSources { leadSources { id name } }"): (typeof documents)["query LeadLeadSources { leadSources { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }"): (typeof documents)["mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLeadDuplicates { leadDuplicates(phone: \"8 495 739 70 00\") { lead { id } matchedOn } }"): (typeof documents)["query LeadLeadDuplicates { leadDuplicates(phone: \"8 495 739 70 00\") { lead { id } matchedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLead($id: ID!) { lead(id: $id) { companyName version } }"): (typeof documents)["query LeadLead($id: ID!) { lead(id: $id) { companyName version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLostReasons { lostReasons { id name } }"): (typeof documents)["query LeadLostReasons { lostReasons { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }"): (typeof documents)["query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadCreateLeadField { createLeadField(input: { key: \"cashRegister\", label: \"Онлайн-касса\", type: BOOLEAN }) { id } }"): (typeof documents)["mutation LeadCreateLeadField { createLeadField(input: { key: \"cashRegister\", label: \"Онлайн-касса\", type: BOOLEAN }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadCreateLeadField2 { createLeadField(input: { key: \"marketplace\", label: \"Маркетплейс\", type: CHOICE, options: [\"Ozon\", \"Wildberries\"] }) { id } }"): (typeof documents)["mutation LeadCreateLeadField2 { createLeadField(input: { key: \"marketplace\", label: \"Маркетплейс\", type: CHOICE, options: [\"Ozon\", \"Wildberries\"] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadCreateLeadField3 { createLeadField(input: { key: \"x\", label: \"X\", type: TEXT }) { id } }"): (typeof documents)["mutation LeadCreateLeadField3 { createLeadField(input: { key: \"x\", label: \"X\", type: TEXT }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLead3($id: ID!) { lead(id: $id) { id } }"): (typeof documents)["query LeadLead3($id: ID!) { lead(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation MailCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"): (typeof documents)["mutation MailCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCreateMailbox($input: MailboxInput!) { createMailbox(input: $input) { id label address smtpHost smtpTls imapUser sentFolder } }"): (typeof documents)["mutation MailCreateMailbox($input: MailboxInput!) { createMailbox(input: $input) { id label address smtpHost smtpTls imapUser sentFolder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailUpdateMailbox($id: ID!, $input: MailboxInput!) { updateMailbox(id: $id, input: $input) { id smtpPort imapHost } }"): (typeof documents)["mutation MailUpdateMailbox($id: ID!, $input: MailboxInput!) { updateMailbox(id: $id, input: $input) { id smtpPort imapHost } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailTestMailbox($id: ID!) { testMailbox(id: $id) { smtp { ok stage message } imap { ok stage message } sentFolder } }"): (typeof documents)["mutation MailTestMailbox($id: ID!) { testMailbox(id: $id) { smtp { ok stage message } imap { ok stage message } sentFolder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailDraftFor($template: MailTemplateCode!, $leadId: ID) { mailDraft(template: $template, leadId: $leadId) { subject body to { name address } } }"): (typeof documents)["query MailDraftFor($template: MailTemplateCode!, $leadId: ID) { mailDraft(template: $template, leadId: $leadId) { subject body to { name address } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailSend($input: SendMailInput!) {\n    sendMail(input: $input) { id messageId inReplyTo references subject copiedToSent direction matchedBy text to { address } attachments { id filename size contentType url } }\n  }\n"): (typeof documents)["\n  mutation MailSend($input: SendMailInput!) {\n    sendMail(input: $input) { id messageId inReplyTo references subject copiedToSent direction matchedBy text to { address } attachments { id filename size contentType url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailTimeline($leadId: ID, $clientId: ID) {\n    timeline(leadId: $leadId, clientId: $clientId, first: 20, filter: { kinds: [EMAIL] }) {\n      edges { node { kind entry { kind direction subject summary contactName email { id subject messageId matchedBy from { name address } text hasRemoteImages html attachments { id filename size contentType url } } } } }\n    }\n  }\n"): (typeof documents)["\n  query MailTimeline($leadId: ID, $clientId: ID) {\n    timeline(leadId: $leadId, clientId: $clientId, first: 20, filter: { kinds: [EMAIL] }) {\n      edges { node { kind entry { kind direction subject summary contactName email { id subject messageId matchedBy from { name address } text hasRemoteImages html attachments { id filename size contentType url } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailMessageOne($id: ID!, $showImages: Boolean!) { mailMessage(id: $id) { id subject matchedBy text html(showImages: $showImages) hasRemoteImages from { name address } lead { id } client { id } } }"): (typeof documents)["query MailMessageOne($id: ID!, $showImages: Boolean!) { mailMessage(id: $id) { id subject matchedBy text html(showImages: $showImages) hasRemoteImages from { name address } lead { id } client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailTriageList { mailTriage(first: 20) { totalCount edges { node { id subject from { address } } } } }"): (typeof documents)["query MailTriageList { mailTriage(first: 20) { totalCount edges { node { id subject from { address } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailAssign($id: ID!, $leadId: ID, $clientId: ID) { assignMail(id: $id, leadId: $leadId, clientId: $clientId) { id matchedBy lead { id } client { id } } }"): (typeof documents)["mutation MailAssign($id: ID!, $leadId: ID, $clientId: ID) { assignMail(id: $id, leadId: $leadId, clientId: $clientId) { id matchedBy lead { id } client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailTemplatesList { mailTemplates { code name subject body edited placeholders } }"): (typeof documents)["query MailTemplatesList { mailTemplates { code name subject body edited placeholders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailEditTemplate($code: MailTemplateCode!, $subject: String!, $body: String!) { updateMailTemplate(code: $code, subject: $subject, body: $body) { code subject edited } }"): (typeof documents)["mutation MailEditTemplate($code: MailTemplateCode!, $subject: String!, $body: String!) { updateMailTemplate(code: $code, subject: $subject, body: $body) { code subject edited } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferencesList { notificationPreferences { kind area enabled } }"): (typeof documents)["query NotificationPreferencesList { notificationPreferences { kind area enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferencesSet($changes: [NotificationPreferenceInput!]!) { setNotificationPreferences(changes: $changes) { kind area enabled } }"): (typeof documents)["mutation NotificationPreferencesSet($changes: [NotificationPreferenceInput!]!) { setNotificationPreferences(changes: $changes) { kind area enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferencesSources { leadSources { id } }"): (typeof documents)["query NotificationPreferencesSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferencesLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation NotificationPreferencesLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferencesLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"): (typeof documents)["mutation NotificationPreferencesLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferencesFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }"): (typeof documents)["mutation NotificationPreferencesFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferencesPoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }"): (typeof documents)["mutation NotificationPreferencesPoa($input: CreatePowerOfAttorneyInput!) { createPowerOfAttorney(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferencesIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id } }"): (typeof documents)["mutation NotificationPreferencesIssue($id: ID!, $version: Int!, $on: Date) { issuePowerOfAttorney(id: $id, version: $version, on: $on) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferencesNotifications { notifications(first: 100) { edges { node { kind subjectId } } } }"): (typeof documents)["query NotificationPreferencesNotifications { notifications(first: 100) { edges { node { kind subjectId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationPreferencesLive { notificationEvents { id notification { kind subjectId } } }"): (typeof documents)["subscription NotificationPreferencesLive { notificationEvents { id notification { kind subjectId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PricingQuote on PriceQuote { lines { key label value rule amount area } price cost margin marginPercent remuneration { area amount } overhead tariffVersionId }"): (typeof documents)["fragment PricingQuote on PriceQuote { lines { key label value rule amount area } price cost margin marginPercent remuneration { area amount } overhead tariffVersionId }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingPreviewPrice($input: PricingInput!) { previewPrice(input: $input) { ...PricingQuote } }"): (typeof documents)["query PricingPreviewPrice($input: PricingInput!) { previewPrice(input: $input) { ...PricingQuote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id number price cost margin createdBy { id } tariffVersion { id number status } quote { ...PricingQuote } lead { id stage } } }"): (typeof documents)["mutation PricingCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id number price cost margin createdBy { id } tariffVersion { id number status } quote { ...PricingQuote } lead { id stage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingTariffPlans { tariffPlans { id name isDefault current { id number version definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } draft { id } } }"): (typeof documents)["query PricingTariffPlans { tariffPlans { id name isDefault current { id number version definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } draft { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingCreateLead($input: LeadInput!) { createLead(input: $input) { id stage version } }"): (typeof documents)["mutation PricingCreateLead($input: LeadInput!) { createLead(input: $input) { id stage version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { number price } }"): (typeof documents)["query PricingPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { number price } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingComparePricingRuns($l: ID!, $r: ID!) { comparePricingRuns(leftId: $l, rightId: $r) { priceDifference lines { key difference left { amount } right { amount } } } }"): (typeof documents)["query PricingComparePricingRuns($l: ID!, $r: ID!) { comparePricingRuns(leftId: $l, rightId: $r) { priceDifference lines { key difference left { amount } right { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingLead($id: ID!) { lead(id: $id) { stage history { type } } }"): (typeof documents)["query PricingLead($id: ID!) { lead(id: $id) { stage history { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingLead2($id: ID!) { lead(id: $id) { stage pricingRuns { id } } }"): (typeof documents)["query PricingLead2($id: ID!) { lead(id: $id) { stage pricingRuns { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id number status version } }"): (typeof documents)["mutation PricingCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id number status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id version } }"): (typeof documents)["mutation PricingUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingPublishTariffVersion($id: ID!, $version: Int!) { publishTariffVersion(id: $id, version: $version) { status } }"): (typeof documents)["mutation PricingPublishTariffVersion($id: ID!, $version: Int!) { publishTariffVersion(id: $id, version: $version) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingPricingRun($id: ID!) { pricingRun(id: $id) { price tariffVersion { number status definition { basePrices { legalForm taxRegime amount } } } } }"): (typeof documents)["query PricingPricingRun($id: ID!) { pricingRun(id: $id) { price tariffVersion { number status definition { basePrices { legalForm taxRegime amount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingUpdateTariffDraft2($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }"): (typeof documents)["mutation PricingUpdateTariffDraft2($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingCreateTariffDraft2($planId: ID!) { createTariffDraft(planId: $planId) { id version } }"): (typeof documents)["mutation PricingCreateTariffDraft2($planId: ID!) { createTariffDraft(planId: $planId) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricingCreateTariffDraft3($planId: ID!) { createTariffDraft(planId: $planId) { id } }"): (typeof documents)["mutation PricingCreateTariffDraft3($planId: ID!) { createTariffDraft(planId: $planId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingTariffPlans2 { tariffPlans { id current { id } } }"): (typeof documents)["query PricingTariffPlans2 { tariffPlans { id current { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingPricingRun2($id: ID!) { pricingRun(id: $id) { id } }"): (typeof documents)["query PricingPricingRun2($id: ID!) { pricingRun(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingPricingRuns2($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }"): (typeof documents)["query PricingPricingRuns2($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingComparePricingRuns2($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { priceDifference costDifference marginDifference left { cost margin } } }"): (typeof documents)["query PricingComparePricingRuns2($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { priceDifference costDifference marginDifference left { cost margin } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingPricingRuns3($leadId: ID!) { pricingRuns(leadId: $leadId) { id price cost margin quote { price cost margin marginPercent remuneration { area amount } overhead } } }"): (typeof documents)["query PricingPricingRuns3($leadId: ID!) { pricingRuns(leadId: $leadId) { id price cost margin quote { price cost margin marginPercent remuneration { area amount } overhead } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricingLead3($id: ID!) { lead(id: $id) { history { type changes } } }"): (typeof documents)["query PricingLead3($id: ID!) { lead(id: $id) { history { type changes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }"): (typeof documents)["query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }"): (typeof documents)["mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }"): (typeof documents)["mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefaultTemplateTemplates { projectTemplates { id name version isDefault archived } }"): (typeof documents)["query DefaultTemplateTemplates { projectTemplates { id name version isDefault archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefaultTemplateTasks { projectTemplates { id tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }"): (typeof documents)["query DefaultTemplateTasks { projectTemplates { id tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DefaultTemplateCreate($input: ProjectTemplateInput!) { createProjectTemplate(input: $input) { id version isDefault } }"): (typeof documents)["mutation DefaultTemplateCreate($input: ProjectTemplateInput!) { createProjectTemplate(input: $input) { id version isDefault } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DefaultTemplateUpdate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id version isDefault archived } }"): (typeof documents)["mutation DefaultTemplateUpdate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id version isDefault archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DefaultTemplateCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id specifics contacts { name position phone email } } }"): (typeof documents)["mutation DefaultTemplateCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id specifics contacts { name position phone email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }"): (typeof documents)["mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"): (typeof documents)["mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmDayMyTasks { myTasks { title dueDate overdue } }"): (typeof documents)["query FirmDayMyTasks { myTasks { title dueDate overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }"): (typeof documents)["mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmDayProjectTemplates { projectTemplates { id } }"): (typeof documents)["query FirmDayProjectTemplates { projectTemplates { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmDayMe { me { firm { today } } }"): (typeof documents)["query FirmDayMe { me { firm { today } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectAccessTemplates { projectTemplates { id } }"): (typeof documents)["query ProjectAccessTemplates { projectTemplates { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectAccessCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version tasks { id version } } }"): (typeof documents)["mutation ProjectAccessCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version tasks { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectAccessAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { id version } }"): (typeof documents)["mutation ProjectAccessAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectAccessUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation ProjectAccessUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectAccessChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { id version } }"): (typeof documents)["mutation ProjectAccessChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectAccessProject($id: ID!) { project(id: $id) { id viewerCanEdit tasks { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }"): (typeof documents)["query ProjectAccessProject($id: ID!) { project(id: $id) { id viewerCanEdit tasks { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectAccessList { projects(first: 100) { edges { node { id } } } }"): (typeof documents)["query ProjectAccessList { projects(first: 100) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProjectAccessTaskEvents { taskEvents { projectId taskId } }"): (typeof documents)["subscription ProjectAccessTaskEvents { taskEvents { projectId taskId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProjectTestTask on Task { id version title status position department dueDate assignee { id } priority }"): (typeof documents)["fragment ProjectTestTask on Task { id version title status position department dueDate assignee { id } priority }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version name startDate coordinator { id } tasks { ...ProjectTestTask dependsOnIds } } }"): (typeof documents)["mutation ProjectCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version name startDate coordinator { id } tasks { ...ProjectTestTask dependsOnIds } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { ...ProjectTestTask } }"): (typeof documents)["mutation ProjectChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { ...ProjectTestTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectMoveTask($id: ID!, $version: Int!, $status: TaskStatus!, $index: Int!) { moveTask(id: $id, version: $version, status: $status, index: $index) { ...ProjectTestTask } }"): (typeof documents)["mutation ProjectMoveTask($id: ID!, $version: Int!, $status: TaskStatus!, $index: Int!) { moveTask(id: $id, version: $version, status: $status, index: $index) { ...ProjectTestTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"): (typeof documents)["mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectPage($search: String!, $after: String) { projects(filter: { search: $search }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }"): (typeof documents)["query ProjectPage($search: String!, $after: String) { projects(filter: { search: $search }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectCommentTask($id: ID!, $body: String!, $mentionIds: [ID!]) { commentTask(id: $id, body: $body, mentionIds: $mentionIds) { id body author { id } mentions { id } } }"): (typeof documents)["mutation ProjectCommentTask($id: ID!, $body: String!, $mentionIds: [ID!]) { commentTask(id: $id, body: $body, mentionIds: $mentionIds) { id body author { id } mentions { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectProject($id: ID!) { project(id: $id) { tasks { id title status position } } }"): (typeof documents)["query ProjectProject($id: ID!) { project(id: $id) { tasks { id title status position } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProjectTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id seq type projectId taskId actor { id } changes task { id status title version } } }"): (typeof documents)["subscription ProjectTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id seq type projectId taskId actor { id } changes task { id status title version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectAuditLog { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query ProjectAuditLog { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectProjectTemplates { projectTemplates { id name tasks { key } } }"): (typeof documents)["query ProjectProjectTemplates { projectTemplates { id name tasks { key } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectTask($id: ID!) { task(id: $id) { dependencies { id title status } } }"): (typeof documents)["query ProjectTask($id: ID!) { task(id: $id) { dependencies { id title status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version specifics contacts { name decides } infobase { handedOver configuration mode date } checklist { id text done } } }"): (typeof documents)["mutation ProjectUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version specifics contacts { name decides } infobase { handedOver configuration mode date } checklist { id text done } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectUpdateProject2($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, version: 1, input: $input) { id } }"): (typeof documents)["mutation ProjectUpdateProject2($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, version: 1, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectAssignTask($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version assignee { id } } }"): (typeof documents)["mutation ProjectAssignTask($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version assignee { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectUpdateTask($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { title: \"x\" }) { id } }"): (typeof documents)["mutation ProjectUpdateTask($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { title: \"x\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectProjects { projects { edges { node { id } } } }"): (typeof documents)["query ProjectProjects { projects { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }"): (typeof documents)["mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }"): (typeof documents)["query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }"): (typeof documents)["subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }"): (typeof documents)["mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }"): (typeof documents)["mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectProject2($id: ID!) { project(id: $id) { version } }"): (typeof documents)["query ProjectProject2($id: ID!) { project(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectMyTasks { myTasks { title overdue } }"): (typeof documents)["query ProjectMyTasks { myTasks { title overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskCommentsTemplates { projectTemplates { id } }"): (typeof documents)["query TaskCommentsTemplates { projectTemplates { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskCommentsLatestEvent { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query TaskCommentsLatestEvent { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id commentCount } } }"): (typeof documents)["mutation TaskCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id commentCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskCommentsCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }"): (typeof documents)["mutation TaskCommentsCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskCommentsBoard($id: ID!) { project(id: $id) { tasks { id commentCount } } }"): (typeof documents)["query TaskCommentsBoard($id: ID!) { project(id: $id) { tasks { id commentCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TaskCommentsTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { type taskId task { id commentCount } } }"): (typeof documents)["subscription TaskCommentsTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { type taskId task { id commentCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePreview($profile: TaxProfileInput!, $year: Int!) {\n    schedulePreview(profile: $profile, year: $year) { key code kind recipient period part nominalDate dueDate area title provisional unverified }\n  }\n"): (typeof documents)["\n  query SchedulePreview($profile: TaxProfileInput!, $year: Int!) {\n    schedulePreview(profile: $profile, year: $year) { key code kind recipient period part nominalDate dueDate area title provisional unverified }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit viewObligationControl } }"): (typeof documents)["query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit viewObligationControl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesMoveLeadStage($id: ID!) { moveLeadStage(id: $id, version: 1, stage: CONTACTED) { id } }"): (typeof documents)["mutation ViewerCapabilitiesMoveLeadStage($id: ID!) { moveLeadStage(id: $id, version: 1, stage: CONTACTED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesCreateLeadSource { createLeadSource(input: { name: \"\" }) { id } }"): (typeof documents)["mutation ViewerCapabilitiesCreateLeadSource { createLeadSource(input: { name: \"\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesUpdateLeadField($id: ID!) { updateLeadField(id: $id, input: { key: \"x\", label: \"X\", type: TEXT }) { id } }"): (typeof documents)["mutation ViewerCapabilitiesUpdateLeadField($id: ID!) { updateLeadField(id: $id, input: { key: \"x\", label: \"X\", type: TEXT }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesCreatePricingRun($id: ID!) { createPricingRun(leadId: $id, input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { id } }"): (typeof documents)["mutation ViewerCapabilitiesCreatePricingRun($id: ID!) { createPricingRun(leadId: $id, input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesCreateTariffDraft($id: ID!) { createTariffDraft(planId: $id) { id } }"): (typeof documents)["mutation ViewerCapabilitiesCreateTariffDraft($id: ID!) { createTariffDraft(planId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerCapabilitiesPreviewPrice { previewPrice(input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { cost margin } }"): (typeof documents)["query ViewerCapabilitiesPreviewPrice { previewPrice(input: { legalForm: ORGANIZATION, taxRegime: OSNO, values: [] }) { cost margin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesCreateProject { createProject(input: { name: \"\" }) { id } }"): (typeof documents)["mutation ViewerCapabilitiesCreateProject { createProject(input: { name: \"\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesUpdateProjectTemplate($id: ID!) { updateProjectTemplate(id: $id, version: 1, input: { name: \"Шаблон\", tasks: [] }) { id } }"): (typeof documents)["mutation ViewerCapabilitiesUpdateProjectTemplate($id: ID!) { updateProjectTemplate(id: $id, version: 1, input: { name: \"Шаблон\", tasks: [] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesDeactivateUser($id: ID!) { deactivateUser(userId: $id) { id } }"): (typeof documents)["mutation ViewerCapabilitiesDeactivateUser($id: ID!) { deactivateUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }"): (typeof documents)["mutation ViewerCapabilitiesRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ViewerCapabilitiesUpdateFirmSettings { updateFirmSettings(input: { timeZone: \"Nowhere/Never\" }) { id } }"): (typeof documents)["mutation ViewerCapabilitiesUpdateFirmSettings { updateFirmSettings(input: { timeZone: \"Nowhere/Never\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerCapabilitiesAuditLog { auditLog(first: 1) { edges { node { id } } } }"): (typeof documents)["query ViewerCapabilitiesAuditLog { auditLog(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerCapabilitiesObligationControl { obligationControl(first: 1) { overdue } }"): (typeof documents)["query ViewerCapabilitiesObligationControl { obligationControl(first: 1) { overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardBrowserProjectTemplates { projectTemplates { id } }"): (typeof documents)["query BoardBrowserProjectTemplates { projectTemplates { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }"): (typeof documents)["mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation ClientsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId) { id } }"): (typeof documents)["mutation ClientsBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsBrowserStatus($id: ID!) { client(id: $id) { status } }"): (typeof documents)["query ClientsBrowserStatus($id: ID!) { client(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsBrowserDone { myObligations(filter: { statuses: [DONE] }, first: 10) { edges { node { id doneDate } } } }"): (typeof documents)["query ClientsBrowserDone { myObligations(filter: { statuses: [DONE] }, first: 10) { edges { node { id doneDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractFilesBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"): (typeof documents)["mutation ContractFilesBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation ContractsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractsBrowserCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"): (typeof documents)["mutation ContractsBrowserCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmSettingsBrowserMe { me { firm { timeZone } } }"): (typeof documents)["query FirmSettingsBrowserMe { me { firm { timeZone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirstHourLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation FirstHourLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirstHourInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }"): (typeof documents)["mutation FirstHourInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FirstHourAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }"): (typeof documents)["mutation FirstHourAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstHourFirstLeadAndProject { leads(first: 1) { edges { node { id } } } projects(first: 1) { edges { node { id } } } }"): (typeof documents)["query FirstHourFirstLeadAndProject { leads(first: 1) { edges { node { id } } } projects(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstHourFirstProject { projects(first: 1) { edges { node { id } } } }"): (typeof documents)["query FirstHourFirstProject { projects(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation FollowUpBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadScheduleCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation LeadScheduleCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadScheduleToday { me { firm { today } } }"): (typeof documents)["query LeadScheduleToday { me { firm { today } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { dueDate nominalDate } }"): (typeof documents)["query LeadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { dueDate nominalDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadToProjectSources { leadSources { id } }"): (typeof documents)["query LeadToProjectSources { leadSources { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadToProjectCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation LeadToProjectCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadToProjectTemplates { projectTemplates { id version name isDefault tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }"): (typeof documents)["query LeadToProjectTemplates { projectTemplates { id version name isDefault tasks { key title description department assigneeRole priority dueInWorkingDays dependsOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeadToProjectUpdateTemplate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id } }"): (typeof documents)["mutation LeadToProjectUpdateTemplate($id: ID!, $version: Int!, $input: ProjectTemplateInput!) { updateProjectTemplate(id: $id, version: $version, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadToProjectProject($id: ID!) { project(id: $id) { specifics contacts { name email phone } lead { id } tasks { id } } }"): (typeof documents)["query LeadToProjectProject($id: ID!) { project(id: $id) { specifics contacts { name email phone } lead { id } tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveCommentsTemplates { projectTemplates { id } }"): (typeof documents)["query LiveCommentsTemplates { projectTemplates { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id version } } }"): (typeof documents)["mutation LiveCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCommentsAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { version } }"): (typeof documents)["mutation LiveCommentsAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation MailBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailBrowserMailboxes { mailboxes { id } }"): (typeof documents)["query MailBrowserMailboxes { mailboxes { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarBrowserCreate($input: ClientInput!) { createClient(input: $input) { id } }"): (typeof documents)["mutation CalendarBrowserCreate($input: ClientInput!) { createClient(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"): (typeof documents)["mutation CalendarBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }"): (typeof documents)["mutation CalendarBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarBrowserOpen($first: Int!) { myObligations(first: $first, filter: { statuses: [PLANNED] }) { edges { node { id dueDate overdue status } } } }"): (typeof documents)["query CalendarBrowserOpen($first: Int!) { myObligations(first: $first, filter: { statuses: [PLANNED] }) { edges { node { id dueDate overdue status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarBrowserProvisional($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE] }) { edges { node { provisional } } } } }"): (typeof documents)["query CalendarBrowserProvisional($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE] }) { edges { node { provisional } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarBrowserStatus($from: Date!, $to: Date!) { myObligationCalendar(from: $from, to: $to) { id status doneDate } }"): (typeof documents)["query CalendarBrowserStatus($from: Date!, $to: Date!) { myObligationCalendar(from: $from, to: $to) { id status doneDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"): (typeof documents)["mutation ControlBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"): (typeof documents)["mutation ControlBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }"): (typeof documents)["mutation ControlBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlBrowserReminders { myObligationReminders { daysBefore } }"): (typeof documents)["query ControlBrowserReminders { myObligationReminders { daysBefore } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteSetRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }"): (typeof documents)["mutation QuoteSetRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation QuoteCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"): (typeof documents)["mutation QuoteCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmbeddedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation EmbeddedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbeddedUsers { users { email } }"): (typeof documents)["query EmbeddedUsers { users { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EmbeddedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }"): (typeof documents)["mutation EmbeddedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n"): (typeof documents)["\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n"): (typeof documents)["\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n"): (typeof documents)["\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InputValidationLead on Lead { id version lastName companyName notes source { id } owner { id } extra }"): (typeof documents)["fragment InputValidationLead on Lead { id version lastName companyName notes source { id } owner { id } extra }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InputValidationProject on Project { id version name contacts { name } }"): (typeof documents)["fragment InputValidationProject on Project { id version name contacts { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InputValidationTask on Task { id version title description }"): (typeof documents)["fragment InputValidationTask on Task { id version title description }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateLead($input: LeadInput!) { createLead(input: $input) { ...InputValidationLead } }"): (typeof documents)["mutation InputValidationCreateLead($input: LeadInput!) { createLead(input: $input) { ...InputValidationLead } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...InputValidationLead } }"): (typeof documents)["mutation InputValidationUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...InputValidationLead } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationLead($id: ID!) { lead(id: $id) { ...InputValidationLead } }"): (typeof documents)["query InputValidationLead($id: ID!) { lead(id: $id) { ...InputValidationLead } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }"): (typeof documents)["query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }"): (typeof documents)["query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...InputValidationProject } }"): (typeof documents)["mutation InputValidationCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...InputValidationProject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { ...InputValidationProject } }"): (typeof documents)["mutation InputValidationUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { ...InputValidationProject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationProject($id: ID!) { project(id: $id) { ...InputValidationProject } }"): (typeof documents)["query InputValidationProject($id: ID!) { project(id: $id) { ...InputValidationProject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }"): (typeof documents)["query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...InputValidationTask } }"): (typeof documents)["mutation InputValidationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...InputValidationTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationUpdateTask($id: ID!, $version: Int!, $input: UpdateTaskInput!) { updateTask(id: $id, version: $version, input: $input) { ...InputValidationTask } }"): (typeof documents)["mutation InputValidationUpdateTask($id: ID!, $version: Int!, $input: UpdateTaskInput!) { updateTask(id: $id, version: $version, input: $input) { ...InputValidationTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationTask($id: ID!) { task(id: $id) { ...InputValidationTask } }"): (typeof documents)["query InputValidationTask($id: ID!) { task(id: $id) { ...InputValidationTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }"): (typeof documents)["mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"): (typeof documents)["mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }"): (typeof documents)["query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationLeadSources { leadSources { id name } }"): (typeof documents)["query InputValidationLeadSources { leadSources { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }"): (typeof documents)["mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }"): (typeof documents)["mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }"): (typeof documents)["query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }"): (typeof documents)["mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }"): (typeof documents)["mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListStatementsTask on Task {\n    id title status dueDate overdue checklist { id done } dependsOnIds dependencies { id }\n    project { id } assignee { id name } createdBy { id }\n    commentCount comments { id body author { id name } mentions { id name } }\n    history { id actor { user { id } } fieldChanges { field fromLabel toLabel } subject { title } }\n    viewerCanEdit viewerCanChangeStatus viewerCanComment\n  }\n"): (typeof documents)["\n  fragment ListStatementsTask on Task {\n    id title status dueDate overdue checklist { id done } dependsOnIds dependencies { id }\n    project { id } assignee { id name } createdBy { id }\n    commentCount comments { id body author { id name } mentions { id name } }\n    history { id actor { user { id } } fieldChanges { field fromLabel toLabel } subject { title } }\n    viewerCanEdit viewerCanChangeStatus viewerCanComment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsContracts($first: Int!) {\n        contracts(first: $first) {\n          totalCount\n          edges { node { id number status price currentPrice serviceAreas client { fullName } lead { id companyName } customer { id shortName } partyName manager { id name } pricingRun { id } viewerCanEdit viewerCanSign\n            amendments { id status price contract { id } pricingRun { id } } priceHistory { from price amendment { id } } } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsContracts($first: Int!) {\n        contracts(first: $first) {\n          totalCount\n          edges { node { id number status price currentPrice serviceAreas client { fullName } lead { id companyName } customer { id shortName } partyName manager { id name } pricingRun { id } viewerCanEdit viewerCanSign\n            amendments { id status price contract { id } pricingRun { id } } priceHistory { from price amendment { id } } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsContract($id: ID!) {\n        contract(id: $id) {\n          id amendments { id documents { id docxUrl } } priceHistory { from amendment { id } }\n          documents { id title source status docxUrl pdfUrl scanUrl scanType scanSize }\n          powersOfAttorney { id status principal { name inn client { id } lead { id } } contract { id } representative { id name } replaces { id } documents { id } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsContract($id: ID!) {\n        contract(id: $id) {\n          id amendments { id documents { id docxUrl } } priceHistory { from amendment { id } }\n          documents { id title source status docxUrl pdfUrl scanUrl scanType scanSize }\n          powersOfAttorney { id status principal { name inn client { id } lead { id } } contract { id } representative { id name } replaces { id } documents { id } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsPowersOfAttorney($first: Int!) {\n        powersOfAttorney(first: $first) {\n          totalCount\n          edges { node { id number status kind validUntil daysLeft expiringSoon expiredOn principal { name inn client { id shortName } lead { id companyName } } contract { id number } representative { id name } replaces { id number } reissuedAs { id number } xmlFile { fileName number } xmlMismatches { field inRecord inFile } documents { id } viewerCanEdit } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsPowersOfAttorney($first: Int!) {\n        powersOfAttorney(first: $first) {\n          totalCount\n          edges { node { id number status kind validUntil daysLeft expiringSoon expiredOn principal { name inn client { id shortName } lead { id companyName } } contract { id number } representative { id name } replaces { id number } reissuedAs { id number } xmlFile { fileName number } xmlMismatches { field inRecord inFile } documents { id } viewerCanEdit } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsPowersOfAttorneyToReissue { powersOfAttorneyToReissue { id number daysLeft principal { name inn client { id shortName } lead { id companyName } } representative { id name } reissuedAs { id status } } }"): (typeof documents)["query ListStatementsPowersOfAttorneyToReissue { powersOfAttorneyToReissue { id number daysLeft principal { name inn client { id shortName } lead { id companyName } } representative { id name } reissuedAs { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsNotificationPreferences { notificationPreferences { kind area enabled } }"): (typeof documents)["query ListStatementsNotificationPreferences { notificationPreferences { kind area enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsClients($first: Int!) {\n        clients(first: $first) {\n          totalCount\n          edges { node { id shortName serviceAreas patents { startDate } contacts { name } lead { id companyName client { id } } viewerCanEdit\n            areas { area served since accountant { id name } viewerCanAssign }\n            assignments { area fromDate toDate accountant { id name } assignedBy { id } } } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsClients($first: Int!) {\n        clients(first: $first) {\n          totalCount\n          edges { node { id shortName serviceAreas patents { startDate } contacts { name } lead { id companyName client { id } } viewerCanEdit\n            areas { area served since accountant { id name } viewerCanAssign }\n            assignments { area fromDate toDate accountant { id name } assignedBy { id } } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsClientsContracts($first: Int!) {\n        clients(first: $first) { edges { node { id contracts { id number status partyName currentPrice lead { id } customer { id } manager { id name } } } } }\n      }\n    "): (typeof documents)["\n      query ListStatementsClientsContracts($first: Int!) {\n        clients(first: $first) { edges { node { id contracts { id number status partyName currentPrice lead { id } customer { id } manager { id name } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsDocumentTemplates {\n        documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders } placeholders { name list within example } }\n      }\n    "): (typeof documents)["\n      query ListStatementsDocumentTemplates {\n        documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders } placeholders { name list within example } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsClient($id: ID!, $first: Int!) {\n        client(id: $id) {\n          id assignments { id accountant { id } }\n          obligations(first: $first) { totalCount edges { node { id key dueDate overdue status owner { id name } client { id shortName } viewerCanChangeStatus } } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsClient($id: ID!, $first: Int!) {\n        client(id: $id) {\n          id assignments { id accountant { id } }\n          obligations(first: $first) { totalCount edges { node { id key dueDate overdue status owner { id name } client { id shortName } viewerCanChangeStatus } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsMyObligations($first: Int!) {\n        myObligations(first: $first) { totalCount edges { node { id title dueDate overdue owner { id } client { id shortName areas { area accountant { id } } } viewerCanChangeStatus } } }\n      }\n    "): (typeof documents)["\n      query ListStatementsMyObligations($first: Int!) {\n        myObligations(first: $first) { totalCount edges { node { id title dueDate overdue owner { id } client { id shortName areas { area accountant { id } } } viewerCanChangeStatus } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsClientScheduleDiff($id: ID!) {\n        clientScheduleDiff(clientId: $id) { digest client { id } added { key } removed { key status } redated { key } keptDone { key } }\n      }\n    "): (typeof documents)["\n      query ListStatementsClientScheduleDiff($id: ID!) {\n        clientScheduleDiff(clientId: $id) { digest client { id } added { key } removed { key status } redated { key } keptDone { key } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsPendingScheduleDiffs {\n        pendingScheduleDiffs { digest empty confirmed client { id shortName } added { key dueDate } removed { key status } redated { key previousDueDate } keptDone { key } }\n      }\n    "): (typeof documents)["\n      query ListStatementsPendingScheduleDiffs {\n        pendingScheduleDiffs { digest empty confirmed client { id shortName } added { key dueDate } removed { key status } redated { key previousDueDate } keptDone { key } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsMyObligationCalendar($from: Date!, $to: Date!) {\n        myObligationCalendar(from: $from, to: $to) { id title dueDate overdue provisional status client { id shortName } owner { id } viewerCanChangeStatus }\n      }\n    "): (typeof documents)["\n      query ListStatementsMyObligationCalendar($from: Date!, $to: Date!) {\n        myObligationCalendar(from: $from, to: $to) { id title dueDate overdue provisional status client { id shortName } owner { id } viewerCanChangeStatus }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsProductionCalendars { productionCalendars { year state workingDays calendar { id daysOff workingWeekends shortened loadedBy { id } } } }"): (typeof documents)["query ListStatementsProductionCalendars { productionCalendars { year state workingDays calendar { id daysOff workingWeekends shortened loadedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsProductionCalendarPreview($content: String!) {\n        productionCalendarPreview(year: 2027, content: $content) { workingDays daysOff workingWeekends shortened changes { date working } }\n      }\n    "): (typeof documents)["\n      query ListStatementsProductionCalendarPreview($content: String!) {\n        productionCalendarPreview(year: 2027, content: $content) { workingDays daysOff workingWeekends shortened changes { date working } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsProjects($first: Int!) {\n        projects(first: $first) {\n          totalCount\n          edges { node { id name checklist { id } contacts { name } lead { id companyName } coordinator { id name } members { id name } viewerCanEdit tasks { ...ListStatementsTask } } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsProjects($first: Int!) {\n        projects(first: $first) {\n          totalCount\n          edges { node { id name checklist { id } contacts { name } lead { id companyName } coordinator { id name } members { id name } viewerCanEdit tasks { ...ListStatementsTask } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsProjectsOfAccountant($first: Int!) {\n        projects(first: $first) { totalCount edges { node { id members { id } viewerCanEdit tasks { id assignee { id } commentCount viewerCanEdit viewerCanChangeStatus viewerCanComment } } } }\n      }\n    "): (typeof documents)["\n      query ListStatementsProjectsOfAccountant($first: Int!) {\n        projects(first: $first) { totalCount edges { node { id members { id } viewerCanEdit tasks { id assignee { id } commentCount viewerCanEdit viewerCanChangeStatus viewerCanComment } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsBoard($id: ID!) { project(id: $id) { id tasks { ...ListStatementsTask } } }"): (typeof documents)["query ListStatementsBoard($id: ID!) { project(id: $id) { id tasks { ...ListStatementsTask } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMyTasks { myTasks { ...ListStatementsTask } }"): (typeof documents)["query ListStatementsMyTasks { myTasks { ...ListStatementsTask } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          edges { node {\n            id companyName owner { id name } source { id name } lostReason { id name } region { code }\n            duplicates { matchedOn lead { id companyName } }\n            history { id actor { user { id } } fieldChanges { field from to } }\n            pricingRuns { id price cost values { key } createdBy { id } tariffVersion { id plan { id } } quote { lines { key } multipliers { key } remuneration { area } } }\n          } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsLeads($first: Int!) {\n        leads(first: $first) {\n          totalCount\n          edges { node {\n            id companyName owner { id name } source { id name } lostReason { id name } region { code }\n            duplicates { matchedOn lead { id companyName } }\n            history { id actor { user { id } } fieldChanges { field from to } }\n            pricingRuns { id price cost values { key } createdBy { id } tariffVersion { id plan { id } } quote { lines { key } multipliers { key } remuneration { area } } }\n          } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsLeadDuplicates($inn: String!) { leadDuplicates(inn: $inn) { matchedOn lead { id owner { id } source { id } } } }"): (typeof documents)["query ListStatementsLeadDuplicates($inn: String!) { leadDuplicates(inn: $inn) { matchedOn lead { id owner { id } source { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id price margin values { key } createdBy { id } lead { id } tariffVersion { id } quote { lines { key } } } }"): (typeof documents)["query ListStatementsPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id price margin values { key } createdBy { id } lead { id } tariffVersion { id } quote { lines { key } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsCompareRuns($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { lines { key } left { id } right { id } } }"): (typeof documents)["query ListStatementsCompareRuns($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { lines { key } left { id } right { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsAuditLog($first: Int!) { auditLog(first: $first) { edges { node { id type actor { id user { id name } } subject { title } fieldChanges { field fromLabel toLabel } } } } }"): (typeof documents)["query ListStatementsAuditLog($first: Int!) { auditLog(first: $first) { edges { node { id type actor { id user { id name } } subject { title } fieldChanges { field fromLabel toLabel } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsTariffPlans {\n        tariffPlans {\n          id versions { id createdBy { id } }\n          draft { id plan { id } }\n          current { id createdBy { name } definition { basePrices { amount } multipliers { key factors { factor } } parameters { key options { key } priceByLegalForm { price } } remuneration { area } } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsTariffPlans {\n        tariffPlans {\n          id versions { id createdBy { id } }\n          draft { id plan { id } }\n          current { id createdBy { name } definition { basePrices { amount } multipliers { key factors { factor } } parameters { key options { key } priceByLegalForm { price } } remuneration { area } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsUsers { users { id name firm { id name } } }"): (typeof documents)["query ListStatementsUsers { users { id name firm { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsApiTokens { apiTokens { id createdBy { id name } effectiveRole } }"): (typeof documents)["query ListStatementsApiTokens { apiTokens { id createdBy { id name } effectiveRole } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsLeadSources { leadSources { id name } }"): (typeof documents)["query ListStatementsLeadSources { leadSources { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsLostReasons { lostReasons { id name } }"): (typeof documents)["query ListStatementsLostReasons { lostReasons { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsLeadFields { leadFields { id options } }"): (typeof documents)["query ListStatementsLeadFields { leadFields { id options } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsProjectTemplates { projectTemplates { id tasks { key dependsOn } } }"): (typeof documents)["query ListStatementsProjectTemplates { projectTemplates { id tasks { key dependsOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsTimeline($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } followUp { id owner { id } } }\n            followUp { id state viewerCanClose owner { id } createdBy { id } closedBy { id } lead { id } entry { id } }\n            change { id actor { user { id } } subject { title } fieldChanges { field } }\n          } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsTimeline($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } followUp { id owner { id } } }\n            followUp { id state viewerCanClose owner { id } createdBy { id } closedBy { id } lead { id } entry { id } }\n            change { id actor { user { id } } subject { title } fieldChanges { field } }\n          } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsClientTimeline($clientId: ID!, $first: Int!) {\n        timeline(clientId: $clientId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } client { id } }\n            documentRequest { id status overdue viewerCanEdit responsible { id name } createdBy { id } client { id } lead { id } items { id status entry { id } resolvedBy { id } } }\n            change { id subject { title } }\n          } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsClientTimeline($clientId: ID!, $first: Int!) {\n        timeline(clientId: $clientId, first: $first) {\n          edges { node {\n            id kind\n            entry { id author { id name } lead { id } client { id } }\n            documentRequest { id status overdue viewerCanEdit responsible { id name } createdBy { id } client { id } lead { id } items { id status entry { id } resolvedBy { id } } }\n            change { id subject { title } }\n          } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsTimelineEmail($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first, filter: { kinds: [EMAIL] }) {\n          edges { node { id kind entry { id subject email { id subject references from { address } to { address } cc { address } html hasRemoteImages mailbox { id label } lead { id } client { id } sentBy { id } attachments { id filename size url } } } } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsTimelineEmail($leadId: ID!, $first: Int!) {\n        timeline(leadId: $leadId, first: $first, filter: { kinds: [EMAIL] }) {\n          edges { node { id kind entry { id subject email { id subject references from { address } to { address } cc { address } html hasRemoteImages mailbox { id label } lead { id } client { id } sentBy { id } attachments { id filename size url } } } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMailTriage($first: Int!) { mailTriage(first: $first) { totalCount edges { node { id subject from { name address } to { address } cc { address } references html(showImages: true) mailbox { id } attachments { id } lead { id } client { id } } } } }"): (typeof documents)["query ListStatementsMailTriage($first: Int!) { mailTriage(first: $first) { totalCount edges { node { id subject from { name address } to { address } cc { address } references html(showImages: true) mailbox { id } attachments { id } lead { id } client { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMailMessage($id: ID!) { mailMessage(id: $id) { id references to { address } cc { address } attachments { id filename contentType size url } } }"): (typeof documents)["query ListStatementsMailMessage($id: ID!) { mailMessage(id: $id) { id references to { address } cc { address } attachments { id filename contentType size url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMailboxes { mailboxes { id label address smtpHost imapHost sentFolder lastFetchError } }"): (typeof documents)["query ListStatementsMailboxes { mailboxes { id label address smtpHost imapHost sentFolder lastFetchError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMailTemplates { mailTemplates { code name subject placeholders } }"): (typeof documents)["query ListStatementsMailTemplates { mailTemplates { code name subject placeholders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMailDraft($leadId: ID!) { mailDraft(template: DOCUMENT_REQUEST, leadId: $leadId) { subject to { name address } } }"): (typeof documents)["query ListStatementsMailDraft($leadId: ID!) { mailDraft(template: DOCUMENT_REQUEST, leadId: $leadId) { subject to { name address } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMailRecipients($leadId: ID!) { mailRecipients(leadId: $leadId) { name address } }"): (typeof documents)["query ListStatementsMailRecipients($leadId: ID!) { mailRecipients(leadId: $leadId) { name address } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMyDocumentRequests { myDocumentRequests { id status overdue viewerCanEdit responsible { id } client { id shortName } lead { id } items { id kind status entry { id } resolvedBy { id } } } }"): (typeof documents)["query ListStatementsMyDocumentRequests { myDocumentRequests { id status overdue viewerCanEdit responsible { id } client { id shortName } lead { id } items { id kind status entry { id } resolvedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsDocumentRequestTemplate { documentRequestTemplate { subject custom placeholders } }"): (typeof documents)["query ListStatementsDocumentRequestTemplate { documentRequestTemplate { subject custom placeholders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsMyFollowUps { myFollowUps { id state viewerCanClose owner { id } createdBy { id name } lead { id companyName } entry { id author { id } } } }"): (typeof documents)["query ListStatementsMyFollowUps { myFollowUps { id state viewerCanClose owner { id } createdBy { id name } lead { id companyName } entry { id author { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsSearch($first: Int!) { searchCorrespondence(text: \"выписка\", first: $first) { edges { node { fragments { text match } entry { id author { id } lead { id } client { id } } documentRequest { id client { id } items { id } } } } } }"): (typeof documents)["query ListStatementsSearch($first: Int!) { searchCorrespondence(text: \"выписка\", first: $first) { edges { node { fragments { text match } entry { id author { id } lead { id } client { id } } documentRequest { id client { id } items { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsNotifications($first: Int!) { unreadNotificationCount notifications(first: $first) { edges { node { id kind data } } } }"): (typeof documents)["query ListStatementsNotifications($first: Int!) { unreadNotificationCount notifications(first: $first) { edges { node { id kind data } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { key dueDate title } }"): (typeof documents)["query ListStatementsSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { key dueDate title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsRegions { regions { code name } }"): (typeof documents)["query ListStatementsRegions { regions { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListStatementsObligationControl($first: Int!) {\n        obligationControl(first: $first) {\n          overdue dueThisWeek\n          byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n          byClient { client { id shortName } overdue dueThisWeek accountantCount }\n          obligations { id title dueDate overdue owner { id name } client { id shortName } viewerCanChangeStatus }\n          obligationsTotal\n          tasks { id title dueDate overdue assignee { id name } project { id name } }\n        }\n      }\n    "): (typeof documents)["\n      query ListStatementsObligationControl($first: Int!) {\n        obligationControl(first: $first) {\n          overdue dueThisWeek\n          byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }\n          byClient { client { id shortName } overdue dueThisWeek accountantCount }\n          obligations { id title dueDate overdue owner { id name } client { id shortName } viewerCanChangeStatus }\n          obligationsTotal\n          tasks { id title dueDate overdue assignee { id name } project { id name } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsOkvedCodes { okvedCodes { code title } }"): (typeof documents)["query ListStatementsOkvedCodes { okvedCodes { code title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListStatementsBoardPeople($id: ID!) { project(id: $id) { id coordinator { id name } tasks { ...ListStatementsTask } } }"): (typeof documents)["query ListStatementsBoardPeople($id: ID!) { project(id: $id) { id coordinator { id name } tasks { ...ListStatementsTask } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListWorldCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation ListWorldCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListWorldCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"): (typeof documents)["mutation ListWorldCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }"): (typeof documents)["query MutationAnswersTask($id: ID!) { task(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersPricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"): (typeof documents)["mutation MutationAnswersPricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersClientObligation($id: ID!) { client(id: $id) { obligations(first: 1) { edges { node { id version } } } } }"): (typeof documents)["query MutationAnswersClientObligation($id: ID!) { client(id: $id) { obligations(first: 1) { edges { node { id version } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersScheduleDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }"): (typeof documents)["query MutationAnswersScheduleDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersCalendarDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }"): (typeof documents)["query MutationAnswersCalendarDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersLeadVersion($id: ID!) { lead(id: $id) { version } }"): (typeof documents)["query MutationAnswersLeadVersion($id: ID!) { lead(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersContractSettings { contractSettings { version } }"): (typeof documents)["query MutationAnswersContractSettings { contractSettings { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersSignContract($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { version } }"): (typeof documents)["mutation MutationAnswersSignContract($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { version } }"): (typeof documents)["mutation MutationAnswersSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersNotifications { notifications(first: 1, unreadOnly: true) { edges { node { id } } } }"): (typeof documents)["query MutationAnswersNotifications { notifications(first: 1, unreadOnly: true) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }"): (typeof documents)["query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"): (typeof documents)["mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"): (typeof documents)["mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }"): (typeof documents)["mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }"): (typeof documents)["mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProtectionLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation ProtectionLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProtectionServerInfo { serverInfo { explorerEnabled } }"): (typeof documents)["query ProtectionServerInfo { serverInfo { explorerEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProtectionMeFirm { me { firm { id } } }"): (typeof documents)["query ProtectionMeFirm { me { firm { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }"): (typeof documents)["subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProtectionAuditEventsOverHttp { auditEvents(after: \"0\") { id } }"): (typeof documents)["subscription ProtectionAuditEventsOverHttp { auditEvents(after: \"0\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProtectionAuditEventsChanges($after: ID) { auditEvents(after: $after) { id changes } }"): (typeof documents)["subscription ProtectionAuditEventsChanges($after: ID) { auditEvents(after: $after) { id changes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProtectionCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"): (typeof documents)["mutation ProtectionCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProtectionUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation ProtectionUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProtectionAuditEventsExpiring { auditEvents(after: \"0\") { id } }"): (typeof documents)["subscription ProtectionAuditEventsExpiring { auditEvents(after: \"0\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProtectionMe { me { id } }"): (typeof documents)["query ProtectionMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsTypename { __typename }"): (typeof documents)["query StatementsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TenancyAuditEvents($after: ID) { auditEvents(after: $after) { id seq type subjectId } }"): (typeof documents)["subscription TenancyAuditEvents($after: ID) { auditEvents(after: $after) { id seq type subjectId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyCreateApiToken { createApiToken(input: { name: \"A\", role: MANAGER }) { apiToken { id } } }"): (typeof documents)["mutation TenancyCreateApiToken { createApiToken(input: { name: \"A\", role: MANAGER }) { apiToken { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyUsers { users { id firm { id } } }"): (typeof documents)["query TenancyUsers { users { id firm { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyApiTokens { apiTokens { id } }"): (typeof documents)["query TenancyApiTokens { apiTokens { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyAuditLog { auditLog(first: 100) { edges { node { type subjectId } } } }"): (typeof documents)["query TenancyAuditLog { auditLog(first: 100) { edges { node { type subjectId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }"): (typeof documents)["mutation TenancyDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id } }"): (typeof documents)["mutation TenancyReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }"): (typeof documents)["mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }"): (typeof documents)["mutation TenancyRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyUsers2 { users { id active role } apiTokens { id revokedAt } }"): (typeof documents)["query TenancyUsers2 { users { id active role } apiTokens { id revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }"): (typeof documents)["mutation TenancyInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;