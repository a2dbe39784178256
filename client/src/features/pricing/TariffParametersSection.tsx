import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TariffParameterType, type ServiceArea } from '../../gql/graphql';
import { LEGAL_FORMS, SERVICE_AREAS, areaLabelKey } from './pricingForm';
import { moveItem, newParameter, newUid, renameParameterKey, type DraftParameter, type TariffDraftState } from './tariffDraft';

export interface DraftSectionProps {
  draft: TariffDraftState;
  onChange: (draft: TariffDraftState) => void;
  /** Messages by field path without `definition.` (`parameters[2].blockSize`). */
  errors: Record<string, string>;
  readOnly: boolean;
}

/** The parameters of the tariff: add, edit by type, reorder, remove. */
export function TariffParametersSection({ draft, onChange, errors, readOnly }: DraftSectionProps) {
  const { t } = useTranslation();
  const setParameters = (parameters: DraftParameter[]) => onChange({ ...draft, parameters });
  const update = (uid: string, change: Partial<DraftParameter>) =>
    setParameters(draft.parameters.map((parameter) => (parameter.uid === uid ? { ...parameter, ...change } : parameter)));

  return (
    <Stack>
      {draft.parameters.map((parameter, index) => (
        <Fieldset
          key={parameter.uid}
          legend={parameter.label || t('pricing.tariffs.parameters.untitled')}
          data-testid="tariff-parameter"
          data-key={parameter.key}
        >
          <ParameterEditor
            parameter={parameter}
            field={`parameters[${index}]`}
            errors={errors}
            readOnly={readOnly}
            onChange={(change) => update(parameter.uid, change)}
            onRename={(key) => onChange(renameParameterKey(draft, parameter.uid, key))}
          />
          {!readOnly && (
            <Group justify="flex-end" gap="xs" mt="sm">
              <ActionIcon variant="default" aria-label={t('pricing.tariffs.moveUp')} disabled={index === 0} onClick={() => setParameters(moveItem(draft.parameters, index, -1))}>
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={t('pricing.tariffs.moveDown')}
                disabled={index === draft.parameters.length - 1}
                onClick={() => setParameters(moveItem(draft.parameters, index, 1))}
              >
                ↓
              </ActionIcon>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => setParameters(draft.parameters.filter((other) => other.uid !== parameter.uid))}
              >
                {t('pricing.tariffs.remove')}
              </Button>
            </Group>
          )}
        </Fieldset>
      ))}
      {!readOnly && (
        <Group>
          <Button variant="light" onClick={() => setParameters([...draft.parameters, newParameter()])} data-testid="tariff-add-parameter">
            {t('pricing.tariffs.parameters.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface ParameterEditorProps {
  parameter: DraftParameter;
  field: string;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (change: Partial<DraftParameter>) => void;
  onRename: (key: string) => void;
}

function ParameterEditor({ parameter, field, errors, readOnly, onChange, onRename }: ParameterEditorProps) {
  const { t } = useTranslation();
  const error = (name: string) => errors[`${field}.${name}`];
  const changeType = (type: TariffParameterType) => {
    const fresh = newParameter(type);
    onChange({ type, options: parameter.options.length ? parameter.options : fresh.options });
  };

  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <TextInput
          label={t('pricing.tariffs.parameters.key')}
          description={t('pricing.tariffs.parameters.keyHint')}
          value={parameter.key}
          onChange={(event) => onRename(event.currentTarget.value)}
          error={error('key')}
          readOnly={readOnly}
          data-testid="tariff-parameter-key"
        />
        <TextInput
          label={t('pricing.tariffs.parameters.label')}
          value={parameter.label}
          onChange={(event) => onChange({ label: event.currentTarget.value })}
          error={error('label')}
          readOnly={readOnly}
          data-testid="tariff-parameter-label"
        />
        <Select
          label={t('pricing.tariffs.parameters.type')}
          data={Object.values(TariffParameterType).map((value) => ({ value, label: t(`pricing.tariffs.parameterTypes.${value}`) }))}
          value={parameter.type}
          onChange={(value) => value && changeType(value as TariffParameterType)}
          allowDeselect={false}
          error={error('type')}
          disabled={readOnly}
          data-testid="tariff-parameter-type"
        />
        <Select
          label={t('pricing.tariffs.parameters.area')}
          data={SERVICE_AREAS.map((value) => ({ value, label: t(areaLabelKey(value)) }))}
          value={parameter.area}
          onChange={(value) => value && onChange({ area: value as ServiceArea })}
          allowDeselect={false}
          error={error('area')}
          disabled={readOnly}
        />
      </Group>
      {parameter.type === TariffParameterType.Number && (
        <Group grow align="flex-start">
          <NumberInput
            label={t('pricing.tariffs.parameters.included')}
            value={parameter.included}
            onChange={(included) => onChange({ included })}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            error={error('included')}
            readOnly={readOnly}
            data-testid="tariff-parameter-included"
          />
          <NumberInput
            label={t('pricing.tariffs.parameters.blockSize')}
            value={parameter.blockSize}
            onChange={(blockSize) => onChange({ blockSize })}
            min={1}
            allowDecimal={false}
            allowNegative={false}
            error={error('blockSize')}
            readOnly={readOnly}
            data-testid="tariff-parameter-blockSize"
          />
          <MoneyInput
            label={t('pricing.tariffs.parameters.pricePerBlock')}
            value={parameter.pricePerBlock}
            onChange={(pricePerBlock) => onChange({ pricePerBlock })}
            error={error('pricePerBlock')}
            readOnly={readOnly}
            testId="tariff-parameter-pricePerBlock"
          />
        </Group>
      )}
      {parameter.type === TariffParameterType.Flag && (
        <Group grow align="flex-start">
          <MoneyInput
            label={t('pricing.tariffs.parameters.price')}
            value={parameter.price}
            onChange={(price) => onChange({ price })}
            error={error('price')}
            readOnly={readOnly}
            testId="tariff-parameter-price"
          />
          {LEGAL_FORMS.map((legalForm) => (
            <MoneyInput
              key={legalForm}
              label={t('pricing.tariffs.parameters.priceFor', { form: t(`pricing.legalForms.${legalForm}`) })}
              placeholder={t('pricing.tariffs.parameters.priceForPlaceholder')}
              value={parameter.priceByLegalForm[legalForm]}
              onChange={(price) => onChange({ priceByLegalForm: { ...parameter.priceByLegalForm, [legalForm]: price } })}
              error={error(`priceByLegalForm.${legalForm}`)}
              readOnly={readOnly}
            />
          ))}
        </Group>
      )}
      {parameter.type === TariffParameterType.Choice && (
        <OptionsEditor parameter={parameter} field={field} errors={errors} readOnly={readOnly} onChange={onChange} />
      )}
    </Stack>
  );
}

function OptionsEditor({ parameter, field, errors, readOnly, onChange }: Omit<ParameterEditorProps, 'onRename'>) {
  const { t } = useTranslation();
  const setOptions = (options: DraftParameter['options']) => onChange({ options });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('pricing.tariffs.parameters.options')}
      </Text>
      {error(errors, `${field}.options`)}
      {parameter.options.map((option, index) => {
        const optionField = `${field}.options[${index}]`;
        const change = (patch: Partial<typeof option>) =>
          setOptions(parameter.options.map((other) => (other.uid === option.uid ? { ...other, ...patch } : other)));
        return (
          <Group key={option.uid} grow align="flex-start" gap="xs">
            <TextInput
              aria-label={t('pricing.tariffs.parameters.optionKey')}
              placeholder={t('pricing.tariffs.parameters.optionKey')}
              value={option.key}
              onChange={(event) => change({ key: event.currentTarget.value })}
              error={errors[`${optionField}.key`]}
              readOnly={readOnly}
            />
            <TextInput
              aria-label={t('pricing.tariffs.parameters.optionLabel')}
              placeholder={t('pricing.tariffs.parameters.optionLabel')}
              value={option.label}
              onChange={(event) => change({ label: event.currentTarget.value })}
              error={errors[`${optionField}.label`]}
              readOnly={readOnly}
            />
            <MoneyInput
              ariaLabel={t('pricing.tariffs.parameters.price')}
              value={option.price}
              onChange={(price) => change({ price })}
              error={errors[`${optionField}.price`]}
              readOnly={readOnly}
            />
            {!readOnly && (
              <Group gap={4} grow={false} style={{ flexGrow: 0 }}>
                <ActionIcon variant="default" aria-label={t('pricing.tariffs.moveUp')} disabled={index === 0} onClick={() => setOptions(moveItem(parameter.options, index, -1))}>
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('pricing.tariffs.remove')}
                  disabled={parameter.options.length === 1}
                  onClick={() => setOptions(parameter.options.filter((other) => other.uid !== option.uid))}
                >
                  ×
                </ActionIcon>
              </Group>
            )}
          </Group>
        );
      })}
      {!readOnly && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setOptions([...parameter.options, { uid: newUid(), key: '', label: '', price: '0' }])}>
            {t('pricing.tariffs.parameters.addOption')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function error(errors: Record<string, string>, field: string) {
  const message = errors[field];
  return message ? (
    <Text c="red" size="xs">
      {message}
    </Text>
  ) : null;
}

interface MoneyInputProps {
  label?: string;
  ariaLabel?: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  readOnly: boolean;
  testId?: string;
  suffix?: string;
}

/** An amount, percentage or factor kept as the text typed; checked as a decimal only on save. */
export function MoneyInput({ label, ariaLabel, placeholder, value, onChange, error, readOnly, testId, suffix = '₽' }: MoneyInputProps) {
  return (
    <TextInput
      label={label}
      aria-label={ariaLabel}
      placeholder={placeholder}
      inputMode="decimal"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      rightSection={<Text size="sm" c="dimmed">{suffix}</Text>}
      error={error}
      readOnly={readOnly}
      data-testid={testId}
    />
  );
}
