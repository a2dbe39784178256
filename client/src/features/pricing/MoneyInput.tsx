import { Text, TextInput, type TextInputProps } from '@mantine/core';

interface MoneyInputProps extends Omit<TextInputProps, 'rightSection'> {
  testId?: string;
  /** what the number is: ₽ (default) or %, after it */
  suffix?: string;
  /** written before the number instead: × for a multiplier («×1,1») */
  prefix?: string;
}

/** An amount, percentage or factor kept as the text typed; checked as a decimal only on save. */
export function MoneyInput({ testId, suffix = '₽', prefix, ...props }: MoneyInputProps) {
  const sign = (
    <Text size="sm" c="dimmed">
      {prefix ?? suffix}
    </Text>
  );
  return (
    <TextInput
      inputMode="decimal"
      {...(prefix ? { leftSection: sign } : { rightSection: sign })}
      data-testid={testId}
      {...props}
    />
  );
}
