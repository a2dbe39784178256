/* eslint-disable */
import * as types from './graphql';
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
    "query CurrentUserQuery {\n  me {\n    id\n    name\n    email\n    role\n    department\n    firm {\n      id\n      name\n    }\n  }\n}": typeof types.CurrentUserQueryDocument,
    "query AppLayoutServerInfo {\n  serverInfo {\n    explorerEnabled\n    version\n  }\n}\n\nmutation AppLayoutLogout {\n  logout\n}": typeof types.AppLayoutServerInfoDocument,
    "fragment AuditEntryRow_entry on AuditEntry {\n  id\n  at\n  type\n  changes\n  subjectId\n  subjectType\n  actor {\n    id\n    name\n  }\n}": typeof types.AuditEntryRow_EntryFragmentDoc,
    "query AuditLogPageQuery($first: Int!, $after: String) {\n  auditLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEntryRow_entry\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nsubscription AuditLogPageEvents($after: ID) {\n  auditEvents(after: $after) {\n    id\n    ...AuditEntryRow_entry\n  }\n}": typeof types.AuditLogPageQueryDocument,
    "mutation AcceptInvitePageAcceptInvite($token: String!, $password: String!) {\n  acceptInvite(token: $token, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}": typeof types.AcceptInvitePageAcceptInviteDocument,
    "mutation LoginPageLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}\n\nmutation LoginPageSignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      id\n    }\n  }\n}": typeof types.LoginPageLoginDocument,
    "query ApiTokensSectionQuery {\n  apiTokens {\n    id\n    ...ApiTokenRow_apiToken\n  }\n}\n\nfragment ApiTokenRow_apiToken on ApiToken {\n  id\n  name\n  role\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n\nmutation ApiTokensSectionCreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n}\n\nmutation ApiTokensSectionRevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenRow_apiToken\n  }\n}": typeof types.ApiTokensSectionQueryDocument,
    "mutation ChangeRoleDialogChangeUserRole($input: ChangeUserRoleInput!) {\n  changeUserRole(input: $input) {\n    ...TeamMemberRow_user\n  }\n}": typeof types.ChangeRoleDialogChangeUserRoleDocument,
    "mutation InviteUserDialogInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    invitationLink\n    expiresAt\n    user {\n      id\n      ...TeamMemberRow_user\n    }\n  }\n}": typeof types.InviteUserDialogInviteUserDocument,
    "fragment TeamMemberRow_user on User {\n  id\n  name\n  email\n  role\n  department\n  active\n  invitationPending\n}\n\nmutation TeamMemberRowDeactivate($userId: ID!) {\n  deactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}\n\nmutation TeamMemberRowReactivate($userId: ID!) {\n  reactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}": typeof types.TeamMemberRow_UserFragmentDoc,
    "query TeamPageQuery {\n  users {\n    id\n    ...TeamMemberRow_user\n  }\n}": typeof types.TeamPageQueryDocument,
};
const documents: Documents = {
    "query CurrentUserQuery {\n  me {\n    id\n    name\n    email\n    role\n    department\n    firm {\n      id\n      name\n    }\n  }\n}": types.CurrentUserQueryDocument,
    "query AppLayoutServerInfo {\n  serverInfo {\n    explorerEnabled\n    version\n  }\n}\n\nmutation AppLayoutLogout {\n  logout\n}": types.AppLayoutServerInfoDocument,
    "fragment AuditEntryRow_entry on AuditEntry {\n  id\n  at\n  type\n  changes\n  subjectId\n  subjectType\n  actor {\n    id\n    name\n  }\n}": types.AuditEntryRow_EntryFragmentDoc,
    "query AuditLogPageQuery($first: Int!, $after: String) {\n  auditLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEntryRow_entry\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nsubscription AuditLogPageEvents($after: ID) {\n  auditEvents(after: $after) {\n    id\n    ...AuditEntryRow_entry\n  }\n}": types.AuditLogPageQueryDocument,
    "mutation AcceptInvitePageAcceptInvite($token: String!, $password: String!) {\n  acceptInvite(token: $token, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}": types.AcceptInvitePageAcceptInviteDocument,
    "mutation LoginPageLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}\n\nmutation LoginPageSignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      id\n    }\n  }\n}": types.LoginPageLoginDocument,
    "query ApiTokensSectionQuery {\n  apiTokens {\n    id\n    ...ApiTokenRow_apiToken\n  }\n}\n\nfragment ApiTokenRow_apiToken on ApiToken {\n  id\n  name\n  role\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n\nmutation ApiTokensSectionCreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n}\n\nmutation ApiTokensSectionRevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenRow_apiToken\n  }\n}": types.ApiTokensSectionQueryDocument,
    "mutation ChangeRoleDialogChangeUserRole($input: ChangeUserRoleInput!) {\n  changeUserRole(input: $input) {\n    ...TeamMemberRow_user\n  }\n}": types.ChangeRoleDialogChangeUserRoleDocument,
    "mutation InviteUserDialogInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    invitationLink\n    expiresAt\n    user {\n      id\n      ...TeamMemberRow_user\n    }\n  }\n}": types.InviteUserDialogInviteUserDocument,
    "fragment TeamMemberRow_user on User {\n  id\n  name\n  email\n  role\n  department\n  active\n  invitationPending\n}\n\nmutation TeamMemberRowDeactivate($userId: ID!) {\n  deactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}\n\nmutation TeamMemberRowReactivate($userId: ID!) {\n  reactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}": types.TeamMemberRow_UserFragmentDoc,
    "query TeamPageQuery {\n  users {\n    id\n    ...TeamMemberRow_user\n  }\n}": types.TeamPageQueryDocument,
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
export function graphql(source: "query CurrentUserQuery {\n  me {\n    id\n    name\n    email\n    role\n    department\n    firm {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query CurrentUserQuery {\n  me {\n    id\n    name\n    email\n    role\n    department\n    firm {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppLayoutServerInfo {\n  serverInfo {\n    explorerEnabled\n    version\n  }\n}\n\nmutation AppLayoutLogout {\n  logout\n}"): (typeof documents)["query AppLayoutServerInfo {\n  serverInfo {\n    explorerEnabled\n    version\n  }\n}\n\nmutation AppLayoutLogout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryRow_entry on AuditEntry {\n  id\n  at\n  type\n  changes\n  subjectId\n  subjectType\n  actor {\n    id\n    name\n  }\n}"): (typeof documents)["fragment AuditEntryRow_entry on AuditEntry {\n  id\n  at\n  type\n  changes\n  subjectId\n  subjectType\n  actor {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogPageQuery($first: Int!, $after: String) {\n  auditLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEntryRow_entry\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nsubscription AuditLogPageEvents($after: ID) {\n  auditEvents(after: $after) {\n    id\n    ...AuditEntryRow_entry\n  }\n}"): (typeof documents)["query AuditLogPageQuery($first: Int!, $after: String) {\n  auditLog(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        ...AuditEntryRow_entry\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nsubscription AuditLogPageEvents($after: ID) {\n  auditEvents(after: $after) {\n    id\n    ...AuditEntryRow_entry\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitePageAcceptInvite($token: String!, $password: String!) {\n  acceptInvite(token: $token, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation AcceptInvitePageAcceptInvite($token: String!, $password: String!) {\n  acceptInvite(token: $token, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginPageLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}\n\nmutation LoginPageSignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      id\n    }\n  }\n}"): (typeof documents)["mutation LoginPageLogin($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n    }\n  }\n}\n\nmutation LoginPageSignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    token\n    user {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokensSectionQuery {\n  apiTokens {\n    id\n    ...ApiTokenRow_apiToken\n  }\n}\n\nfragment ApiTokenRow_apiToken on ApiToken {\n  id\n  name\n  role\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n\nmutation ApiTokensSectionCreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n}\n\nmutation ApiTokensSectionRevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenRow_apiToken\n  }\n}"): (typeof documents)["query ApiTokensSectionQuery {\n  apiTokens {\n    id\n    ...ApiTokenRow_apiToken\n  }\n}\n\nfragment ApiTokenRow_apiToken on ApiToken {\n  id\n  name\n  role\n  createdAt\n  lastUsedAt\n  revokedAt\n}\n\nmutation ApiTokensSectionCreateApiToken($input: CreateApiTokenInput!) {\n  createApiToken(input: $input) {\n    token\n    apiToken {\n      id\n      ...ApiTokenRow_apiToken\n    }\n  }\n}\n\nmutation ApiTokensSectionRevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id) {\n    ...ApiTokenRow_apiToken\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeRoleDialogChangeUserRole($input: ChangeUserRoleInput!) {\n  changeUserRole(input: $input) {\n    ...TeamMemberRow_user\n  }\n}"): (typeof documents)["mutation ChangeRoleDialogChangeUserRole($input: ChangeUserRoleInput!) {\n  changeUserRole(input: $input) {\n    ...TeamMemberRow_user\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteUserDialogInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    invitationLink\n    expiresAt\n    user {\n      id\n      ...TeamMemberRow_user\n    }\n  }\n}"): (typeof documents)["mutation InviteUserDialogInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    invitationLink\n    expiresAt\n    user {\n      id\n      ...TeamMemberRow_user\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TeamMemberRow_user on User {\n  id\n  name\n  email\n  role\n  department\n  active\n  invitationPending\n}\n\nmutation TeamMemberRowDeactivate($userId: ID!) {\n  deactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}\n\nmutation TeamMemberRowReactivate($userId: ID!) {\n  reactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}"): (typeof documents)["fragment TeamMemberRow_user on User {\n  id\n  name\n  email\n  role\n  department\n  active\n  invitationPending\n}\n\nmutation TeamMemberRowDeactivate($userId: ID!) {\n  deactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}\n\nmutation TeamMemberRowReactivate($userId: ID!) {\n  reactivateUser(userId: $userId) {\n    ...TeamMemberRow_user\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamPageQuery {\n  users {\n    id\n    ...TeamMemberRow_user\n  }\n}"): (typeof documents)["query TeamPageQuery {\n  users {\n    id\n    ...TeamMemberRow_user\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;