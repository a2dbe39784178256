import type { Scope, SignedInScope } from '../../graphql/scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { actorOf } from './principal.js';
import { fieldError, forbidden, unauthenticated } from '../../graphql/errors.js';
import { recordedTransaction } from '../events/event-log.js';
import { Firm } from './firm.entity.js';
import type { LoginRateLimit } from './login-rate-limit.js';
import type { AccessEvent } from './access-events.js';
import type { PrincipalCache } from './principal-cache.js';
import { Role, tokenRole } from './roles.js';
import { Session } from './session.entity.js';
import { hashPassword, newSecret, passwordMatches, secretHash, spendPasswordCheck } from './tokens.js';
import { User } from './user.entity.js';
import type { SignUpInput } from './auth.inputs.js';
import { assertStrongPassword } from './password-strength.js';

export const AUTH_TOPIC = 'auth';

export interface SignedIn {
  token: string;
  user: User;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

interface PrincipalRow {
  firm_id: string;
  user_id: string;
  user_name: string;
  role: Principal['role'];
  token_role: Principal['role'] | null;
  department: Principal['department'];
  session_id: string | null;
  api_token_id: string | null;
  last_used_at: Date | null;
  expires_at: Date | null;
  time_zone: string;
}

const SESSION_SQL = `
select s.firm_id, u.id as user_id, u.name as user_name, u.role, null as token_role, u.department,
       s.id as session_id, null as api_token_id, null as last_used_at, s.expires_at, f.time_zone
from session s join app_user u on u.id = s.user_id join firm f on f.id = s.firm_id
where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.active`;

const API_TOKEN_SQL = `
select t.firm_id, u.id as user_id, u.name as user_name, u.role, t.role as token_role, u.department,
       null as session_id, t.id as api_token_id, t.last_used_at, null as expires_at, f.time_zone
from api_token t join app_user u on u.id = t.created_by_id join firm f on f.id = t.firm_id
where t.token_hash = ? and t.revoked_at is null and u.active`;

/** Sign-up, sign-in, sign-out and turning a bearer token into a principal. */
export class AuthService {
  constructor(
    private readonly rateLimit: LoginRateLimit,
    private readonly sessionTtlDays: number,
    private readonly principals: PrincipalCache,
    /** What a new firm starts with (the other areas' defaults), given by the composition root. */
    private readonly setUpNewFirm: (em: EntityManager, firmId: string) => void,
  ) {}

  /** Creates a firm with its owner and signs the owner in (within the address's sign-up budget). */
  async signUp({ em }: Scope, input: SignUpInput, address: string): Promise<SignedIn> {
    await this.rateLimit.signUp(address);
    const email = normaliseEmail(input.email);
    assertStrongPassword(input.password, { email, name: input.name, firmName: input.firmName });
    await this.assertEmailFree(em, email);
    const passwordHash = await hashPassword(input.password);
    return recordedTransaction(
      em,
      ({ user }) => ({ firmId: user.firm.id, userId: user.id, userName: user.name }),
      async (tx) => {
        const firm = tx.em.create(Firm, { name: input.firmName.trim() });
        const user = tx.em.create(User, { firm, email, name: input.name.trim(), passwordHash, role: Role.OWNER });
        this.setUpNewFirm(tx.em, firm.id);
        const token = this.openSession(tx.em, user);
        tx.record({
          topic: AUTH_TOPIC,
          type: 'FIRM_SIGNED_UP',
          subjectType: 'Firm',
          subjectId: firm.id,
          data: { firmName: firm.name, owner: { name: user.name, email } },
        });
        return { token, user };
      },
    );
  }

  /** Checks the password (within the rate limits) and opens a new session. */
  async login({ em }: Scope, rawEmail: string, password: string, address: string): Promise<SignedIn> {
    const email = normaliseEmail(rawEmail);
    await this.rateLimit.attempt(email, address);
    const user = await em.findOne(User, { email }, { filters: false });
    if (!user) {
      await spendPasswordCheck(password);
      throw unauthenticated('Wrong e-mail or password');
    }
    if (!(await passwordMatches(user.passwordHash, password)) || !user.active) {
      throw unauthenticated('Wrong e-mail or password');
    }
    await this.rateLimit.succeeded(email);
    const token = this.openSession(em, user);
    await em.flush();
    return { token, user };
  }

  /** Ends the caller's session at once, on HTTP and on open WebSockets. */
  async logout({ em, principal }: SignedInScope): Promise<boolean> {
    if (!principal.sessionId) return false;
    const sessionId = principal.sessionId;
    const event = { type: 'LOGGED_OUT', subjectType: 'User', subjectId: principal.userId, data: { sessionId } } as const;
    await recordedTransaction(em, actorOf(principal), async (tx) => {
      await tx.em.nativeUpdate(Session, { id: sessionId }, { revokedAt: new Date() });
      tx.record(event);
    });
    this.accessChanged(event);
    return true;
  }

  /**
   * Sets a new password for the signed-in user, who proves the current one (counted like a
   * login attempt); every other session of the user ends at once, this one stays.
   */
  async changePassword({ em, principal }: SignedInScope, currentPassword: string, newPassword: string, address: string): Promise<User> {
    if (!principal.sessionId) throw forbidden('Only a signed-in person can change their password, not an API token');
    const sessionId = principal.sessionId;
    const user = await em.findOneOrFail(User, { id: principal.userId });
    await this.rateLimit.attempt(user.email, address);
    if (!(await passwordMatches(user.passwordHash, currentPassword))) {
      throw fieldError('currentPassword', 'The current password is wrong', 'WRONG_PASSWORD');
    }
    const firm = await em.findOneOrFail(Firm, { id: principal.firmId });
    assertStrongPassword(newPassword, { email: user.email, name: user.name, firmName: firm.name }, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    const event = { topic: AUTH_TOPIC, type: 'PASSWORD_CHANGED', subjectType: 'User', subjectId: user.id, data: { keptSessionId: sessionId } } as const;
    const changed = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const fresh = await tx.em.findOneOrFail(User, { id: user.id });
      fresh.passwordHash = passwordHash;
      await tx.em.nativeUpdate(Session, { user: user.id, revokedAt: null, id: { $ne: sessionId } }, { revokedAt: new Date() });
      tx.record(event);
      return fresh;
    });
    await this.rateLimit.succeeded(user.email);
    this.accessChanged(event);
    return changed;
  }

  /** The principal behind a bearer token, or null when the token is unknown, revoked or expired. */
  async resolve(em: EntityManager, token: string): Promise<Principal | null> {
    const hash = secretHash(token);
    const cached = this.principals.get(hash);
    if (cached) return cached;
    const readAt = this.principals.now();
    const sql = token.startsWith('sat_') ? API_TOKEN_SQL : SESSION_SQL;
    const rows = await em.getConnection().execute<PrincipalRow[]>(sql, [hash]);
    const row = rows[0];
    if (!row) return null;
    if (row.api_token_id && (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000)) {
      await em.getConnection().execute('update api_token set last_used_at = now() where id = ?', [row.api_token_id]);
    }
    // shared by the requests that hit the cache: nobody may change it
    const principal: Principal = Object.freeze({
      firmId: row.firm_id,
      userId: row.user_id,
      userName: row.user_name,
      // a token never acts above its creator's current role; the creator's role change drops it from the cache
      role: row.token_role ? tokenRole(row.token_role, row.role) : row.role,
      department: row.department,
      sessionId: row.session_id,
      apiTokenId: row.api_token_id,
      expiresAt: row.expires_at ? new Date(row.expires_at) : null,
      timeZone: row.time_zone,
    });
    this.principals.remember(hash, principal, row.expires_at ? new Date(row.expires_at) : null, readAt);
    return principal;
  }

  close(): void {
    this.principals.close();
  }

  /** Call after committing an event that may end or change someone's access (see access-events.ts). */
  accessChanged(event: AccessEvent): void {
    this.principals.committed(event);
  }

  /** Adds a session for the user to the unit of work and returns its secret. */
  openSession(em: EntityManager, user: User): string {
    const token = newSecret('ses');
    em.create(Session, {
      firm: user.firm,
      user,
      tokenHash: secretHash(token),
      expiresAt: new Date(Date.now() + this.sessionTtlDays * 86_400_000),
    });
    return token;
  }

  async assertEmailFree(em: EntityManager, email: string): Promise<void> {
    const taken = await em.count(User, { email }, { filters: false });
    if (taken) throw fieldError('email', 'This e-mail is already registered', 'EMAIL_TAKEN');
  }
}


