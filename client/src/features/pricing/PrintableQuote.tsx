import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Paper, ScrollArea } from '@mantine/core';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { PriceQuoteView_QuoteFragmentDoc, PrintableQuoteLeadDocument } from '../../gql/graphql';
import { formatMoney } from './money';
import './print.css';
import { localizeLine } from './priceLines';

export interface PrintableQuoteProps {
  opened: boolean;
  onClose: () => void;
  leadId: string;
  quote: FragmentType<typeof PriceQuoteView_QuoteFragmentDoc>;
  tariffName: string;
  tariffVersionNumber: number;
  /** When the calculation was made (ISO); now for an unsaved one. */
  date?: string;
}

/**
 * The commercial offer for the client: one A4 page with the price lines and the monthly price
 * only — cost, margin and remuneration are internal and never printed.
 */
export function PrintableQuote({ opened, onClose, ...sheet }: PrintableQuoteProps) {
  const { t } = useTranslation();
  if (!opened) return null;
  return (
    <>
      <Modal opened onClose={onClose} title={t('pricing.print.title')} size="auto" centered>
        <ScrollArea.Autosize mah="70vh">
          <Paper withBorder shadow="sm" style={{ width: '210mm', maxWidth: '100%' }}>
            <QuoteSheet {...sheet} />
          </Paper>
        </ScrollArea.Autosize>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => window.print()} data-testid="pricing-print-submit">
            {t('pricing.print.submit')}
          </Button>
        </Group>
      </Modal>
      {/* a copy outside the app's tree, the only thing the print stylesheet leaves visible */}
      {createPortal(
        <div className="pricing-print-portal">
          <QuoteSheet {...sheet} />
        </div>,
        document.body,
      )}
    </>
  );
}

function QuoteSheet({ leadId, quote: quoteRef, tariffName, tariffVersionNumber, date }: Omit<PrintableQuoteProps, 'opened' | 'onClose'>) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const quote = readFragment(PriceQuoteView_QuoteFragmentDoc, quoteRef);
  const { data } = useQuery(PrintableQuoteLeadDocument, { variables: { leadId } });
  const lead = data?.lead;
  const contact = lead ? [lead.lastName, lead.firstName, lead.patronymic].filter(Boolean).join(' ') : '';
  const money = (value: unknown) => formatMoney(value, i18n.language);

  return (
    <article className="pricing-quote-sheet" data-testid="pricing-quote-sheet">
      <header>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: '8mm' }}>
          <strong style={{ fontSize: '14pt' }}>{me.firm.name}</strong>
          <span>{formatDateTime(date ?? new Date().toISOString(), i18n.language)}</span>
        </div>
        <h1 style={{ fontSize: '18pt', margin: '8mm 0 4mm' }}>{t('pricing.print.heading')}</h1>
        {lead && (
          <div>
            <div>
              {t('pricing.print.client')}: <strong>{lead.companyName}</strong>
            </div>
            {contact && (
              <div>
                {t('pricing.print.contact')}: {contact}
                {lead.phone && `, ${lead.phone}`}
                {lead.email && `, ${lead.email}`}
              </div>
            )}
          </div>
        )}
      </header>
      <table>
        <thead>
          <tr>
            <th>{t('pricing.print.service')}</th>
            <th>{t('pricing.print.volume')}</th>
            <th className="amount">{t('pricing.print.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((serverLine) => localizeLine(serverLine, t)).map((line) => (
            <tr key={line.key}>
              <td>{line.label}</td>
              <td>{line.value}</td>
              <td className="amount">{money(line.amount)}</td>
            </tr>
          ))}
          <tr className="total">
            <td colSpan={2}>{t('pricing.print.total')}</td>
            <td className="amount" data-testid="pricing-print-price">
              {money(quote.price)}
            </td>
          </tr>
        </tbody>
      </table>
      <div>{t('pricing.print.tariff', { name: tariffName, number: tariffVersionNumber })}</div>
      <footer>{t('pricing.print.disclaimer')}</footer>
    </article>
  );
}
