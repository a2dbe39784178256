import { Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TariffParameterType } from '../../gql/graphql';
import { numberInputSeparators } from '../../kernel/i18n/format';
import { MoneyInput } from './MoneyInput';
import { LEGAL_FORMS, SERVICE_AREAS, areaLabelKey } from './pricingForm';
import { newParameter, setParameterLabel, typeParameterKey } from './tariffDraft';
import { TariffParameterOptions } from './TariffParameterOptions';
import type { TariffDraftForm } from './useTariffDraftForm';

interface TariffParameterFieldsProps {
  form: TariffDraftForm;
  index: number;
  readOnly: boolean;
  showKeys: boolean;
}

/** One parameter: name (its key made from it), type and area, then the prices its type needs. */
export function TariffParameterFields({ form, index, readOnly, showKeys }: TariffParameterFieldsProps) {
  const { t, i18n } = useTranslation();
  const separators = numberInputSeparators(i18n.language);
  const parameter = form.values.parameters[index]!;
  const path = (name: string) => `parameters.${index}.${name}`;
  const input = (name: string) => ({ ...form.getInputProps(path(name)), readOnly });

  const changeType = (type: TariffParameterType) => {
    const fresh = newParameter(type);
    form.setFieldValue(`parameters.${index}`, { ...parameter, type, options: parameter.options.length ? parameter.options : fresh.options });
  };

  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <TextInput
          label={t('pricing.tariffs.parameters.label')}
          {...input('label')}
          // while the keys are hidden, a problem with the key is told at the name it is made from
          error={form.errors[path('label')] ?? (showKeys ? undefined : form.errors[path('key')])}
          // a new name renames an automatic key, and the multipliers and remuneration follow it
          onChange={(event) => form.setValues(setParameterLabel(form.getValues(), parameter.uid, event.currentTarget.value))}
          data-testid="tariff-parameter-label"
        />
        {showKeys && (
          <TextInput
            label={t('pricing.tariffs.parameters.key')}
            description={t('pricing.tariffs.parameters.keyHint')}
            {...input('key')}
            onChange={(event) => form.setValues(typeParameterKey(form.getValues(), parameter.uid, event.currentTarget.value))}
            data-testid="tariff-parameter-key"
          />
        )}
        <Select
          label={t('pricing.tariffs.parameters.type')}
          data={Object.values(TariffParameterType).map((value) => ({ value, label: t(`pricing.tariffs.parameterTypes.${value}`) }))}
          {...form.getInputProps(path('type'))}
          onChange={(value) => value && changeType(value as TariffParameterType)}
          allowDeselect={false}
          disabled={readOnly}
          data-testid="tariff-parameter-type"
        />
        <Select
          label={t('pricing.tariffs.parameters.area')}
          data={SERVICE_AREAS.map((value) => ({ value, label: t(areaLabelKey(value)) }))}
          {...form.getInputProps(path('area'))}
          allowDeselect={false}
          disabled={readOnly}
        />
      </Group>
      {parameter.type === TariffParameterType.Number && (
        <Group grow align="flex-start">
          <NumberInput
            label={t('pricing.tariffs.parameters.included')}
            {...input('included')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...separators}
            data-testid="tariff-parameter-included"
          />
          <NumberInput
            label={t('pricing.tariffs.parameters.blockSize')}
            {...input('blockSize')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            {...separators}
            data-testid="tariff-parameter-blockSize"
          />
          <MoneyInput label={t('pricing.tariffs.parameters.pricePerBlock')} {...input('pricePerBlock')} testId="tariff-parameter-pricePerBlock" />
        </Group>
      )}
      {parameter.type === TariffParameterType.Flag && (
        <Group grow align="flex-start">
          <MoneyInput label={t('pricing.tariffs.parameters.price')} {...input('price')} testId="tariff-parameter-price" />
          {LEGAL_FORMS.map((legalForm) => (
            <MoneyInput
              key={legalForm}
              label={t('pricing.tariffs.parameters.priceFor', { form: t(`pricing.legalForms.${legalForm}`) })}
              placeholder={t('pricing.tariffs.parameters.priceForPlaceholder')}
              {...input(`priceByLegalForm.${legalForm}`)}
            />
          ))}
        </Group>
      )}
      {parameter.type === TariffParameterType.Choice && <TariffParameterOptions form={form} index={index} readOnly={readOnly} showKeys={showKeys} />}
    </Stack>
  );
}
