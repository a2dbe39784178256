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
    "subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }": typeof types.LiveAuditEventsDocument,
    "query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }": typeof types.LiveAuditLogDocument,
    "mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }": typeof types.LiveCreateProjectDocument,
    "mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }": typeof types.LiveCreateTaskDocument,
    "query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }": typeof types.LiveAuditLog2Document,
    "subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }": typeof types.LiveTaskEventsDocument,
    "mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }": typeof types.LiveChangeTaskStatusDocument,
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
    "mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }": typeof types.LeadMoveLeadStageDocument,
    "query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }": typeof types.LeadLeadsDocument,
    "query LeadLeadSources { leadSources { id name } }": typeof types.LeadLeadSourcesDocument,
    "query LeadLeadDuplicates { leadDuplicates(phone: \"8 495 739 70 00\") { lead { id } matchedOn } }": typeof types.LeadLeadDuplicatesDocument,
    "query LeadLead($id: ID!) { lead(id: $id) { companyName version } }": typeof types.LeadLeadDocument,
    "query LeadLostReasons { lostReasons { id name } }": typeof types.LeadLostReasonsDocument,
    "query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }": typeof types.LeadLead2Document,
    "mutation LeadCreateLeadField { createLeadField(input: { key: \"cashRegister\", label: \"Онлайн-касса\", type: BOOLEAN }) { id } }": typeof types.LeadCreateLeadFieldDocument,
    "mutation LeadCreateLeadField2 { createLeadField(input: { key: \"marketplace\", label: \"Маркетплейс\", type: CHOICE, options: [\"Ozon\", \"Wildberries\"] }) { id } }": typeof types.LeadCreateLeadField2Document,
    "mutation LeadCreateLeadField3 { createLeadField(input: { key: \"x\", label: \"X\", type: TEXT }) { id } }": typeof types.LeadCreateLeadField3Document,
    "query LeadLead3($id: ID!) { lead(id: $id) { id } }": typeof types.LeadLead3Document,
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
    "mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }": typeof types.FirmDayCreateProjectDocument,
    "mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": typeof types.FirmDayCreateTaskDocument,
    "query FirmDayMyTasks { myTasks { title dueDate overdue } }": typeof types.FirmDayMyTasksDocument,
    "mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }": typeof types.FirmDayUpdateFirmSettingsDocument,
    "query FirmDayProjectTemplates { projectTemplates { id } }": typeof types.FirmDayProjectTemplatesDocument,
    "query FirmDayMe { me { firm { today } } }": typeof types.FirmDayMeDocument,
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
    "mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": typeof types.ProjectCreateTaskDocument,
    "mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }": typeof types.ProjectUpdateTask2Document,
    "query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }": typeof types.ProjectAuditLog2Document,
    "subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }": typeof types.ProjectTaskEvents2Document,
    "mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }": typeof types.ProjectAssignTask2Document,
    "mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }": typeof types.ProjectUpdateProject3Document,
    "query ProjectProject2($id: ID!) { project(id: $id) { version } }": typeof types.ProjectProject2Document,
    "query ProjectMyTasks { myTasks { title overdue } }": typeof types.ProjectMyTasksDocument,
    "query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit } }": typeof types.ViewerCapabilitiesViewerCanDocument,
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
    "query BatchedLoadingTariffPlans { tariffPlans { id current { id number createdBy { name } } draft { id status } versions { id } } }": typeof types.BatchedLoadingTariffPlansDocument,
    "query BatchedLoadingAuditLog($first: Int!) { auditLog(first: $first) { edges { node { seq actor { id user { name } } } } } }": typeof types.BatchedLoadingAuditLogDocument,
    "mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.AccountAndTariffsBrowserLoginDocument,
    "query BoardBrowserProjectTemplates { projectTemplates { id } }": typeof types.BoardBrowserProjectTemplatesDocument,
    "mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }": typeof types.BoardBrowserCreateProjectDocument,
    "query FirmSettingsBrowserMe { me { firm { timeZone } } }": typeof types.FirmSettingsBrowserMeDocument,
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n": typeof types.HarnessSignUpDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n": typeof types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n": typeof types.HarnessAcceptInviteDocument,
    "query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }": typeof types.InputValidationLeadsDocument,
    "query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }": typeof types.InputValidationExportLeadsDocument,
    "query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }": typeof types.InputValidationProjectsDocument,
    "mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }": typeof types.InputValidationCommentTaskDocument,
    "mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.InputValidationCreatePricingRunDocument,
    "query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": typeof types.InputValidationPricingRunsDocument,
    "query InputValidationLeadSources { leadSources { id name } }": typeof types.InputValidationLeadSourcesDocument,
    "mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }": typeof types.InputValidationUpdateLeadSourceDocument,
    "mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }": typeof types.InputValidationCreateLeadSourceDocument,
    "query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }": typeof types.InputValidationOkvedCodesDocument,
    "mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }": typeof types.InputValidationPreviewLeadImportDocument,
    "mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }": typeof types.InputValidationImportLeadsDocument,
    "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }": typeof types.MutationAnswersTaskDocument,
    "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.MutationAnswersLoginDocument,
    "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }": typeof types.MutationAnswersProjectTemplatesDocument,
    "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.MutationAnswersCreateLeadDocument,
    "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.MutationAnswersCreatePricingRunDocument,
    "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }": typeof types.MutationAnswersCreateProjectDocument,
    "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }": typeof types.MutationAnswersCommentTaskDocument,
    "subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }": typeof types.ProtectionFirstAuditEventDocument,
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
    "subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }": types.LiveAuditEventsDocument,
    "query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }": types.LiveAuditLogDocument,
    "mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }": types.LiveCreateProjectDocument,
    "mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }": types.LiveCreateTaskDocument,
    "query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }": types.LiveAuditLog2Document,
    "subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }": types.LiveTaskEventsDocument,
    "mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }": types.LiveChangeTaskStatusDocument,
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
    "mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }": types.LeadMoveLeadStageDocument,
    "query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }": types.LeadLeadsDocument,
    "query LeadLeadSources { leadSources { id name } }": types.LeadLeadSourcesDocument,
    "query LeadLeadDuplicates { leadDuplicates(phone: \"8 495 739 70 00\") { lead { id } matchedOn } }": types.LeadLeadDuplicatesDocument,
    "query LeadLead($id: ID!) { lead(id: $id) { companyName version } }": types.LeadLeadDocument,
    "query LeadLostReasons { lostReasons { id name } }": types.LeadLostReasonsDocument,
    "query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }": types.LeadLead2Document,
    "mutation LeadCreateLeadField { createLeadField(input: { key: \"cashRegister\", label: \"Онлайн-касса\", type: BOOLEAN }) { id } }": types.LeadCreateLeadFieldDocument,
    "mutation LeadCreateLeadField2 { createLeadField(input: { key: \"marketplace\", label: \"Маркетплейс\", type: CHOICE, options: [\"Ozon\", \"Wildberries\"] }) { id } }": types.LeadCreateLeadField2Document,
    "mutation LeadCreateLeadField3 { createLeadField(input: { key: \"x\", label: \"X\", type: TEXT }) { id } }": types.LeadCreateLeadField3Document,
    "query LeadLead3($id: ID!) { lead(id: $id) { id } }": types.LeadLead3Document,
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
    "mutation FirmDayCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id startDate tasks { title dueDate } } }": types.FirmDayCreateProjectDocument,
    "mutation FirmDayCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": types.FirmDayCreateTaskDocument,
    "query FirmDayMyTasks { myTasks { title dueDate overdue } }": types.FirmDayMyTasksDocument,
    "mutation FirmDayUpdateFirmSettings($timeZone: String!) { updateFirmSettings(input: { timeZone: $timeZone }) { timeZone } }": types.FirmDayUpdateFirmSettingsDocument,
    "query FirmDayProjectTemplates { projectTemplates { id } }": types.FirmDayProjectTemplatesDocument,
    "query FirmDayMe { me { firm { today } } }": types.FirmDayMeDocument,
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
    "mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": types.ProjectCreateTaskDocument,
    "mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }": types.ProjectUpdateTask2Document,
    "query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }": types.ProjectAuditLog2Document,
    "subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }": types.ProjectTaskEvents2Document,
    "mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }": types.ProjectAssignTask2Document,
    "mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }": types.ProjectUpdateProject3Document,
    "query ProjectProject2($id: ID!) { project(id: $id) { version } }": types.ProjectProject2Document,
    "query ProjectMyTasks { myTasks { title overdue } }": types.ProjectMyTasksDocument,
    "query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit } }": types.ViewerCapabilitiesViewerCanDocument,
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
    "query BatchedLoadingTariffPlans { tariffPlans { id current { id number createdBy { name } } draft { id status } versions { id } } }": types.BatchedLoadingTariffPlansDocument,
    "query BatchedLoadingAuditLog($first: Int!) { auditLog(first: $first) { edges { node { seq actor { id user { name } } } } } }": types.BatchedLoadingAuditLogDocument,
    "mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.AccountAndTariffsBrowserLoginDocument,
    "query BoardBrowserProjectTemplates { projectTemplates { id } }": types.BoardBrowserProjectTemplatesDocument,
    "mutation BoardBrowserCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id status } } }": types.BoardBrowserCreateProjectDocument,
    "query FirmSettingsBrowserMe { me { firm { timeZone } } }": types.FirmSettingsBrowserMeDocument,
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n": types.HarnessSignUpDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n": types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n": types.HarnessAcceptInviteDocument,
    "query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }": types.InputValidationLeadsDocument,
    "query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }": types.InputValidationExportLeadsDocument,
    "query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }": types.InputValidationProjectsDocument,
    "mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }": types.InputValidationCommentTaskDocument,
    "mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.InputValidationCreatePricingRunDocument,
    "query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }": types.InputValidationPricingRunsDocument,
    "query InputValidationLeadSources { leadSources { id name } }": types.InputValidationLeadSourcesDocument,
    "mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }": types.InputValidationUpdateLeadSourceDocument,
    "mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }": types.InputValidationCreateLeadSourceDocument,
    "query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }": types.InputValidationOkvedCodesDocument,
    "mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }": types.InputValidationPreviewLeadImportDocument,
    "mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }": types.InputValidationImportLeadsDocument,
    "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }": types.MutationAnswersTaskDocument,
    "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.MutationAnswersLoginDocument,
    "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }": types.MutationAnswersProjectTemplatesDocument,
    "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.MutationAnswersCreateLeadDocument,
    "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.MutationAnswersCreatePricingRunDocument,
    "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }": types.MutationAnswersCreateProjectDocument,
    "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }": types.MutationAnswersCommentTaskDocument,
    "subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }": types.ProtectionFirstAuditEventDocument,
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
export function graphql(source: "mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }"): (typeof documents)["mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeadLeadSources { leadSources { id name } }"): (typeof documents)["query LeadLeadSources { leadSources { id name } }"];
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
export function graphql(source: "mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"): (typeof documents)["mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"];
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
export function graphql(source: "query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit } }"): (typeof documents)["query ViewerCapabilitiesViewerCan { viewerCan { editLeads editLeadLists editLeadFields savePricingRuns editTariffs seeCost createProjects editTemplates manageTeam manageApiTokens editFirmSettings viewAudit } }"];
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
export function graphql(source: "query BatchedLoadingTariffPlans { tariffPlans { id current { id number createdBy { name } } draft { id status } versions { id } } }"): (typeof documents)["query BatchedLoadingTariffPlans { tariffPlans { id current { id number createdBy { name } } draft { id status } versions { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchedLoadingAuditLog($first: Int!) { auditLog(first: $first) { edges { node { seq actor { id user { name } } } } } }"): (typeof documents)["query BatchedLoadingAuditLog($first: Int!) { auditLog(first: $first) { edges { node { seq actor { id user { name } } } } } }"];
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
export function graphql(source: "query FirmSettingsBrowserMe { me { firm { timeZone } } }"): (typeof documents)["query FirmSettingsBrowserMe { me { firm { timeZone } } }"];
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
export function graphql(source: "query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }"): (typeof documents)["query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }"): (typeof documents)["query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }"): (typeof documents)["query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }"];
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
export function graphql(source: "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }"): (typeof documents)["query MutationAnswersTask($id: ID!) { task(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];
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
export function graphql(source: "subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }"): (typeof documents)["subscription ProtectionFirstAuditEvent { auditEvents(after: \"0\") { seq type } }"];
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