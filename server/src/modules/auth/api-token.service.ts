import type { Scope, SignedInScope } from '../../graphql/scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { recordedTransaction } from '../events/event-log.js';
import { ApiToken } from './api-token.entity.js';
import { readRows } from '../../db/rows.js';
import { actorOf } from './principal.js';
import { AUTH_TOPIC, type AuthService } from './auth.service.js';
import type { CreateApiTokenInput } from './auth.inputs.js';
import { type Role, tokenRole } from './roles.js';
import { newSecret, secretHash } from './tokens.js';
import type { User } from './user.entity.js';

export interface IssuedApiToken {
  apiToken: ApiToken;
  token: string;
}

/** Named tokens for integrations: shown once, stored hashed, revocable. */
export class ApiTokenService {
  constructor(private readonly auth: AuthService) {}

  async list({ em }: Scope): Promise<ApiToken[]> {
    return readRows(em, ApiToken, {}, { orderBy: [{ revokedAt: 'desc nulls first' }, { createdAt: 'desc' }, { id: 'asc' }] });
  }

  /** The role the token acts with now: capped by its creator's current role; null once it no longer works. */
  effectiveRole(apiToken: ApiToken, creator: User | null): Role | null {
    if (apiToken.revokedAt || !creator || !creator.active) return null;
    return tokenRole(apiToken.role, creator.role);
  }

  async create({ em, principal }: SignedInScope, input: CreateApiTokenInput): Promise<IssuedApiToken> {
    const token = newSecret('sat');
    const apiToken = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const created = tx.em.create(ApiToken, {
        firm: principal.firmId,
        name: input.name.trim(),
        role: input.role,
        tokenHash: secretHash(token),
        createdBy: principal.userId,
      });
      tx.record({ topic: AUTH_TOPIC, type: 'API_TOKEN_CREATED', subjectType: 'ApiToken', subjectId: created.id, data: { name: created.name, role: created.role } });
      return created;
    });
    return { apiToken, token };
  }

  async revoke({ em, principal }: SignedInScope, id: string): Promise<ApiToken> {
    const revoked = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const apiToken = await tx.em.findOne(ApiToken, { id });
      if (!apiToken) throw notFound('API token');
      if (apiToken.revokedAt) return apiToken;
      apiToken.revokedAt = new Date();
      tx.record({ topic: AUTH_TOPIC, type: 'API_TOKEN_REVOKED', subjectType: 'ApiToken', subjectId: apiToken.id, data: { name: apiToken.name } });
      return apiToken;
    });
    this.auth.accessChanged({ type: 'API_TOKEN_REVOKED', subjectId: revoked.id });
    return revoked;
  }
}
