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

/** The date picker behind DayInput, in its own chunk with dayjs and the calendar's styles. */
export default function DayPicker({ value, onChange, readOnly, ...props }: DayInputProps) {
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
