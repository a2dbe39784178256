import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PoasToReissueDocument, ReissuePowerOfAttorneyDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { PoaPrincipalLink } from './PoaPrincipalLink';

/**
 * Powers of attorney still in force in the name of a deactivated employee: each is reissued in one
 * click (to the firm) and then revoked in the table below. Shows nothing while there are none.
 */
export function PoaReissueBanner({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(PoasToReissueDocument, { fetchPolicy: 'cache-and-network' });
  const [reissue, { loading }] = useMutation(ReissuePowerOfAttorneyDocument);
  const rows = data?.powersOfAttorneyToReissue ?? [];
  if (!rows.length) return null;
  const reissueOne = (id: string) =>
    reissue({ variables: { id } }).then(
      () => {
        void refetch();
        onChanged?.();
      },
      (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
    );
  return (
    <Alert color="orange" title={t('contracts.poaReissue.title')} data-testid="poa-reissue-banner">
      <Stack gap={6}>
        <Text size="sm">{t('contracts.poaReissue.explain')}</Text>
        {rows.map((poa) => (
          <Group key={poa.id} gap="xs" data-testid="poa-to-reissue">
            <Text size="sm">
              {t('contracts.poaReissue.row', { number: poa.number, kind: t(`contracts.poaKinds.${poa.kind}`), name: poa.representative?.name ?? '', until: formatDay(poa.validUntil) })}
            </Text>
            <PoaPrincipalLink principal={poa.principal} size="sm" />
            {poa.reissuedAs && poa.reissuedAs.status !== 'REVOKED' ? (
              <Text size="sm" c="dimmed">{t('contracts.poaReissue.thenRevoke', { number: poa.reissuedAs.number })}</Text>
            ) : (
              poa.viewerCanEdit && (
                <Button size="compact-xs" loading={loading} onClick={() => void reissueOne(poa.id)} data-testid="poa-reissue-one">
                  {t('contracts.poaReissue.reissueToFirm')}
                </Button>
              )
            )}
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
