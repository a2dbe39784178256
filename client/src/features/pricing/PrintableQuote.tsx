import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Paper, ScrollArea } from '@mantine/core';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDay, formatPhone } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { PriceQuoteView_QuoteFragmentDoc, PrintableQuoteLeadDocument } from '../../gql/graphql';
import { formatMoney, toUnits } from './money';
import './print.css';
import { localizeLine } from './priceLines';
import { addDays, clientLine, dayInZone, vatStatement } from './quoteTerms';

export interface PrintableQuoteProps {
  opened: boolean;
  onClose: () => void;
  leadId: string;
  quote: FragmentType<typeof PriceQuoteView_QuoteFragmentDoc>;
  /** When the calculation was made (ISO); now for an unsaved one. */
  date?: string;
}

/**
 * The commercial offer for the client: one A4 page with the firm's requisites, the price lines,
 * the monthly price with its VAT statement, the offer's validity and a signature line — cost,
 * margin, remuneration and the tariff's version are internal and never printed.
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

function QuoteSheet({ leadId, quote: quoteRef, date }: Omit<PrintableQuoteProps, 'opened' | 'onClose'>) {
  const { t, i18n } = useTranslation();
  const quote = readFragment(PriceQuoteView_QuoteFragmentDoc, quoteRef);
  const { data } = useQuery(PrintableQuoteLeadDocument, { variables: { leadId } });
  if (!data) return <article className="pricing-quote-sheet" data-testid="pricing-quote-sheet" />;
  const { lead, me } = data;
  const firm = me.firm;
  const contact = lead ? [lead.lastName, lead.firstName, lead.patronymic].filter(Boolean).join(' ') : '';
  const money = (value: unknown) => formatMoney(value, i18n.language);
  const day = dayInZone(date ?? new Date().toISOString(), firm.timeZone);
  const validUntil = formatDay(addDays(day, firm.quoteValidDays));
  const requisites = [firm.inn && `${t('pricing.print.inn')} ${firm.inn}`, firm.kpp && `${t('pricing.print.kpp')} ${firm.kpp}`].filter(Boolean).join(' / ');
  const contacts = [firm.phone && `${t('pricing.print.phone')} ${formatPhone(firm.phone)}`, firm.email, firm.website].filter(Boolean).join(' · ');

  return (
    <article className="pricing-quote-sheet" data-testid="pricing-quote-sheet">
      <header className="quote-firm" data-testid="pricing-quote-firm">
        {firm.logoUrl && <img className="quote-logo" src={firm.logoUrl} alt="" />}
        <div>
          <strong className="quote-firm-name">{firm.name}</strong>
          {requisites && <div>{requisites}</div>}
          {firm.address && <div>{firm.address}</div>}
          {contacts && <div>{contacts}</div>}
        </div>
        <dl className="quote-dates">
          <dt>{t('pricing.print.date')}</dt>
          <dd data-testid="pricing-quote-date">{formatDay(day)}</dd>
          <dt>{t('pricing.print.validUntil')}</dt>
          <dd data-testid="pricing-quote-valid-until">{validUntil}</dd>
        </dl>
      </header>
      <h1>{t('pricing.print.heading')}</h1>
      {lead && (
        <div className="quote-client">
          <div>
            {t('pricing.print.client')}: <strong>{lead.companyName}</strong>
            {lead.inn && `, ${t('pricing.print.clientInn', { inn: lead.inn })}`}
          </div>
          {contact && (
            <div>
              {t('pricing.print.contact')}: {[contact, lead.phone && formatPhone(lead.phone), lead.email].filter(Boolean).join(', ')}
            </div>
          )}
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('pricing.print.service')}</th>
            <th>{t('pricing.print.volume')}</th>
            <th className="amount">{t('pricing.print.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((serverLine) => {
            const line = clientLine(localizeLine(serverLine, t), t);
            return (
              <tr key={serverLine.key}>
                <td>{line.service}</td>
                <td>{line.volume}</td>
                <td className="amount">{money(serverLine.amount)}</td>
              </tr>
            );
          })}
          <tr className="total">
            <td colSpan={2}>{t('pricing.print.total')}</td>
            <td className="amount" data-testid="pricing-print-price">
              {money(quote.price)}
            </td>
          </tr>
          <tr className="vat">
            <td colSpan={3} className="amount" data-testid="pricing-quote-vat">
              {vatStatement(firm, Number(toUnits(quote.price, 2)), t, i18n.language)}
            </td>
          </tr>
        </tbody>
      </table>
      <p>{t('pricing.print.terms', { date: validUntil })}</p>
      <div className="quote-signature">
        <div>{t('pricing.print.regards')}</div>
        <div className="quote-signature-line">
          <span className="quote-signature-blank">{t('pricing.print.signature')}</span>
          <span>{me.name}</span>
        </div>
      </div>
      <footer>{t('pricing.print.disclaimer')}</footer>
    </article>
  );
}
