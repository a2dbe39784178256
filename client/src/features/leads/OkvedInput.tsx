import { useQuery } from '@apollo/client/react';
import { Autocomplete, Text, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { OkvedInputQueryDocument } from '../../gql/graphql';

interface OkvedInputProps {
  value: string;
  error?: React.ReactNode;
  disabled?: boolean;
  onChange: (code: string) => void;
  /** A code was picked from the list, with its title */
  onPick: (code: string, title: string) => void;
}

// the server already matched codes and titles; the box must not drop title matches again
const keepAll: OptionsFilter = ({ options }) => options;

export function OkvedInput({ value, error, disabled, onChange, onPick }: OkvedInputProps) {
  const { t } = useTranslation();
  const [search] = useDebouncedValue(value.trim(), 250);
  const { data } = useQuery(OkvedInputQueryDocument, { variables: { search }, skip: search === '' });
  const codes = search === '' ? [] : (data?.okvedCodes ?? []);
  const titles = Object.fromEntries(codes.map((code) => [code.code, code.title]));

  return (
    <Autocomplete
      label={t('leads.fields.okvedCode')}
      placeholder={t('leads.form.okvedHint')}
      value={value}
      onChange={onChange}
      data={codes.map((code) => code.code)}
      filter={keepAll}
      onOptionSubmit={(code) => onPick(code, titles[code] ?? '')}
      renderOption={({ option }) => (
        <Text size="sm">
          <b>{option.value}</b> {titles[option.value]}
        </Text>
      )}
      error={error}
      disabled={disabled}
      data-testid="lead-okvedCode"
    />
  );
}
