import type { PriceBreakdown } from '../../pricing/engine/price.js';
import { ServiceArea } from '../../pricing/pricing.enums.js';
import type { PartyDetails } from '../contract.entity.js';
import { AuthorityBasis, PoaKind, RepresentativeKind } from '../rules/enums.js';
import { amountInWords, dateFigures, dateInWords, moneyFigures } from './russian.js';

/** What each service area means in the contract (contracts-poa.md §1.2; the primary-documents wording is practice ⚠️). */
const AREAS: Record<ServiceArea, { title: string; description: string }> = {
  [ServiceArea.TAXES]: {
    title: 'Налоговый учёт и отчётность',
    description: 'Исчисление налогов и взносов, подготовка и представление налоговых деклараций, уведомлений и бухгалтерской отчётности, сверка единого налогового счёта, отчётность в ФНС, СФР и Росстат.',
  },
  [ServiceArea.PAYROLL]: {
    title: 'Заработная плата и кадры',
    description: 'Расчёт заработной платы, НДФЛ и страховых взносов, кадровые документы, сведения по форме ЕФС-1.',
  },
  [ServiceArea.PRIMARY_DOCUMENTS]: {
    title: 'Первичные документы',
    description: 'Обработка и отражение в учёте первичных документов и банковских выписок, выставление актов и счетов покупателям Заказчика.',
  },
};

const BASIS: Record<AuthorityBasis, string> = {
  [AuthorityBasis.CHARTER]: 'Устава',
  [AuthorityBasis.POWER_OF_ATTORNEY]: 'доверенности',
  [AuthorityBasis.ENTREPRENEUR]: '',
};

/** «Иванов Иван Иванович» → «И. И. Иванов», as under a signature. */
export function shortName(full: string | null | undefined): string {
  const [last, ...rest] = (full ?? '').trim().split(/\s+/).filter(Boolean);
  if (!last) return '';
  return [...rest.map((part) => `${part[0]}.`), last].join(' ');
}

/** A party as the templates read it: its details, the preamble clause and labels for what varies. */
export function partyData(party: PartyDetails, role: 'Заказчик' | 'Исполнитель', city?: string | null, authority?: string | null) {
  const entrepreneur = party.authorityBasis === AuthorityBasis.ENTREPRENEUR || party.inn?.length === 12;
  const name = party.fullName ?? '';
  const signer = party.signerInPreamble ?? [party.signerPosition?.toLowerCase(), party.signerName].filter(Boolean).join(' ');
  const basis = authority ? authority : party.authorityBasis === AuthorityBasis.POWER_OF_ATTORNEY ? `доверенности ${party.authorityDocument ?? ''}`.trim() : BASIS[party.authorityBasis ?? AuthorityBasis.CHARTER];
  const preamble = entrepreneur
    ? `${name}, именуемый в дальнейшем «${role}»`
    : `${name}, именуемое в дальнейшем «${role}»${signer ? `, в лице ${signer}, действующего на основании ${basis}` : ''}`;
  return {
    fullName: name,
    inn: party.inn ?? '',
    kpp: party.kpp ?? '',
    ogrn: party.ogrn ?? '',
    ogrnLabel: entrepreneur ? 'ОГРНИП' : 'ОГРН',
    address: party.address ?? '',
    bankAccount: party.bankAccount ?? '',
    bankName: party.bankName ?? '',
    bik: party.bik ?? '',
    correspondentAccount: party.correspondentAccount ?? '',
    signerPosition: party.signerPosition ?? '',
    signerShort: shortName(party.signerName),
    preamble,
    city: city ?? '',
  };
}

export interface FirmSide {
  details: PartyDetails;
  /** After «действующего на основании»: «Устава», «доверенности № 5 от 10.01.2026». */
  authority?: string | null;
  city: string | null;
  vatClause: string;
}

function lines(breakdown: PriceBreakdown) {
  return breakdown.lines.map((line) => ({ label: line.label, value: line.value, amount: moneyFigures(line.amount) }));
}

export interface ContractFacts {
  number: string;
  date: string;
  startDate: string;
  price: number;
  paymentTerms?: string | null;
  serviceAreas: ServiceArea[];
  client: PartyDetails;
  breakdown: PriceBreakdown;
}

export function contractData(contract: ContractFacts, firm: FirmSide) {
  return {
    contract: {
      number: contract.number,
      date: dateFigures(contract.date),
      dateInWords: dateInWords(contract.date),
      startDate: dateFigures(contract.startDate),
      priceInWords: amountInWords(contract.price),
      priceFigures: moneyFigures(contract.price),
      paymentTerms: contract.paymentTerms ?? 'ежемесячно, не позднее 5 числа текущего месяца',
    },
    areas: contract.serviceAreas.map((area) => AREAS[area]),
    lines: lines(contract.breakdown),
    client: partyData(contract.client, 'Заказчик'),
    firm: { ...partyData(firm.details, 'Исполнитель', firm.city, firm.authority), vatClause: firm.vatClause },
  };
}

export function amendmentData(amendment: { number: string; date: string; effectiveFrom: string; price: number; breakdown: PriceBreakdown }, contract: ContractFacts, firm: FirmSide) {
  return {
    ...contractData(contract, firm),
    amendment: {
      number: amendment.number,
      dateInWords: dateInWords(amendment.date),
      effectiveFrom: dateFigures(amendment.effectiveFrom),
      priceInWords: amountInWords(amendment.price),
      priceFigures: moneyFigures(amendment.price),
    },
    lines: lines(amendment.breakdown),
  };
}

/** Whom the power of attorney is for, in the words of each kind (⚠️ practice, contracts-poa.md §5.2). */
const AUTHORITY: Record<PoaKind, string> = {
  [PoaKind.TAX]: 'Доверенность выдана для представления интересов в налоговых органах.',
  [PoaKind.SOCIAL_FUND]: 'Доверенность выдана для представления интересов в Социальном фонде России.',
  [PoaKind.STATISTICS]: 'Доверенность выдана для представления интересов в органах государственной статистики.',
  [PoaKind.BANK]: 'Доверенность выдана для представления интересов в банке.',
  [PoaKind.OTHER]: '',
};

export function poaData(
  poa: { number: string; kind: PoaKind; issueDate: string; validUntil: string; powers: string; representativeKind: RepresentativeKind; employeeName: string | null },
  client: PartyDetails,
  firm: FirmSide,
) {
  const firmParty = partyData(firm.details, 'Исполнитель', firm.city, firm.authority);
  const firmName = `${firmParty.fullName} (ИНН ${firmParty.inn}, ${firmParty.ogrnLabel} ${firmParty.ogrn})`;
  const employee = poa.representativeKind === RepresentativeKind.EMPLOYEE ? (poa.employeeName ?? '') : '';
  return {
    poa: {
      number: poa.number,
      dateInWords: dateInWords(poa.issueDate),
      validUntil: dateFigures(poa.validUntil),
      powers: poa.powers.replace(/[.\s]+$/, ''),
      representative: employee ? `${employee}, работника ${firmName}` : firmName,
      employee,
      authority: AUTHORITY[poa.kind],
    },
    client: partyData(client, 'Заказчик'),
    firm: firmParty,
  };
}
