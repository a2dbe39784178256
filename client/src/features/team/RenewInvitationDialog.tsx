import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { SecretReveal } from '../../kernel/ui/SecretReveal';
import { TeamMemberRowRenewInvitationDocument } from '../../gql/graphql';

/** Issues a new invitation link once asked; the link the person was given before stops working. */
export function RenewInvitationDialog({ userId, name, onClose }: { userId: string; name: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [renew, { data, error, loading }] = useMutation(TeamMemberRowRenewInvitationDocument);
  const invitation = data?.renewInvitation;

  return (
    <Modal opened onClose={onClose} title={t('team.renew.title', { name })} centered size="lg">
      <Stack>
        {!invitation && <Text size="sm">{t('team.renew.explain', { name })}</Text>}
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        {invitation && (
          <SecretReveal
            value={invitation.invitationLink}
            hint={t('team.renew.hint', { expiresAt: formatDateTime(invitation.expiresAt, i18n.language) })}
            testId="invitation-link"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {invitation ? t('common.close') : t('common.cancel')}
          </Button>
          {!invitation && (
            <Button loading={loading} onClick={() => void renew({ variables: { userId } }).catch(() => undefined)} data-testid="renew-invitation-submit">
              {t('team.renew.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
