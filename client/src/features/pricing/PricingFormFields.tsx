import { NumberInput, Select, SimpleGrid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { numberInputSeparators } from '../../kernel/i18n/format';
import { TariffParameterType, type LegalForm, type TaxRegime } from '../../gql/graphql';
import {
  offeredLegalForms,
  offeredTaxRegimes,
  withLegalForm,
  type PricingFormState,
  type TariffDefinition,
  type TariffParameter,
} from './pricingForm';

interface PricingFormFieldsProps {
  definition: TariffDefinition;
  form: PricingFormState;
  onChange: (form: PricingFormState) => void;
  /** Messages by field: `legalForm`, `taxRegime` or a parameter key. */
  errors: Record<string, string>;
  /** `pricing` gives `pricing-legalForm`, `pricing-param-employees` … */
  testIdPrefix: string;
  disabled?: boolean;
}

/** The legal form, the tax regime and one input per tariff parameter. */
export function PricingFormFields({ definition, form, onChange, errors, testIdPrefix, disabled }: PricingFormFieldsProps) {
  const { t } = useTranslation();
  const setValue = (key: string, value: PricingFormState['values'][string]) =>
    onChange({ ...form, values: { ...form.values, [key]: value } });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Select
        label={t('pricing.fields.legalForm')}
        data={offeredLegalForms(definition).map((value) => ({ value, label: t(`pricing.legalForms.${value}`) }))}
        value={form.legalForm}
        onChange={(value) => onChange(withLegalForm(definition, form, value as LegalForm | null))}
        allowDeselect={false}
        error={errors.legalForm}
        disabled={disabled}
        data-testid={`${testIdPrefix}-legalForm`}
      />
      <Select
        label={t('pricing.fields.taxRegime')}
        placeholder={t('pricing.fields.taxRegimePlaceholder')}
        data={offeredTaxRegimes(definition, form.legalForm).map((value) => ({ value, label: t(`pricing.taxRegimes.${value}`) }))}
        value={form.taxRegime}
        onChange={(value) => onChange({ ...form, taxRegime: value as TaxRegime | null })}
        allowDeselect={false}
        error={errors.taxRegime}
        disabled={disabled}
        data-testid={`${testIdPrefix}-taxRegime`}
      />
      {definition.parameters.map((parameter) => (
        <ParameterInput
          key={parameter.key}
          parameter={parameter}
          value={form.values[parameter.key]}
          onChange={(value) => setValue(parameter.key, value)}
          error={errors[parameter.key]}
          testId={`${testIdPrefix}-param-${parameter.key}`}
          disabled={disabled}
        />
      ))}
    </SimpleGrid>
  );
}

interface ParameterInputProps {
  parameter: TariffParameter;
  value: PricingFormState['values'][string] | undefined;
  onChange: (value: PricingFormState['values'][string]) => void;
  error?: string;
  testId: string;
  disabled?: boolean;
}

function ParameterInput({ parameter, value, onChange, error, testId, disabled }: ParameterInputProps) {
  const { i18n } = useTranslation();
  switch (parameter.type) {
    case TariffParameterType.Number:
      return (
        <NumberInput
          label={parameter.label}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={onChange}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          {...numberInputSeparators(i18n.language)}
          error={error}
          disabled={disabled}
          data-testid={testId}
        />
      );
    case TariffParameterType.Flag:
      return (
        <Switch
          label={parameter.label}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          error={error}
          disabled={disabled}
          mt="lg"
          data-testid={testId}
        />
      );
    default:
      return (
        <Select
          label={parameter.label}
          data={(parameter.options ?? []).map((option) => ({ value: option.key, label: option.label }))}
          value={typeof value === 'string' ? value : null}
          onChange={(option) => onChange(option ?? '')}
          allowDeselect={false}
          error={error}
          disabled={disabled}
          data-testid={testId}
        />
      );
  }
}
