/** The contract settings form: its values, the checks that need no server (as ContractSettingsInput validates), and what it sends. */

export interface ContractSettingsValues {
  contractNumberPattern: string;
  poaNumberPattern: string;
  poaWarningDays: number | string;
  unsignedReminderDays: number | string;
  city: string;
  vatClause: string;
}

export interface ContractSettingsSaved {
  contractNumberPattern: string;
  poaNumberPattern: string;
  poaWarningDays: number;
  unsignedReminderDays: number;
  city?: string | null;
  vatClause: string;
}

export type ContractSettingsProblem = 'required' | 'tooLong' | 'sequence' | 'braces' | 'days';

export function contractSettingsValues(saved: ContractSettingsSaved): ContractSettingsValues {
  return { ...saved, city: saved.city ?? '' };
}

const TOKEN = /\{(YYYY|YY|N+)\}/g;
const LIMITS = { contractNumberPattern: 60, poaNumberPattern: 60, city: 100, vatClause: 300 } as const;
const whole = (value: number | string) => (typeof value === 'number' ? value : Number(String(value).replace(',', '.')));

export function contractSettingsProblems(values: ContractSettingsValues): Partial<Record<keyof ContractSettingsValues, ContractSettingsProblem>> {
  const problems: Partial<Record<keyof ContractSettingsValues, ContractSettingsProblem>> = {};
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const text = values[field].trim();
    if (!text && field !== 'city') problems[field] = 'required';
    else if (text.length > max) problems[field] = 'tooLong';
  }
  // as the server reads a pattern: without exactly one {N…} numbers of a year would repeat
  for (const field of ['contractNumberPattern', 'poaNumberPattern'] as const) {
    const pattern = values[field].trim();
    if (problems[field]) continue;
    if ((pattern.match(/\{N+\}/g) ?? []).length !== 1) problems[field] = 'sequence';
    else if (/[{}]/.test(pattern.replace(TOKEN, ''))) problems[field] = 'braces';
  }
  for (const field of ['poaWarningDays', 'unsignedReminderDays'] as const) {
    const days = whole(values[field]);
    if (!(Number.isInteger(days) && days >= 1 && days <= 365)) problems[field] = 'days';
  }
  return problems;
}

/** Every setting as typed; an empty city clears it (null: the server keeps no blank text). */
export function contractSettingsInput(values: ContractSettingsValues) {
  return {
    contractNumberPattern: values.contractNumberPattern.trim(),
    poaNumberPattern: values.poaNumberPattern.trim(),
    poaWarningDays: whole(values.poaWarningDays),
    unsignedReminderDays: whole(values.unsignedReminderDays),
    city: values.city.trim() || null,
    vatClause: values.vatClause.trim(),
  };
}
