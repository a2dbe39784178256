import type { TFunction } from 'i18next';
import { dateTimeFormat, formatKopecks } from '../../kernel/i18n/format';
import type { PriceLineText } from './priceLines';

/** What a quote needs to know of the firm's taxes. */
export interface FirmTaxes {
  taxRegime?: string | null;
  /** Percent included in the prices; null when the firm pays no VAT. */
  vatRate?: number | null;
}

/** The calendar day (YYYY-MM-DD) of a moment on the firm's wall clock. */
export function dayInZone(iso: string, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** A calendar day plus whole days, as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

/** The VAT inside a price that includes it: price × rate / (100 + rate), to the kopeck. */
export function includedVat(priceKopecks: number, ratePercent: number): number {
  return Math.round((priceKopecks * ratePercent) / (100 + ratePercent));
}

/** The regime as the exemption names it: «УСН», «АУСН», «ПСН»… ; null when it exempts nothing by itself. */
function exemptingRegime(regime: string | null | undefined): string | null {
  if (!regime || regime === 'OSNO') return null;
  if (regime.startsWith('AUSN')) return 'AUSN';
  if (regime.startsWith('USN')) return 'USN';
  return regime;
}

/** «в т.ч. НДС 20 % — 5 060 ₽» for a VAT payer, «НДС не облагается (УСН)» otherwise. */
export function vatStatement(firm: FirmTaxes, priceKopecks: number, t: TFunction, language: string): string {
  if (firm.vatRate) {
    return t('pricing.print.vatIncluded', { rate: firm.vatRate, amount: formatKopecks(includedVat(priceKopecks, firm.vatRate), language) });
  }
  const regime = exemptingRegime(firm.taxRegime);
  return regime ? t('pricing.print.vatExemptRegime', { regime: t(`pricing.print.regimeShort.${regime}`) }) : t('pricing.print.vatExempt');
}

/**
 * A price line as the client reads it: the base line is the accounting service for the client's
 * form and regime; a yes/no option is a service that is included, not «… — да».
 */
export function clientLine(line: PriceLineText, t: TFunction): { service: string; volume: string } {
  if (line.key === 'base') return { service: t('pricing.print.baseService'), volume: line.value };
  if (line.value === t('common.yes') || line.value === 'да') return { service: line.label, volume: t('pricing.print.included') };
  return { service: line.label, volume: line.value };
}
