import { Checkbox, NumberInput, Select, TextInput } from '@mantine/core';
import { LeadFieldType } from '../../gql/graphql';
import type { LeadFieldDefinition } from './useLeadOptions';
import { DayInput } from '../../kernel/ui/DayInput';

interface ExtraFieldInputProps {
  field: LeadFieldDefinition;
  value: unknown;
  error?: React.ReactNode;
  disabled?: boolean;
  onChange: (value: unknown) => void;
}

/** One firm-defined field of the lead card, by its type. */
export function ExtraFieldInput({ field, value, error, disabled, onChange }: ExtraFieldInputProps) {
  const common = { label: field.label, error, disabled, 'data-testid': `lead-extra-${field.key}` };
  switch (field.type) {
    case LeadFieldType.Boolean:
      return (
        <Checkbox
          {...common}
          mt="xl"
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
    case LeadFieldType.Number:
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={onChange}
          decimalSeparator=","
          allowDecimal
        />
      );
    case LeadFieldType.Choice:
      return (
        <Select
          {...common}
          data={field.options}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          clearable
        />
      );
    case LeadFieldType.Date:
      return (
        <DayInput {...common} value={typeof value === 'string' ? value : ''} onChange={onChange} clearable />
      );
    default:
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
