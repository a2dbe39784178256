import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { LeadsTableRow_LeadFragmentDoc } from '../../gql/graphql';
import { formatMomentDay } from '../../kernel/i18n/format';
import { LeadStageBadge } from './LeadStageBadge';

export const personName = (lead: { lastName: string; firstName: string; patronymic?: string | null }) =>
  [lead.lastName, lead.firstName, lead.patronymic].filter(Boolean).join(' ');

export function LeadsTableRow({ lead: leadRef }: { lead: FragmentType<typeof LeadsTableRow_LeadFragmentDoc> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lead = readFragment(LeadsTableRow_LeadFragmentDoc, leadRef);
  const none = t('common.none');

  return (
    <Table.Tr
      data-testid="lead-row"
      data-lead-id={lead.id}
      style={{ cursor: 'pointer' }}
      onClick={() => void navigate(`/leads/${lead.id}`)}
    >
      <Table.Td>
        <Text size="sm" fw={500}>
          {lead.companyName}
        </Text>
      </Table.Td>
      <Table.Td>{personName(lead)}</Table.Td>
      <Table.Td visibleFrom="sm">{t(`leads.legalFormsShort.${lead.legalForm}`)}</Table.Td>
      <Table.Td visibleFrom="sm">{lead.inn ?? none}</Table.Td>
      <Table.Td visibleFrom="sm">{lead.taxRegime ? t(`leads.regimes.${lead.taxRegime}`) : none}</Table.Td>
      <Table.Td visibleFrom="sm">{lead.region?.name ?? none}</Table.Td>
      <Table.Td visibleFrom="sm">{lead.source?.name ?? none}</Table.Td>
      <Table.Td visibleFrom="sm">{lead.owner?.name ?? none}</Table.Td>
      {/* the badge keeps its whole stage name; the name and contact columns wrap instead */}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <LeadStageBadge stage={lead.stage} />
      </Table.Td>
      <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>{formatMomentDay(lead.createdAt)}</Table.Td>
    </Table.Tr>
  );
}
