import { useQuery } from '@apollo/client/react';
import { Autocomplete, Text, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { OkvedInputQueryDocument } from '../../gql/graphql';

interface OkvedInputProps {
  value: string;
  error?: React.ReactNode;
  disabled?: boolean;
  onChange: (code: string) => void;
  /** A code was picked from the list (mouse or keyboard), with its title and the previously picked code's title */
  onPick: (code: string, title: string, previousTitle: string | null) => void;
}

// the server already matched codes and titles; the box must not drop title matches again
const keepAll: OptionsFilter = ({ options }) => options;

export function OkvedInput({ value, error, disabled, onChange, onPick }: OkvedInputProps) {
  const { t } = useTranslation();
  const [search] = useDebouncedValue(value.trim(), 250);
  const { data } = useQuery(OkvedInputQueryDocument, { variables: { search }, skip: search === '' });
  const codes = search === '' ? [] : (data?.okvedCodes ?? []);
  // every title seen so far, so a pick still finds its title (and the previous code's) after the list changed
  const seen = useRef(new Map<string, string>());
  for (const code of codes) seen.current.set(code.code, code.title);
  // the code the field held when it was opened, then the last one picked
  const picked = useRef(value.trim());

  const submit = (code: string) => {
    const previousTitle = picked.current ? (seen.current.get(picked.current) ?? null) : null;
    picked.current = code;
    onPick(code, seen.current.get(code) ?? '', previousTitle);
  };

  return (
    <Autocomplete
      label={t('leads.fields.okvedCode')}
      placeholder={t('leads.form.okvedHint')}
      value={value}
      onChange={onChange}
      data={codes.map((code) => code.code)}
      filter={keepAll}
      onOptionSubmit={submit}
      renderOption={({ option }) => (
        <Text size="sm">
          <b>{option.value}</b> {seen.current.get(option.value)}
        </Text>
      )}
      error={error}
      disabled={disabled}
      data-testid="lead-okvedCode"
    />
  );
}
