import { Text, TextInput, type TextInputProps } from '@mantine/core';

interface MoneyInputProps extends Omit<TextInputProps, 'rightSection'> {
  testId?: string;
  /** what the number is: ₽ (default), % or × */
  suffix?: string;
}

/** An amount, percentage or factor kept as the text typed; checked as a decimal only on save. */
export function MoneyInput({ testId, suffix = '₽', ...props }: MoneyInputProps) {
  return (
    <TextInput
      inputMode="decimal"
      rightSection={
        <Text size="sm" c="dimmed">
          {suffix}
        </Text>
      }
      data-testid={testId}
      {...props}
    />
  );
}
