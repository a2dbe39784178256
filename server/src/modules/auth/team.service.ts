import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { badInput, fieldError, notFound, unauthenticated } from '../../graphql/errors.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { actorOf } from './principal.js';
import { AUTH_TOPIC, normaliseEmail, type AuthService, type SignedIn } from './auth.service.js';
import type { ChangeUserRoleInput, InviteUserInput } from './auth.inputs.js';
import { Firm } from './firm.entity.js';
import { Invitation } from './invitation.entity.js';
import { assertStrongPassword } from './password-strength.js';
import { Department, Role, roleNeedsDepartment } from './roles.js';
import { Session } from './session.entity.js';
import { hashPassword, newSecret, secretHash } from './tokens.js';
import { User } from './user.entity.js';
import { readRows } from '../../db/rows.js';

export interface IssuedInvitation {
  user: User;
  invitationLink: string;
  expiresAt: Date;
}

function checkDepartment(role: Role, department: Department | null | undefined): Department | null {
  if (roleNeedsDepartment(role)) {
    if (!department) throw fieldError('department', 'Heads and accountants need a department', 'DEPARTMENT_REQUIRED');
    return department;
  }
  return null;
}

/** What another area does inside the transaction that deactivates a user (composition wires them in). */
export type DeactivationHook = (tx: RecordingTransaction, scope: SignedInScope, user: User) => Promise<void>;

/** The owner's management of the firm's people: invitations, roles, deactivation. */
export class TeamService {
  constructor(
    private readonly auth: AuthService,
    private readonly publicUrl: string,
    private readonly invitationTtlDays: number,
    private readonly onDeactivated: readonly DeactivationHook[] = [],
  ) {}

  async list({ em }: Scope): Promise<User[]> {
    return readRows(em, User, {}, { orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }] });
  }

  /** Adds a user without a password and returns a one-time link to set it. */
  async invite({ em, principal }: SignedInScope, input: InviteUserInput): Promise<IssuedInvitation> {
    const email = normaliseEmail(input.email);
    const department = checkDepartment(input.role, input.department);
    await this.auth.assertEmailFree(em, email);
    const secret = newSecret('inv');
    const expiresAt = new Date(Date.now() + this.invitationTtlDays * 86_400_000);
    const user = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const firm = principal.firmId;
      const created = tx.em.create(User, { firm, email, name: input.name.trim(), role: input.role, department });
      tx.em.create(Invitation, { firm, user: created, tokenHash: secretHash(secret), expiresAt });
      tx.record({
        topic: AUTH_TOPIC,
        type: 'USER_INVITED',
        subjectType: 'User',
        subjectId: created.id,
        data: { email, name: created.name, role: input.role, department },
      });
      return created;
    });
    return { user, invitationLink: `${this.publicUrl}/invite/${secret}`, expiresAt };
  }

  /** Issues a fresh link for a user who has not accepted yet; earlier links stop working. */
  async renewInvitation({ em, principal }: SignedInScope, userId: string): Promise<IssuedInvitation> {
    const secret = newSecret('inv');
    const expiresAt = new Date(Date.now() + this.invitationTtlDays * 86_400_000);
    const user = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const user = await this.findForUpdate(tx.em, userId);
      if (user.passwordHash) throw fieldError('userId', 'This user has already accepted the invitation', 'INVITATION_ACCEPTED');
      if (!user.active) throw fieldError('userId', 'This user is deactivated', 'USER_INACTIVE');
      // deleting rather than expiring keeps one live link per invitee, so a leaked old one is simply gone
      await tx.em.nativeDelete(Invitation, { user: user.id, acceptedAt: null });
      tx.em.create(Invitation, { firm: principal.firmId, user, tokenHash: secretHash(secret), expiresAt });
      tx.record({ topic: AUTH_TOPIC, type: 'INVITATION_RENEWED', subjectType: 'User', subjectId: user.id, data: { name: user.name, email: user.email } });
      return user;
    });
    return { user, invitationLink: `${this.publicUrl}/invite/${secret}`, expiresAt };
  }

  /** Sets the invitee's password, spends the invitation and signs the invitee in. */
  async acceptInvite({ em }: Scope, secret: string, password: string): Promise<SignedIn> {
    const invitation = await em.findOne(
      Invitation,
      { tokenHash: secretHash(secret) },
      { filters: false, populate: ['user'] },
    );
    const user = invitation?.user.getEntity();
    if (!invitation || !user || invitation.acceptedAt || invitation.expiresAt < new Date() || !user.active) {
      throw unauthenticated('This invitation link is invalid or has expired');
    }
    const firm = await em.findOneOrFail(Firm, { id: user.firm.id }, { filters: false });
    assertStrongPassword(password, { email: user.email, name: user.name, firmName: firm.name });
    const passwordHash = await hashPassword(password);
    const actor = { firmId: user.firm.id, userId: user.id, userName: user.name };
    return recordedTransaction(em, actor, async (tx) => {
      const spent = await tx.em.nativeUpdate(
        Invitation,
        { id: invitation.id, acceptedAt: null },
        { acceptedAt: new Date() },
        { filters: false },
      );
      if (!spent) throw unauthenticated('This invitation link is invalid or has expired');
      const fresh = await tx.em.findOneOrFail(User, { id: user.id }, { filters: false });
      fresh.passwordHash = passwordHash;
      const token = this.auth.openSession(tx.em, fresh);
      tx.record({ topic: AUTH_TOPIC, type: 'INVITE_ACCEPTED', subjectType: 'User', subjectId: fresh.id, data: { email: fresh.email } });
      return { token, user: fresh };
    });
  }

  /** Changes a user's role and department; the firm always keeps an active owner. */
  async changeRole({ em, principal }: SignedInScope, input: ChangeUserRoleInput): Promise<User> {
    const department = checkDepartment(input.role, input.department);
    const changed = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const user = await this.findForUpdate(tx.em, input.userId);
      if (user.role === Role.OWNER && input.role !== Role.OWNER) await this.assertAnotherOwner(tx.em, user);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (user.role !== input.role) changes.role = { from: user.role, to: input.role };
      if ((user.department ?? null) !== department) changes.department = { from: user.department ?? null, to: department };
      if (!Object.keys(changes).length) return user;
      user.role = input.role;
      user.department = department;
      tx.record({ topic: AUTH_TOPIC, type: 'USER_ROLE_CHANGED', subjectType: 'User', subjectId: user.id, data: { name: user.name, ...changes } });
      return user;
    });
    // cached sign-ins here pick up the new rights at once; other instances hear the event
    this.auth.accessChanged({ type: 'USER_ROLE_CHANGED', subjectId: changed.id });
    return changed;
  }

  /** Turns a user off: their sessions end at once and their API tokens stop working. */
  async deactivate(scope: SignedInScope, userId: string): Promise<User> {
    const { em, principal } = scope;
    if (userId === principal.userId) throw fieldError('userId', 'You cannot deactivate yourself', 'SELF_DEACTIVATION');
    const user = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const user = await this.findForUpdate(tx.em, userId);
      if (!user.active) return user;
      user.active = false;
      await tx.em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
      tx.record({ topic: AUTH_TOPIC, type: 'USER_DEACTIVATED', subjectType: 'User', subjectId: user.id, data: { name: user.name, email: user.email } });
      for (const hook of this.onDeactivated) await hook(tx, scope, user);
      // last, as it locks the firm's row: rows before the firm, as every recorded change takes them
      if (user.role === Role.OWNER) await this.assertAnotherOwner(tx.em, user);
      return user;
    });
    this.auth.accessChanged({ type: 'USER_DEACTIVATED', subjectId: user.id });
    return user;
  }

  async reactivate({ em, principal }: SignedInScope, userId: string): Promise<User> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const user = await this.findForUpdate(tx.em, userId);
      if (user.active) return user;
      user.active = true;
      tx.record({ topic: AUTH_TOPIC, type: 'USER_REACTIVATED', subjectType: 'User', subjectId: user.id, data: { name: user.name, email: user.email } });
      return user;
    });
  }

  private async findForUpdate(em: EntityManager, userId: string): Promise<User> {
    const user = await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('User');
    return user;
  }

  private async assertAnotherOwner(em: EntityManager, user: User): Promise<void> {
    // owners changing each other at once take turns on the firm's row (whose event counter every
    // recorded change takes last, so callers lock their rows before this), and the count below
    // sees what the other committed: two owners demoting each other at once left none
    await em.getConnection().execute('select 1 from firm where id = ? for no key update', [user.firm.id], 'all', em.getTransactionContext());
    // an owner who has not accepted the invitation yet cannot sign in, so does not count
    const others = await em.count(User, { role: Role.OWNER, active: true, passwordHash: { $ne: null }, id: { $ne: user.id } });
    if (!others) throw badInput('The firm must keep at least one active owner', [{ field: 'userId', message: 'last active owner', code: 'LAST_OWNER' }]);
  }
}
