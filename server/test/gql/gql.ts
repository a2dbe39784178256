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
    "query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }": typeof types.AuditAuditLogDocument,
    "subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }": typeof types.AuditAuditEventsDocument,
    "mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }": typeof types.AuditInviteUserDocument,
    "mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": typeof types.AuditChangeUserRoleDocument,
    "mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": typeof types.AuditDeactivateUserDocument,
    "subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }": typeof types.AuditAuditEventsActorRoleDocument,
    "mutation AuditLogout { logout }": typeof types.AuditLogoutDocument,
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
    "query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }": typeof types.TariffProblemsTariffPlansDocument,
    "mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }": typeof types.TariffProblemsUpdateTariffDraftDocument,
    "mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }": typeof types.TariffProblemsCreateTariffDraftDocument,
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
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n": typeof types.HarnessSignUpDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n": typeof types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n": typeof types.HarnessAcceptInviteDocument,
    "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }": typeof types.MutationAnswersTaskDocument,
    "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.MutationAnswersLoginDocument,
    "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }": typeof types.MutationAnswersProjectTemplatesDocument,
    "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": typeof types.MutationAnswersCreateLeadDocument,
    "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": typeof types.MutationAnswersCreatePricingRunDocument,
    "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }": typeof types.MutationAnswersCreateProjectDocument,
    "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }": typeof types.MutationAnswersCommentTaskDocument,
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
    "query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }": types.AuditAuditLogDocument,
    "subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }": types.AuditAuditEventsDocument,
    "mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }": types.AuditInviteUserDocument,
    "mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }": types.AuditChangeUserRoleDocument,
    "mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }": types.AuditDeactivateUserDocument,
    "subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }": types.AuditAuditEventsActorRoleDocument,
    "mutation AuditLogout { logout }": types.AuditLogoutDocument,
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
    "query TariffProblemsTariffPlans { tariffPlans { id current { definition { basePrices { legalForm taxRegime amount } parameters { key label type area included blockSize pricePerBlock price priceByLegalForm { legalForm price } options { key label price } } multipliers { key label parameterKey factors { option factor } } remuneration { area percentOfLines perUnit { parameterKey amount } perMonth } overhead { percentOfPrice fixed } baseArea } } } }": types.TariffProblemsTariffPlansDocument,
    "mutation TariffProblemsUpdateTariffDraft($id: ID!, $version: Int!, $definition: TariffDefinitionInput!) { updateTariffDraft(id: $id, version: $version, definition: $definition) { id } }": types.TariffProblemsUpdateTariffDraftDocument,
    "mutation TariffProblemsCreateTariffDraft($planId: ID!) { createTariffDraft(planId: $planId) { id version } }": types.TariffProblemsCreateTariffDraftDocument,
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
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token user { id firm { id } } }\n  }\n": types.HarnessSignUpDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { invitationLink user { id } }\n  }\n": types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($token: String!, $password: String!) {\n    acceptInvite(token: $token, password: $password) { token }\n  }\n": types.HarnessAcceptInviteDocument,
    "query MutationAnswersTask($id: ID!) { task(id: $id) { version } }": types.MutationAnswersTaskDocument,
    "mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.MutationAnswersLoginDocument,
    "query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }": types.MutationAnswersProjectTemplatesDocument,
    "mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }": types.MutationAnswersCreateLeadDocument,
    "mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }": types.MutationAnswersCreatePricingRunDocument,
    "mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }": types.MutationAnswersCreateProjectDocument,
    "mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: \"Начинаем\", mentionIds: $mentionIds) { id } }": types.MutationAnswersCommentTaskDocument,
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