import { LeadStage, LegalForm, TaxRegime } from '../../gql/graphql';

/** The pipeline in its order: NEW → CONTACTED → PRICED → NEGOTIATION → WON / LOST. */
export const STAGES: readonly LeadStage[] = [
  LeadStage.New,
  LeadStage.Contacted,
  LeadStage.Priced,
  LeadStage.Negotiation,
  LeadStage.Won,
  LeadStage.Lost,
];

/** How many leads each pipeline column loads. */
export const PIPELINE_COLUMN_SIZE = 100;

export const STAGE_COLORS: Record<LeadStage, string> = {
  NEW: 'blue',
  CONTACTED: 'cyan',
  PRICED: 'violet',
  NEGOTIATION: 'orange',
  WON: 'green',
  LOST: 'gray',
};

export const LEGAL_FORMS: readonly LegalForm[] = [LegalForm.Organization, LegalForm.IndividualEntrepreneur];

export const TAX_REGIMES: readonly TaxRegime[] = [
  TaxRegime.Osno,
  TaxRegime.UsnIncome,
  TaxRegime.UsnIncomeMinusExpenses,
  TaxRegime.AusnIncome,
  TaxRegime.AusnIncomeMinusExpenses,
  TaxRegime.Eshn,
  TaxRegime.Psn,
  TaxRegime.Npd,
];

// the patent and the professional-income tax exist only for individuals
const INDIVIDUAL_ONLY_REGIMES: readonly TaxRegime[] = [TaxRegime.Psn, TaxRegime.Npd];

/** The tax regimes open to a legal form. */
export function regimesFor(legalForm: LegalForm): TaxRegime[] {
  return TAX_REGIMES.filter(
    (regime) => legalForm === LegalForm.IndividualEntrepreneur || !INDIVIDUAL_ONLY_REGIMES.includes(regime),
  );
}
