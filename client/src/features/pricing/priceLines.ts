import type { TFunction } from 'i18next';

/**
 * The price engine writes a line's value and rule in Russian, from a fixed set of words: the legal
 * form and regime names, «да» for a yes/no, «блок/блока/блоков» for number blocks. These are read
 * back to their codes so the line shows in the reader's language; the firm's own parameter names
 * (its tariff's content) stay as the firm wrote them.
 */
const SERVER_LEGAL_FORMS: Record<string, string> = { организация: 'ORGANIZATION', ИП: 'INDIVIDUAL_ENTREPRENEUR' };
const SERVER_REGIMES: Record<string, string> = {
  ОСНО: 'OSNO',
  'УСН «Доходы»': 'USN_INCOME',
  'УСН «Доходы минус расходы»': 'USN_INCOME_MINUS_EXPENSES',
  ПСН: 'PSN',
  ЕСХН: 'ESHN',
  'АУСН «Доходы»': 'AUSN_INCOME',
  'АУСН «Доходы минус расходы»': 'AUSN_INCOME_MINUS_EXPENSES',
  НПД: 'NPD',
};

export interface PriceLineText {
  key: string;
  label: string;
  value: string;
  rule: string;
}

/** The line's label, value and rule in the reader's language. */
export function localizeLine<T extends PriceLineText>(line: T, t: TFunction): T {
  const legalForm = (text: string) => (SERVER_LEGAL_FORMS[text] ? t(`pricing.legalForms.${SERVER_LEGAL_FORMS[text]}`) : text);
  const regime = (text: string) => (SERVER_REGIMES[text] ? t(`pricing.taxRegimes.${SERVER_REGIMES[text]}`) : text);
  if (line.key === 'base') {
    const [form = '', ...rest] = line.value.split(', ');
    const regimeText = rest.join(', ');
    return {
      ...line,
      label: t('pricing.lines.base'),
      value: `${legalForm(form)}, ${regime(regimeText)}`,
      rule: `${legalForm(form)} × ${regime(regimeText)}`,
    };
  }
  const value = line.value === 'да' ? t('common.yes') : line.value;
  const rule = line.rule
    .replace(/(\d[\d\s\u00a0]*) (блоков|блока|блок) ×/u, (_, digits: string) => {
      const count = Number(digits.replace(/[\s\u00a0]/gu, ''));
      return `${digits} ${t('pricing.lines.blocks', { count })} ×`;
    })
    .replace(/\((организация|ИП)\)$/u, (_, form: string) => `(${legalForm(form)})`);
  return { ...line, value, rule };
}
