import { useMutation } from '@apollo/client/react';
import { Badge, Button, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { ConfirmDialog } from '../../kernel/ui/ConfirmDialog';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { ApiTokenRow_ApiTokenFragmentDoc, ApiTokensSectionRevokeApiTokenDocument } from '../../gql/graphql';

export function ApiTokenRow({ apiToken }: { apiToken: FragmentType<typeof ApiTokenRow_ApiTokenFragmentDoc> }) {
  const { t, i18n } = useTranslation();
  const token = readFragment(ApiTokenRow_ApiTokenFragmentDoc, apiToken);
  const [confirming, setConfirming] = useState(false);
  const [revoke, { loading }] = useMutation(ApiTokensSectionRevokeApiTokenDocument);
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  const confirmRevoke = async () => {
    await revoke({ variables: { id: token.id } }).catch((error: unknown) =>
      notifications.show({ color: 'red', message: errorMessage(error, t) }),
    );
    setConfirming(false);
  };

  return (
    <Table.Tr data-testid="api-token-row" data-token-id={token.id}>
      <Table.Td>{token.name}</Table.Td>
      <Table.Td>{t(`roles.${token.role}`)}</Table.Td>
      <Table.Td>{date(token.createdAt)}</Table.Td>
      <Table.Td>{token.lastUsedAt ? date(token.lastUsedAt) : t('apiTokens.never')}</Table.Td>
      <Table.Td>
        {token.revokedAt ? (
          <Badge color="gray">{t('apiTokens.status.revoked', { at: date(token.revokedAt) })}</Badge>
        ) : !token.effectiveRole ? (
          <Badge color="gray">{t('apiTokens.status.creatorInactive')}</Badge>
        ) : token.effectiveRole !== token.role ? (
          <Badge color="yellow">{t('apiTokens.status.capped', { role: t(`roles.${token.effectiveRole}`) })}</Badge>
        ) : (
          <Badge color="teal">{t('apiTokens.status.active')}</Badge>
        )}
      </Table.Td>
      <Table.Td>
        {!token.revokedAt && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)} data-testid="api-token-revoke">
            {t('apiTokens.revoke.button')}
          </Button>
        )}
        <ConfirmDialog
          opened={confirming}
          title={t('apiTokens.revoke.title')}
          message={t('apiTokens.revoke.confirm', { name: token.name })}
          confirmLabel={t('apiTokens.revoke.submit')}
          danger
          loading={loading}
          onConfirm={confirmRevoke}
          onClose={() => setConfirming(false)}
        />
      </Table.Td>
    </Table.Tr>
  );
}
