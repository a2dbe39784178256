import { describe, expect, it } from 'vitest';
import { contractSettingsInput, contractSettingsProblems, contractSettingsValues, type ContractSettingsValues } from './contractSettingsForm';

const saved = { contractNumberPattern: '{YYYY}-{NNN}', poaNumberPattern: 'Д-{YY}/{NN}', poaWarningDays: 30, unsignedReminderDays: 7, city: null, vatClause: 'НДС не облагается' };
const values = (change: Partial<ContractSettingsValues> = {}): ContractSettingsValues => ({ ...contractSettingsValues(saved), ...change });

describe('the contract settings form', () => {
  it('finds nothing wrong with what is saved; an empty city is allowed', () => {
    expect(values().city).toBe('');
    expect(contractSettingsProblems(values())).toEqual({});
  });

  it.each<[Partial<ContractSettingsValues>, keyof ContractSettingsValues, string]>([
    [{ contractNumberPattern: ' ' }, 'contractNumberPattern', 'required'],
    [{ contractNumberPattern: '{YYYY}-001' }, 'contractNumberPattern', 'sequence'],
    [{ contractNumberPattern: '{NN}-{NNN}' }, 'contractNumberPattern', 'sequence'],
    [{ poaNumberPattern: '{MM}-{NNN}' }, 'poaNumberPattern', 'braces'],
    [{ poaNumberPattern: `{NNN}${'x'.repeat(60)}` }, 'poaNumberPattern', 'tooLong'],
    [{ unsignedReminderDays: 0 }, 'unsignedReminderDays', 'days'],
    [{ unsignedReminderDays: '' }, 'unsignedReminderDays', 'days'],
    [{ poaWarningDays: 366 }, 'poaWarningDays', 'days'],
    [{ poaWarningDays: '7,5' }, 'poaWarningDays', 'days'],
    [{ city: 'г'.repeat(101) }, 'city', 'tooLong'],
    [{ vatClause: '' }, 'vatClause', 'required'],
  ])('%o: %s is %s', (change, field, problem) => {
    expect(contractSettingsProblems(values(change))).toEqual({ [field]: problem });
  });

  it('sends every setting trimmed, days as numbers', () => {
    expect(contractSettingsInput(values({ city: ' Москва ', unsignedReminderDays: '10' }))).toEqual({
      contractNumberPattern: '{YYYY}-{NNN}', poaNumberPattern: 'Д-{YY}/{NN}', poaWarningDays: 30, unsignedReminderDays: 10, city: 'Москва', vatClause: 'НДС не облагается',
    });
  });

  it('clears a blank city to null, not an empty string', () => {
    expect(contractSettingsInput(values({ city: '   ' })).city).toBeNull();
    expect(contractSettingsInput(values({ city: '' })).city).toBeNull();
  });
});
