import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { DuplicateWarning_DuplicateFragmentDoc, DuplicateWarningQueryDocument } from '../../gql/graphql';

interface DuplicateWarningProps {
  inn: string;
  phone: string;
  email: string;
  /** The lead being edited, never its own duplicate */
  excludeId?: string;
}

const blank = (value: string) => (value.trim() === '' ? null : value.trim());

/** Warns, as the user types, that leads with the same INN, phone or e-mail exist; never blocks saving. */
export function DuplicateWarning({ inn, phone, email, excludeId }: DuplicateWarningProps) {
  const { t } = useTranslation();
  // debounce a string: a fresh object every render would restart the timer forever
  const [probeKey] = useDebouncedValue(JSON.stringify({ inn: blank(inn), phone: blank(phone), email: blank(email) }), 400);
  const probe = JSON.parse(probeKey) as { inn: string | null; phone: string | null; email: string | null };
  const { data } = useQuery(DuplicateWarningQueryDocument, {
    variables: { ...probe, excludeId: excludeId ?? null },
    skip: !probe.inn && !probe.phone && !probe.email,
  });
  const duplicates = probe.inn || probe.phone || probe.email ? (data?.leadDuplicates ?? []) : [];
  if (duplicates.length === 0) return null;

  return (
    <Alert color="yellow" title={t('leads.duplicates.title')} data-testid="lead-duplicates">
      <Text size="sm" mb="xs">
        {t('leads.duplicates.text')}
      </Text>
      <List size="sm">
        {duplicates.map((ref) => {
          const duplicate = readFragment(DuplicateWarning_DuplicateFragmentDoc, ref);
          const { lead } = duplicate;
          return (
            <List.Item key={lead.id}>
              <Anchor component={Link} to={`/leads/${lead.id}`} data-testid="lead-duplicate-link">
                {lead.companyName}
              </Anchor>{' '}
              ({lead.lastName} {lead.firstName}) —{' '}
              {t('leads.duplicates.match', {
                fields: duplicate.matchedOn.map((match) => t(`leads.matchedOn.${match}`)).join(', '),
              })}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
