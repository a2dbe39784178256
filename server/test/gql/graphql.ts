/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ChangeUserRoleInput = {
  /** Required for heads and accountants */
  department?: Department | null | undefined;
  role: Role;
  userId: string | number;
};

export type ChecklistItemInput = {
  done: boolean;
  /** Keep the id of an existing item; new items get one */
  id?: string | null | undefined;
  text: string;
};

export type CreateApiTokenInput = {
  name: string;
  role: Role;
};

export type CreateProjectInput = {
  /** Default: the creator when a coordinator, else none */
  coordinatorId?: string | number | null | undefined;
  dueDate?: string | null | undefined;
  /** The lead (future client) the project is for */
  leadId?: string | number | null | undefined;
  memberIds?: Array<string | number> | null | undefined;
  name: string;
  specifics?: string | null | undefined;
  /** Default: today */
  startDate?: string | null | undefined;
  /** Create the tasks of this template */
  templateId?: string | number | null | undefined;
};

export type CreateTaskInput = {
  assigneeId?: string | number | null | undefined;
  checklist?: Array<ChecklistItemInput> | null | undefined;
  department?: Department | null | undefined;
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  priority?: TaskPriority | null | undefined;
  projectId: string | number;
  /** Default TODO */
  status?: TaskStatus | null | undefined;
  title: string;
};

/** Department of a head or an accountant */
export const Department = {
  Contracts: 'CONTRACTS',
  Payroll: 'PAYROLL',
  PrimaryDocuments: 'PRIMARY_DOCUMENTS',
  Tax: 'TAX'
} as const;

export type Department = typeof Department[keyof typeof Department];
export const DuplicateMatch = {
  Email: 'EMAIL',
  Inn: 'INN',
  Phone: 'PHONE'
} as const;

export type DuplicateMatch = typeof DuplicateMatch[keyof typeof DuplicateMatch];
/** What happened; declared in each area's event catalogue */
export const EventType = {
  ApiTokenCreated: 'API_TOKEN_CREATED',
  ApiTokenRevoked: 'API_TOKEN_REVOKED',
  FirmSettingsChanged: 'FIRM_SETTINGS_CHANGED',
  FirmSignedUp: 'FIRM_SIGNED_UP',
  InvitationRenewed: 'INVITATION_RENEWED',
  InviteAccepted: 'INVITE_ACCEPTED',
  LeadsImported: 'LEADS_IMPORTED',
  LeadCreated: 'LEAD_CREATED',
  LeadFieldAdded: 'LEAD_FIELD_ADDED',
  LeadFieldChanged: 'LEAD_FIELD_CHANGED',
  LeadSourceAdded: 'LEAD_SOURCE_ADDED',
  LeadSourceChanged: 'LEAD_SOURCE_CHANGED',
  LeadStageChanged: 'LEAD_STAGE_CHANGED',
  LeadUpdated: 'LEAD_UPDATED',
  LoggedOut: 'LOGGED_OUT',
  LostReasonAdded: 'LOST_REASON_ADDED',
  LostReasonChanged: 'LOST_REASON_CHANGED',
  PasswordChanged: 'PASSWORD_CHANGED',
  PricingRunCreated: 'PRICING_RUN_CREATED',
  ProjectCreated: 'PROJECT_CREATED',
  ProjectUpdated: 'PROJECT_UPDATED',
  TariffDraftChanged: 'TARIFF_DRAFT_CHANGED',
  TariffDraftCreated: 'TARIFF_DRAFT_CREATED',
  TariffPublished: 'TARIFF_PUBLISHED',
  TaskAssigned: 'TASK_ASSIGNED',
  TaskCommented: 'TASK_COMMENTED',
  TaskCreated: 'TASK_CREATED',
  TaskDeleted: 'TASK_DELETED',
  TaskMoved: 'TASK_MOVED',
  TaskStatusChanged: 'TASK_STATUS_CHANGED',
  TaskUpdated: 'TASK_UPDATED',
  TemplateChanged: 'TEMPLATE_CHANGED',
  TemplateCreated: 'TEMPLATE_CREATED',
  UserDeactivated: 'USER_DEACTIVATED',
  UserInvited: 'USER_INVITED',
  UserReactivated: 'USER_REACTIVATED',
  UserRoleChanged: 'USER_ROLE_CHANGED'
} as const;

export type EventType = typeof EventType[keyof typeof EventType];
export type InviteUserInput = {
  /** Required for heads and accountants */
  department?: Department | null | undefined;
  email: string;
  name: string;
  role: Role;
};

export type LeadFilter = {
  legalForm?: LegalForm | null | undefined;
  ownerIds?: Array<string | number> | null | undefined;
  regionCodes?: Array<string> | null | undefined;
  /** Matches names, company, INN, phone and e-mail */
  search?: string | null | undefined;
  sourceIds?: Array<string | number> | null | undefined;
  stages?: Array<LeadStage> | null | undefined;
  taxRegimes?: Array<TaxRegime> | null | undefined;
};

/** What the lead card holds; checked and normalised by the server */
export type LeadInput = {
  activity?: string | null | undefined;
  companyName: string;
  email?: string | null | undefined;
  /** Values of the firm extra fields by key */
  extra?: Record<string, unknown> | null | undefined;
  firstName: string;
  /** 10 digits for an organization, 12 for an individual entrepreneur */
  inn?: string | null | undefined;
  lastName: string;
  legalForm: LegalForm;
  notes?: string | null | undefined;
  /** ОКВЭД 2 code, e.g. 62.01 */
  okvedCode?: string | null | undefined;
  /** The manager in charge; defaults to the creator */
  ownerId?: string | number | null | undefined;
  patronymic?: string | null | undefined;
  phone?: string | null | undefined;
  regionCode?: string | null | undefined;
  sourceId?: string | number | null | undefined;
  taxRegime?: TaxRegime | null | undefined;
};

export type LeadOrder = {
  direction?: SortDirection;
  field: LeadOrderField;
};

export const LeadOrderField = {
  CompanyName: 'COMPANY_NAME',
  CreatedAt: 'CREATED_AT',
  LastName: 'LAST_NAME',
  Stage: 'STAGE',
  UpdatedAt: 'UPDATED_AT'
} as const;

export type LeadOrderField = typeof LeadOrderField[keyof typeof LeadOrderField];
/** NEW → CONTACTED → PRICED → NEGOTIATION → WON or LOST */
export const LeadStage = {
  Contacted: 'CONTACTED',
  Lost: 'LOST',
  Negotiation: 'NEGOTIATION',
  New: 'NEW',
  Priced: 'PRICED',
  Won: 'WON'
} as const;

export type LeadStage = typeof LeadStage[keyof typeof LeadStage];
/** ООО and other organizations, or an individual entrepreneur (ИП) */
export const LegalForm = {
  IndividualEntrepreneur: 'INDIVIDUAL_ENTREPRENEUR',
  Organization: 'ORGANIZATION'
} as const;

export type LegalForm = typeof LegalForm[keyof typeof LegalForm];
/** What to price; parameters not given take their default (0, false, first option) */
export type PricingInput = {
  legalForm: LegalForm;
  /** Default: the current version of the firm's default plan */
  tariffVersionId?: string | number | null | undefined;
  taxRegime: TaxRegime;
  values: Array<PricingValueInput>;
};

/** One parameter value; give the field that matches the parameter type */
export type PricingValueInput = {
  flag?: boolean | null | undefined;
  key: string;
  number?: number | null | undefined;
  option?: string | null | undefined;
};

/** What a person may do in the firm */
export const Role = {
  Accountant: 'ACCOUNTANT',
  Coordinator: 'COORDINATOR',
  Head: 'HEAD',
  Manager: 'MANAGER',
  Owner: 'OWNER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** taxes and reporting, payroll, primary documents */
export const ServiceArea = {
  Payroll: 'PAYROLL',
  PrimaryDocuments: 'PRIMARY_DOCUMENTS',
  Taxes: 'TAXES'
} as const;

export type ServiceArea = typeof ServiceArea[keyof typeof ServiceArea];
/** A new firm and its owner */
export type SignUpInput = {
  email: string;
  firmName: string;
  /** The owner's full name */
  name: string;
  password: string;
};

export const SortDirection = {
  Asc: 'ASC',
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
export type TariffBasePriceInput = {
  amount: string;
  legalForm: LegalForm;
  taxRegime: TaxRegime;
};

export type TariffDefinitionInput = {
  baseArea: ServiceArea;
  basePrices: Array<TariffBasePriceInput>;
  multipliers: Array<TariffMultiplierInput>;
  overhead: TariffOverheadInput;
  parameters: Array<TariffParameterInput>;
  remuneration: Array<TariffRemunerationInput>;
};

export type TariffFactorInput = {
  factor: string;
  option: string;
};

export type TariffLegalFormPriceInput = {
  legalForm: LegalForm;
  price: string;
};

export type TariffMultiplierInput = {
  factors: Array<TariffFactorInput>;
  key: string;
  label: string;
  /** The CHOICE parameter whose option selects the factor */
  parameterKey: string;
};

export type TariffOptionInput = {
  key: string;
  label: string;
  price: string;
};

export type TariffOverheadInput = {
  fixed: string;
  percentOfPrice: string;
};

export type TariffParameterInput = {
  area: ServiceArea;
  /** NUMBER: units per block (1 = per unit) */
  blockSize?: number | null | undefined;
  /** NUMBER: units covered by the base price */
  included?: number | null | undefined;
  key: string;
  label: string;
  /** CHOICE: options, the first is the default */
  options?: Array<TariffOptionInput> | null | undefined;
  /** FLAG: price when set */
  price?: string | null | undefined;
  /** FLAG: a different price per legal form */
  priceByLegalForm?: Array<TariffLegalFormPriceInput> | null | undefined;
  /** NUMBER: price per block */
  pricePerBlock?: string | null | undefined;
  type: TariffParameterType;
};

export const TariffParameterType = {
  Choice: 'CHOICE',
  Flag: 'FLAG',
  Number: 'NUMBER'
} as const;

export type TariffParameterType = typeof TariffParameterType[keyof typeof TariffParameterType];
export type TariffPerUnitInput = {
  amount: string;
  /** A NUMBER parameter; every unit of its value counts */
  parameterKey: string;
};

export type TariffRemunerationInput = {
  area: ServiceArea;
  perMonth: string;
  perUnit?: TariffPerUnitInput | null | undefined;
  /** Share of this area's price lines */
  percentOfLines: string;
};

export const TariffVersionStatus = {
  Draft: 'DRAFT',
  Published: 'PUBLISHED',
  Superseded: 'SUPERSEDED'
} as const;

export type TariffVersionStatus = typeof TariffVersionStatus[keyof typeof TariffVersionStatus];
export const TaskPriority = {
  High: 'HIGH',
  Low: 'LOW',
  Normal: 'NORMAL',
  Urgent: 'URGENT'
} as const;

export type TaskPriority = typeof TaskPriority[keyof typeof TaskPriority];
/** The columns of the board */
export const TaskStatus = {
  Cancelled: 'CANCELLED',
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  Review: 'REVIEW',
  Todo: 'TODO',
  WaitingClient: 'WAITING_CLIENT'
} as const;

export type TaskStatus = typeof TaskStatus[keyof typeof TaskStatus];
export const TaxRegime = {
  AusnIncome: 'AUSN_INCOME',
  AusnIncomeMinusExpenses: 'AUSN_INCOME_MINUS_EXPENSES',
  Eshn: 'ESHN',
  Npd: 'NPD',
  Osno: 'OSNO',
  Psn: 'PSN',
  UsnIncome: 'USN_INCOME',
  UsnIncomeMinusExpenses: 'USN_INCOME_MINUS_EXPENSES'
} as const;

export type TaxRegime = typeof TaxRegime[keyof typeof TaxRegime];
/** A file sent inline, base64-encoded (at most 5 MB) */
export type UploadedFileInput = {
  contentBase64: string;
  /** File name; its extension (.csv or .xlsx) decides how it is read */
  name: string;
};

export type LiveAuditEventsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type LiveAuditEventsSubscription = { auditEvents: { seq: number } };

export type LiveAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveAuditLogQuery = { auditLog: { edges: Array<{ node: { seq: number } }> } };

export type LiveCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type LiveCreateProjectMutation = { createProject: { id: string } };

export type LiveCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type LiveCreateTaskMutation = { createTask: { id: string, version: number } };

export type LiveAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type LiveAuditLog2Query = { auditLog: { edges: Array<{ node: { id: string } }> } };

export type LiveTaskEventsSubscriptionVariables = Exact<{
  projectId: string | number;
  after?: string | number | null | undefined;
}>;


export type LiveTaskEventsSubscription = { taskEvents: { task: { id: string, viewerCanEdit: boolean, viewerCanChangeStatus: boolean, viewerCanComment: boolean } } };

export type AuditAuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AuditAuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, seq: number, type: EventType, at: string, subjectId: string | null, changes: Record<string, unknown> | null, actor: { id: string | null, name: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditAuditEventsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type AuditAuditEventsSubscription = { auditEvents: { id: string, seq: number, type: EventType, subjectId: string | null, changes: Record<string, unknown> | null, actor: { id: string | null } | null } };

export type AuditInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type AuditInviteUserMutation = { inviteUser: { user: { id: string } } };

export type AuditChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type AuditChangeUserRoleMutation = { changeUserRole: { id: string } };

export type AuditDeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type AuditDeactivateUserMutation = { deactivateUser: { id: string } };

export type AuditAuditEventsActorRoleSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type AuditAuditEventsActorRoleSubscription = { auditEvents: { type: EventType, actor: { user: { role: Role } | null } | null } };

export type AuditLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditLogoutMutation = { logout: boolean };

export type FirmUpdateFirmSettingsMutationVariables = Exact<{
  timeZone?: string | null | undefined;
}>;


export type FirmUpdateFirmSettingsMutation = { updateFirmSettings: { id: string, timeZone: string } };

export type FirmMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FirmMeQuery = { me: { firm: { id: string, timeZone: string } } };

export type FirmAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type FirmAuditLogQuery = { auditLog: { edges: Array<{ node: { type: EventType, subjectType: string | null, subjectId: string | null, changes: Record<string, unknown> | null } }> } };

export type FirmMyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type FirmMyTasksQuery = { myTasks: Array<{ overdue: boolean }> };

export type FirmCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type FirmCreateProjectMutation = { createProject: { id: string } };

export type FirmCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type FirmCreateTaskMutation = { createTask: { id: string } };

export type FirmLatestAuditEntryQueryVariables = Exact<{ [key: string]: never; }>;


export type FirmLatestAuditEntryQuery = { auditLog: { edges: Array<{ node: { id: string } }> } };

export type FirmCreateAnotherProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type FirmCreateAnotherProjectMutation = { createProject: { id: string } };

export type FirmTaskEventsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type FirmTaskEventsSubscription = { taskEvents: { id: string } };

export type PrincipalCacheMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PrincipalCacheMeQuery = { me: { id: string } };

export type PrincipalCacheAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type PrincipalCacheAuditLogQuery = { auditLog: { edges: Array<{ cursor: string }> } };

export type PrincipalCacheLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type PrincipalCacheLogoutMutation = { logout: boolean };

export type PrincipalCacheDeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type PrincipalCacheDeactivateUserMutation = { deactivateUser: { id: string } };

export type PrincipalCacheChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type PrincipalCacheChangeUserRoleMutation = { changeUserRole: { id: string } };

export type PrincipalCacheCreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type PrincipalCacheCreateApiTokenMutation = { createApiToken: { token: string } };

export type LeadPagingCreateLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type LeadPagingCreateLeadMutation = { createLead: { id: string, version: number } };

export type LeadPagingMoveLeadStageMutationVariables = Exact<{
  id: string | number;
  version: number;
  stage: LeadStage;
}>;


export type LeadPagingMoveLeadStageMutation = { moveLeadStage: { id: string } };

export type LeadPagingLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadPagingLeadsQuery = { leads: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LeadPagingCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type LeadPagingCreateProjectMutation = { createProject: { id: string } };

export type LeadPagingProjectsQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadPagingProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LeadTransferPreviewLeadImportMutationVariables = Exact<{
  file: UploadedFileInput;
}>;


export type LeadTransferPreviewLeadImportMutation = { previewLeadImport: { validCount: number, invalidCount: number, rows: Array<{ rowNumber: number, companyName: string | null, inn: string | null, legalForm: string | null, taxRegime: string | null, regionCode: string | null, phone: string | null, errors: Array<{ field: string, message: string }>, duplicates: Array<{ matchedOn: Array<DuplicateMatch>, lead: { id: string } }> }> } };

export type LeadTransferImportLeadsMutationVariables = Exact<{
  file: UploadedFileInput;
}>;


export type LeadTransferImportLeadsMutation = { importLeads: { imported: number, skipped: number, leads: Array<{ id: string, companyName: string, source: { name: string } | null, region: { name: string } | null }> } };

export type LeadTransferLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadTransferLeadsQuery = { leads: { totalCount: number } };

export type LeadTransferCreateLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type LeadTransferCreateLeadMutation = { createLead: { id: string } };

export type LeadTransferImportLeads2MutationVariables = Exact<{
  file: UploadedFileInput;
}>;


export type LeadTransferImportLeads2Mutation = { importLeads: { imported: number, skipped: number } };

export type LeadTransferExportLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type LeadTransferExportLeadsQuery = { exportLeads: { filename: string, mimeType: string, contentBase64: string } };

export type TariffProblemsTariffPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type TariffProblemsTariffPlansQuery = { tariffPlans: Array<{ id: string, current: { definition: { baseArea: ServiceArea, basePrices: Array<{ legalForm: LegalForm, taxRegime: TaxRegime, amount: string }>, parameters: Array<{ key: string, label: string, type: TariffParameterType, area: ServiceArea, included: number | null, blockSize: number | null, pricePerBlock: string | null, price: string | null, priceByLegalForm: Array<{ legalForm: LegalForm, price: string }> | null, options: Array<{ key: string, label: string, price: string }> | null }>, multipliers: Array<{ key: string, label: string, parameterKey: string, factors: Array<{ option: string, factor: string }> }>, remuneration: Array<{ area: ServiceArea, percentOfLines: string, perMonth: string, perUnit: { parameterKey: string, amount: string } | null }> | null, overhead: { percentOfPrice: string, fixed: string } | null } } | null }> };

export type TariffProblemsUpdateTariffDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
  definition: TariffDefinitionInput;
}>;


export type TariffProblemsUpdateTariffDraftMutation = { updateTariffDraft: { id: string } };

export type TariffProblemsCreateTariffDraftMutationVariables = Exact<{
  planId: string | number;
}>;


export type TariffProblemsCreateTariffDraftMutation = { createTariffDraft: { id: string, version: number } };

export type ViewerCapabilitiesViewerCanQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesViewerCanQuery = { viewerCan: { editLeads: boolean, editLeadLists: boolean, editLeadFields: boolean, savePricingRuns: boolean, editTariffs: boolean, seeCost: boolean, createProjects: boolean, editTemplates: boolean, manageTeam: boolean, manageApiTokens: boolean, editFirmSettings: boolean, viewAudit: boolean } };

export type ViewerCapabilitiesMoveLeadStageMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesMoveLeadStageMutation = { moveLeadStage: { id: string } };

export type ViewerCapabilitiesCreateLeadSourceMutationVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesCreateLeadSourceMutation = { createLeadSource: { id: string } };

export type ViewerCapabilitiesUpdateLeadFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesUpdateLeadFieldMutation = { updateLeadField: { id: string } };

export type ViewerCapabilitiesCreatePricingRunMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesCreatePricingRunMutation = { createPricingRun: { id: string } };

export type ViewerCapabilitiesCreateTariffDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesCreateTariffDraftMutation = { createTariffDraft: { id: string } };

export type ViewerCapabilitiesPreviewPriceQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesPreviewPriceQuery = { previewPrice: { cost: string | null, margin: string | null } };

export type ViewerCapabilitiesCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesCreateProjectMutation = { createProject: { id: string } };

export type ViewerCapabilitiesUpdateProjectTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesUpdateProjectTemplateMutation = { updateProjectTemplate: { id: string } };

export type ViewerCapabilitiesDeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesDeactivateUserMutation = { deactivateUser: { id: string } };

export type ViewerCapabilitiesRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ViewerCapabilitiesRevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type ViewerCapabilitiesUpdateFirmSettingsMutationVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesUpdateFirmSettingsMutation = { updateFirmSettings: { id: string } };

export type ViewerCapabilitiesAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCapabilitiesAuditLogQuery = { auditLog: { edges: Array<{ node: { id: string } }> } };

export type BatchedLoadingTariffPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchedLoadingTariffPlansQuery = { tariffPlans: Array<{ id: string, current: { id: string, number: number, createdBy: { name: string } | null } | null, draft: { id: string, status: TariffVersionStatus } | null, versions: Array<{ id: string }> }> };

export type BatchedLoadingAuditLogQueryVariables = Exact<{
  first: number;
}>;


export type BatchedLoadingAuditLogQuery = { auditLog: { edges: Array<{ node: { seq: number, actor: { id: string | null, user: { name: string } | null } | null } }> } };

export type HarnessSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type HarnessSignUpMutation = { signUp: { token: string, user: { id: string, firm: { id: string } } } };

export type HarnessInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type HarnessInviteUserMutation = { inviteUser: { invitationLink: string, user: { id: string } } };

export type HarnessAcceptInviteMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type HarnessAcceptInviteMutation = { acceptInvite: { token: string } };

export type MutationAnswersTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationAnswersTaskQuery = { task: { version: number } };

export type MutationAnswersLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type MutationAnswersLoginMutation = { login: { token: string } };

export type MutationAnswersProjectTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationAnswersProjectTemplatesQuery = { projectTemplates: Array<{ id: string }>, tariffPlans: Array<{ id: string }> };

export type MutationAnswersCreateLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type MutationAnswersCreateLeadMutation = { createLead: { id: string } };

export type MutationAnswersCreatePricingRunMutationVariables = Exact<{
  leadId: string | number;
  input: PricingInput;
}>;


export type MutationAnswersCreatePricingRunMutation = { createPricingRun: { id: string } };

export type MutationAnswersCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type MutationAnswersCreateProjectMutation = { createProject: { id: string, tasks: Array<{ id: string }> } };

export type MutationAnswersCommentTaskMutationVariables = Exact<{
  id: string | number;
  mentionIds?: Array<string | number> | string | number | null | undefined;
}>;


export type MutationAnswersCommentTaskMutation = { commentTask: { id: string } };

export type TenancyAuditEventsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type TenancyAuditEventsSubscription = { auditEvents: { id: string, seq: number, type: EventType, subjectId: string | null } };

export type TenancyCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type TenancyCreateApiTokenMutation = { createApiToken: { apiToken: { id: string } } };

export type TenancyUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyUsersQuery = { users: Array<{ id: string, firm: { id: string } }> };

export type TenancyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyApiTokensQuery = { apiTokens: Array<{ id: string }> };

export type TenancyAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyAuditLogQuery = { auditLog: { edges: Array<{ node: { type: EventType, subjectId: string | null } }> } };

export type TenancyDeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type TenancyDeactivateUserMutation = { deactivateUser: { id: string } };

export type TenancyReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type TenancyReactivateUserMutation = { reactivateUser: { id: string } };

export type TenancyChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type TenancyChangeUserRoleMutation = { changeUserRole: { id: string } };

export type TenancyRevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type TenancyRevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type TenancyUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyUsers2Query = { users: Array<{ id: string, active: boolean, role: Role }>, apiTokens: Array<{ id: string, revokedAt: string | null }> };

export type TenancyInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type TenancyInviteUserMutation = { inviteUser: { user: { id: string } } };


export const LiveAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<LiveAuditEventsSubscription, LiveAuditEventsSubscriptionVariables>;
export const LiveAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveAuditLogQuery, LiveAuditLogQueryVariables>;
export const LiveCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveCreateProjectMutation, LiveCreateProjectMutationVariables>;
export const LiveCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LiveCreateTaskMutation, LiveCreateTaskMutationVariables>;
export const LiveAuditLog2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveAuditLog2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveAuditLog2Query, LiveAuditLog2QueryVariables>;
export const LiveTaskEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveTaskEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanComment"}}]}}]}}]}}]} as unknown as DocumentNode<LiveTaskEventsSubscription, LiveTaskEventsSubscriptionVariables>;
export const AuditAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditAuditLogQuery, AuditAuditLogQueryVariables>;
export const AuditAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuditAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]} as unknown as DocumentNode<AuditAuditEventsSubscription, AuditAuditEventsSubscriptionVariables>;
export const AuditInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditInviteUserMutation, AuditInviteUserMutationVariables>;
export const AuditChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditChangeUserRoleMutation, AuditChangeUserRoleMutationVariables>;
export const AuditDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditDeactivateUserMutation, AuditDeactivateUserMutationVariables>;
export const AuditAuditEventsActorRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuditAuditEventsActorRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditAuditEventsActorRoleSubscription, AuditAuditEventsActorRoleSubscriptionVariables>;
export const AuditLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<AuditLogoutMutation, AuditLogoutMutationVariables>;
export const FirmUpdateFirmSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirmUpdateFirmSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirmSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<FirmUpdateFirmSettingsMutation, FirmUpdateFirmSettingsMutationVariables>;
export const FirmMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<FirmMeQuery, FirmMeQueryVariables>;
export const FirmAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirmAuditLogQuery, FirmAuditLogQueryVariables>;
export const FirmMyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmMyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<FirmMyTasksQuery, FirmMyTasksQueryVariables>;
export const FirmCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirmCreateProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Приём","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FirmCreateProjectMutation, FirmCreateProjectMutationVariables>;
export const FirmCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirmCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FirmCreateTaskMutation, FirmCreateTaskMutationVariables>;
export const FirmLatestAuditEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmLatestAuditEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirmLatestAuditEntryQuery, FirmLatestAuditEntryQueryVariables>;
export const FirmCreateAnotherProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirmCreateAnotherProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Ещё один","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FirmCreateAnotherProjectMutation, FirmCreateAnotherProjectMutationVariables>;
export const FirmTaskEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FirmTaskEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FirmTaskEventsSubscription, FirmTaskEventsSubscriptionVariables>;
export const PrincipalCacheMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrincipalCacheMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PrincipalCacheMeQuery, PrincipalCacheMeQueryVariables>;
export const PrincipalCacheAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrincipalCacheAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<PrincipalCacheAuditLogQuery, PrincipalCacheAuditLogQueryVariables>;
export const PrincipalCacheLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrincipalCacheLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<PrincipalCacheLogoutMutation, PrincipalCacheLogoutMutationVariables>;
export const PrincipalCacheDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrincipalCacheDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PrincipalCacheDeactivateUserMutation, PrincipalCacheDeactivateUserMutationVariables>;
export const PrincipalCacheChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrincipalCacheChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PrincipalCacheChangeUserRoleMutation, PrincipalCacheChangeUserRoleMutationVariables>;
export const PrincipalCacheCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrincipalCacheCreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PrincipalCacheCreateApiTokenMutation, PrincipalCacheCreateApiTokenMutationVariables>;
export const LeadPagingCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadPagingCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LeadPagingCreateLeadMutation, LeadPagingCreateLeadMutationVariables>;
export const LeadPagingMoveLeadStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadPagingMoveLeadStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLeadStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadPagingMoveLeadStageMutation, LeadPagingMoveLeadStageMutationVariables>;
export const LeadPagingLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPagingLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LeadPagingLeadsQuery, LeadPagingLeadsQueryVariables>;
export const LeadPagingCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadPagingCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadPagingCreateProjectMutation, LeadPagingCreateProjectMutationVariables>;
export const LeadPagingProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPagingProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LeadPagingProjectsQuery, LeadPagingProjectsQueryVariables>;
export const LeadTransferPreviewLeadImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadTransferPreviewLeadImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadedFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewLeadImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validCount"}},{"kind":"Field","name":{"kind":"Name","value":"invalidCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"inn"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"taxRegime"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadTransferPreviewLeadImportMutation, LeadTransferPreviewLeadImportMutationVariables>;
export const LeadTransferImportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadTransferImportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadedFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadTransferImportLeadsMutation, LeadTransferImportLeadsMutationVariables>;
export const LeadTransferLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTransferLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LeadTransferLeadsQuery, LeadTransferLeadsQueryVariables>;
export const LeadTransferCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadTransferCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LeadTransferCreateLeadMutation, LeadTransferCreateLeadMutationVariables>;
export const LeadTransferImportLeads2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadTransferImportLeads2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadedFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<LeadTransferImportLeads2Mutation, LeadTransferImportLeads2MutationVariables>;
export const LeadTransferExportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTransferExportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<LeadTransferExportLeadsQuery, LeadTransferExportLeadsQueryVariables>;
export const TariffProblemsTariffPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TariffProblemsTariffPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basePrices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"taxRegime"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"blockSize"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerBlock"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceByLegalForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"multipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"parameterKey"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remuneration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"percentOfLines"}},{"kind":"Field","name":{"kind":"Name","value":"perUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameterKey"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overhead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentOfPrice"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseArea"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TariffProblemsTariffPlansQuery, TariffProblemsTariffPlansQueryVariables>;
export const TariffProblemsUpdateTariffDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TariffProblemsUpdateTariffDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TariffDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTariffDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TariffProblemsUpdateTariffDraftMutation, TariffProblemsUpdateTariffDraftMutationVariables>;
export const TariffProblemsCreateTariffDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TariffProblemsCreateTariffDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTariffDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TariffProblemsCreateTariffDraftMutation, TariffProblemsCreateTariffDraftMutationVariables>;
export const ViewerCapabilitiesViewerCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCapabilitiesViewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editLeads"}},{"kind":"Field","name":{"kind":"Name","value":"editLeadLists"}},{"kind":"Field","name":{"kind":"Name","value":"editLeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"savePricingRuns"}},{"kind":"Field","name":{"kind":"Name","value":"editTariffs"}},{"kind":"Field","name":{"kind":"Name","value":"seeCost"}},{"kind":"Field","name":{"kind":"Name","value":"createProjects"}},{"kind":"Field","name":{"kind":"Name","value":"editTemplates"}},{"kind":"Field","name":{"kind":"Name","value":"manageTeam"}},{"kind":"Field","name":{"kind":"Name","value":"manageApiTokens"}},{"kind":"Field","name":{"kind":"Name","value":"editFirmSettings"}},{"kind":"Field","name":{"kind":"Name","value":"viewAudit"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesViewerCanQuery, ViewerCapabilitiesViewerCanQueryVariables>;
export const ViewerCapabilitiesMoveLeadStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesMoveLeadStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLeadStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"CONTACTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesMoveLeadStageMutation, ViewerCapabilitiesMoveLeadStageMutationVariables>;
export const ViewerCapabilitiesCreateLeadSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesCreateLeadSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeadSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesCreateLeadSourceMutation, ViewerCapabilitiesCreateLeadSourceMutationVariables>;
export const ViewerCapabilitiesUpdateLeadFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesUpdateLeadField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"X","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"TEXT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesUpdateLeadFieldMutation, ViewerCapabilitiesUpdateLeadFieldMutationVariables>;
export const ViewerCapabilitiesCreatePricingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesCreatePricingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPricingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"legalForm"},"value":{"kind":"EnumValue","value":"ORGANIZATION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"taxRegime"},"value":{"kind":"EnumValue","value":"OSNO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesCreatePricingRunMutation, ViewerCapabilitiesCreatePricingRunMutationVariables>;
export const ViewerCapabilitiesCreateTariffDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesCreateTariffDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTariffDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesCreateTariffDraftMutation, ViewerCapabilitiesCreateTariffDraftMutationVariables>;
export const ViewerCapabilitiesPreviewPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCapabilitiesPreviewPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"legalForm"},"value":{"kind":"EnumValue","value":"ORGANIZATION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"taxRegime"},"value":{"kind":"EnumValue","value":"OSNO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesPreviewPriceQuery, ViewerCapabilitiesPreviewPriceQueryVariables>;
export const ViewerCapabilitiesCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesCreateProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesCreateProjectMutation, ViewerCapabilitiesCreateProjectMutationVariables>;
export const ViewerCapabilitiesUpdateProjectTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesUpdateProjectTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProjectTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Шаблон","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tasks"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesUpdateProjectTemplateMutation, ViewerCapabilitiesUpdateProjectTemplateMutationVariables>;
export const ViewerCapabilitiesDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesDeactivateUserMutation, ViewerCapabilitiesDeactivateUserMutationVariables>;
export const ViewerCapabilitiesRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesRevokeApiTokenMutation, ViewerCapabilitiesRevokeApiTokenMutationVariables>;
export const ViewerCapabilitiesUpdateFirmSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerCapabilitiesUpdateFirmSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirmSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"StringValue","value":"Nowhere/Never","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesUpdateFirmSettingsMutation, ViewerCapabilitiesUpdateFirmSettingsMutationVariables>;
export const ViewerCapabilitiesAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCapabilitiesAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesAuditLogQuery, ViewerCapabilitiesAuditLogQueryVariables>;
export const BatchedLoadingTariffPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchedLoadingTariffPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BatchedLoadingTariffPlansQuery, BatchedLoadingTariffPlansQueryVariables>;
export const BatchedLoadingAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchedLoadingAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchedLoadingAuditLogQuery, BatchedLoadingAuditLogQueryVariables>;
export const HarnessSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HarnessSignUpMutation, HarnessSignUpMutationVariables>;
export const HarnessInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationLink"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HarnessInviteUserMutation, HarnessInviteUserMutationVariables>;
export const HarnessAcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HarnessAcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<HarnessAcceptInviteMutation, HarnessAcceptInviteMutationVariables>;
export const MutationAnswersTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationAnswersTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MutationAnswersTaskQuery, MutationAnswersTaskQueryVariables>;
export const MutationAnswersLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationAnswersLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<MutationAnswersLoginMutation, MutationAnswersLoginMutationVariables>;
export const MutationAnswersProjectTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MutationAnswersProjectTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariffPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationAnswersProjectTemplatesQuery, MutationAnswersProjectTemplatesQueryVariables>;
export const MutationAnswersCreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationAnswersCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationAnswersCreateLeadMutation, MutationAnswersCreateLeadMutationVariables>;
export const MutationAnswersCreatePricingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationAnswersCreatePricingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PricingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPricingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationAnswersCreatePricingRunMutation, MutationAnswersCreatePricingRunMutationVariables>;
export const MutationAnswersCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationAnswersCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MutationAnswersCreateProjectMutation, MutationAnswersCreateProjectMutationVariables>;
export const MutationAnswersCommentTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MutationAnswersCommentTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentionIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"StringValue","value":"Начинаем","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"mentionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MutationAnswersCommentTaskMutation, MutationAnswersCommentTaskMutationVariables>;
export const TenancyAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<TenancyAuditEventsSubscription, TenancyAuditEventsSubscriptionVariables>;
export const TenancyCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreateApiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"A","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"MANAGER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCreateApiTokenMutation, TenancyCreateApiTokenMutationVariables>;
export const TenancyUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUsersQuery, TenancyUsersQueryVariables>;
export const TenancyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyApiTokensQuery, TenancyApiTokensQueryVariables>;
export const TenancyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyAuditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyAuditLogQuery, TenancyAuditLogQueryVariables>;
export const TenancyDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyDeactivateUserMutation, TenancyDeactivateUserMutationVariables>;
export const TenancyReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyReactivateUserMutation, TenancyReactivateUserMutationVariables>;
export const TenancyChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyChangeUserRoleMutation, TenancyChangeUserRoleMutationVariables>;
export const TenancyRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TenancyRevokeApiTokenMutation, TenancyRevokeApiTokenMutationVariables>;
export const TenancyUsers2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyUsers2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<TenancyUsers2Query, TenancyUsers2QueryVariables>;
export const TenancyInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyInviteUserMutation, TenancyInviteUserMutationVariables>;