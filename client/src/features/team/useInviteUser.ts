import { useMutation } from '@apollo/client/react';
import { InviteUserDialogInviteUserDocument, TeamPageQueryDocument } from '../../gql/graphql';

/** Invites a colleague and adds them to the team list at once. */
export function useInviteUser() {
  return useMutation(InviteUserDialogInviteUserDocument, {
    update(cache, { data }) {
      if (!data) return;
      const invited = data.inviteUser.user;
      cache.updateQuery({ query: TeamPageQueryDocument }, (team) =>
        team && !team.users.some((user) => user.id === invited.id)
          ? { ...team, users: [...team.users, invited] }
          : team,
      );
    },
  });
}
