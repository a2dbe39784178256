import { useMutation } from '@apollo/client/react';
import { makeFragmentData } from '../../gql';
import {
  ChangeRoleDialogChangeUserRoleDocument,
  TeamMemberRow_UserFragmentDoc,
  type Department,
  type Role,
  type TeamMemberRow_UserFragment,
} from '../../gql/graphql';

/** Changes a colleague's role; the table shows the new role before the server confirms. */
export function useChangeUserRole() {
  const [mutate, state] = useMutation(ChangeRoleDialogChangeUserRoleDocument);
  const changeUserRole = (user: TeamMemberRow_UserFragment, role: Role, department: Department | null) =>
    mutate({
      variables: { input: { userId: user.id, role, department } },
      optimisticResponse: {
        __typename: 'Mutation',
        changeUserRole: {
          __typename: 'User',
          ...makeFragmentData({ ...user, role, department }, TeamMemberRow_UserFragmentDoc),
        },
      },
    });
  return [changeUserRole, state] as const;
}
