import { Fieldset, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TariffParameterType } from '../../gql/graphql';
import { MoneyInput } from './MoneyInput';
import { areaLabelKey } from './pricingForm';
import { uniqueKeys } from './tariffDraft';
import type { DraftSectionProps } from './useTariffDraftForm';

/** The accountants' pay per service area and the firm's overhead: what the cost of a client is made of. */
export function TariffRemunerationSection({ form, readOnly }: DraftSectionProps) {
  const { t } = useTranslation();
  const draft = form.values;
  const numbers = uniqueKeys(draft.parameters.filter((parameter) => parameter.type === TariffParameterType.Number && parameter.key));

  return (
    <Stack>
      {draft.remuneration.map((rule, index) => {
        const path = `remuneration.${index}`;
        return (
          <Fieldset key={rule.area} legend={t(areaLabelKey(rule.area))} data-testid="tariff-remuneration" data-area={rule.area}>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <MoneyInput
                label={t('pricing.tariffs.remuneration.percentOfLines')}
                {...form.getInputProps(`${path}.percentOfLines`)}
                readOnly={readOnly}
                suffix="%"
              />
              <Select
                label={t('pricing.tariffs.remuneration.perUnitParameter')}
                placeholder={t('pricing.tariffs.remuneration.noPerUnit')}
                data={numbers.map((parameter) => ({ value: parameter.key, label: parameter.label || parameter.key }))}
                {...form.getInputProps(`${path}.perUnitKey`)}
                value={rule.perUnitKey || null}
                onChange={(value) => form.setFieldValue(path, { ...rule, perUnitKey: value ?? '', perUnitAmount: rule.perUnitAmount || '0' })}
                clearable
                disabled={readOnly}
              />
              <MoneyInput
                label={t('pricing.tariffs.remuneration.perUnitAmount')}
                {...form.getInputProps(`${path}.perUnitAmount`)}
                value={rule.perUnitKey ? rule.perUnitAmount : ''}
                readOnly={readOnly || !rule.perUnitKey}
              />
              <MoneyInput label={t('pricing.tariffs.remuneration.perMonth')} {...form.getInputProps(`${path}.perMonth`)} readOnly={readOnly} />
            </SimpleGrid>
          </Fieldset>
        );
      })}
      <Fieldset legend={t('pricing.tariffs.overhead.title')} data-testid="tariff-overhead">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <MoneyInput
            label={t('pricing.tariffs.overhead.percentOfPrice')}
            {...form.getInputProps('overhead.percentOfPrice')}
            readOnly={readOnly}
            suffix="%"
          />
          <MoneyInput label={t('pricing.tariffs.overhead.fixed')} {...form.getInputProps('overhead.fixed')} readOnly={readOnly} />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
