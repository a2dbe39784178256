import { registerEnumType } from 'type-graphql';

export enum LegalForm {
  ORGANIZATION = 'ORGANIZATION',
  INDIVIDUAL_ENTREPRENEUR = 'INDIVIDUAL_ENTREPRENEUR',
}

export enum TaxRegime {
  OSNO = 'OSNO',
  USN_INCOME = 'USN_INCOME',
  USN_INCOME_MINUS_EXPENSES = 'USN_INCOME_MINUS_EXPENSES',
  PSN = 'PSN',
  ESHN = 'ESHN',
  AUSN_INCOME = 'AUSN_INCOME',
  AUSN_INCOME_MINUS_EXPENSES = 'AUSN_INCOME_MINUS_EXPENSES',
  NPD = 'NPD',
}

export enum LeadStage {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  PRICED = 'PRICED',
  NEGOTIATION = 'NEGOTIATION',
  WON = 'WON',
  LOST = 'LOST',
}

export enum LeadFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
  CHOICE = 'CHOICE',
  DATE = 'DATE',
}

registerEnumType(LegalForm, { name: 'LegalForm', description: 'ООО and other organizations, or an individual entrepreneur (ИП)' });
registerEnumType(TaxRegime, { name: 'TaxRegime' });
registerEnumType(LeadStage, { name: 'LeadStage', description: 'NEW → CONTACTED → PRICED → NEGOTIATION → WON or LOST' });
registerEnumType(LeadFieldType, { name: 'LeadFieldType', description: 'Type of a firm-defined extra field of the lead card' });

/** Regimes an organization cannot have (patent and professional income tax are for individuals). */
export const INDIVIDUAL_ONLY_REGIMES: readonly TaxRegime[] = [TaxRegime.PSN, TaxRegime.NPD];
