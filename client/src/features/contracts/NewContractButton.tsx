import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewContractButtonQueryDocument } from '../../gql/graphql';
import { NewContractDialog } from './NewContractDialog';

/** «Составить договор» on the lead card: a contract from one of the lead's pricing runs; opens the new contract. */
export function NewContractButton({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data } = useQuery(NewContractButtonQueryDocument, { variables: { leadId }, fetchPolicy: 'cache-and-network' });
  if (!data?.contractSettings.viewerCanCreateContracts) return null;
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="lead-create-contract">{t('contracts.create.button')}</Button>
      <NewContractDialog opened={opened} onClose={() => setOpened(false)} party={{ leadId }} runs={data.lead.pricingRuns} />
    </>
  );
}
