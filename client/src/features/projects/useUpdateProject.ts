import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { ProjectPageQueryDocument, UpdateProjectDocument, type UpdateProjectInput } from '../../gql/graphql';

/**
 * Saves project facts with the version the user saw. On CONFLICT the project is reloaded and the
 * user told to check and repeat; returns whether the save went through. `onBadInput` may take a
 * BAD_USER_INPUT error (to show it under the fields) by returning true.
 */
export function useUpdateProject(projectId: string) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [mutate, state] = useMutation(UpdateProjectDocument);

  const update = async (
    version: number,
    input: UpdateProjectInput,
    { quiet = false, onBadInput }: { quiet?: boolean; onBadInput?: (error: unknown) => boolean } = {},
  ) => {
    try {
      await mutate({ variables: { id: projectId, version, input } });
      if (!quiet) notifications.show({ color: 'teal', message: t('projects.project.saved') });
      return true;
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        await client
          .query({ query: ProjectPageQueryDocument, variables: { id: projectId }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
        notifications.show({ color: 'yellow', autoClose: 8000, message: t('projects.project.conflict') });
      } else if (!(errorCode(error) === 'BAD_USER_INPUT' && onBadInput?.(error))) {
        notifications.show({ color: 'red', message: errorMessage(error, t) });
      }
      return false;
    }
  };

  return [update, state] as const;
}
