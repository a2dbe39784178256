import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';
import { parseDay } from '../i18n/format';

export interface DayInputProps extends Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'> {
  /** YYYY-MM-DD, or '' / null for none. */
  value?: string | null;
  /** YYYY-MM-DD, or '' when cleared. */
  onChange?: (day: string) => void;
}

/**
 * A calendar day picked from a calendar or typed, always shown and read as ДД.ММ.ГГГГ whatever
 * the browser's locale (a native date input follows the operating system's). Months and weekdays
 * are named in the reader's language; weeks start on Monday.
 */
export function DayInput({ value, onChange, readOnly, ...props }: DayInputProps) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      placeholder="ДД.ММ.ГГГГ"
      {...props}
      readOnly={readOnly}
      // read-only: the value is shown, no calendar opens
      popoverProps={readOnly ? { disabled: true } : props.popoverProps}
      value={value || null}
      onChange={(day) => onChange?.(day ?? '')}
      valueFormat="DD.MM.YYYY"
      dateParser={(text) => parseDay(text)}
      locale={i18n.language === 'en' ? 'en' : 'ru'}
      firstDayOfWeek={1}
      clearable={!readOnly && props.clearable}
    />
  );
}
