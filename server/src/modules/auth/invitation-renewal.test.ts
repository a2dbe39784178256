import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, uniqueEmail, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';

const INVITE = graphql(`mutation InvitationRenewalInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink user { id } } }`);
const RENEW = graphql(`mutation InvitationRenewalRenew($userId: ID!) { renewInvitation(userId: $userId) { invitationLink expiresAt user { id invitationPending } } }`);
const ACCEPT = graphql(`mutation InvitationRenewalAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { user { id } } }`);
const LOG = graphql(`query InvitationRenewalAuditLog { auditLog(first: 5) { edges { node { type subjectId } } } }`);

const secretOf = (link: string) => link.split('/invite/')[1]!;

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

describe('the owner shows an invitation again', () => {
  it('a renewed link works, the earlier one no longer does, and the log says so', async () => {
    const invited = await ok(app, INVITE, { input: { email: uniqueEmail('renew'), name: 'Пётр Иванов', role: 'MANAGER' } }, owner.token);
    const userId = invited.inviteUser.user.id;
    const renewed = await ok(app, RENEW, { userId }, owner.token);
    expect(renewed.renewInvitation.user).toEqual({ id: userId, invitationPending: true });
    expect(renewed.renewInvitation.invitationLink).not.toBe(invited.inviteUser.invitationLink);
    const log = await ok(app, LOG, {}, owner.token);
    expect(log.auditLog.edges[0]!.node).toEqual({ type: 'INVITATION_RENEWED', subjectId: userId });

    expect(errorCode(await gql(app, ACCEPT, { token: secretOf(invited.inviteUser.invitationLink), password: 'his own password' }))).toBe('UNAUTHENTICATED');
    const accepted = await ok(app, ACCEPT, { token: secretOf(renewed.renewInvitation.invitationLink), password: 'his own password' });
    expect(accepted.acceptInvite.user.id).toBe(userId);
  });

  it('is refused for a user who has already accepted', async () => {
    const member = await addMember(app, owner.token, 'COORDINATOR');
    const result = await gql(app, RENEW, { userId: member.userId }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual([{ field: 'userId', message: 'This user has already accepted the invitation', code: 'INVITATION_ACCEPTED' }]);
  });

  it('only the owner may renew, and only within the firm', async () => {
    const invited = await ok(app, INVITE, { input: { email: uniqueEmail('renew'), name: 'Мария Орлова', role: 'MANAGER' } }, owner.token);
    const manager = await addMember(app, owner.token, 'MANAGER');
    expect(errorCode(await gql(app, RENEW, { userId: invited.inviteUser.user.id }, manager.token))).toBe('FORBIDDEN');
    const other = await signUpFirm(app);
    expect(errorCode(await gql(app, RENEW, { userId: invited.inviteUser.user.id }, other.token))).toBe('NOT_FOUND');
  });
});
