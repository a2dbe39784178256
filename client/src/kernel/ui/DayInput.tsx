import { TextInput } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { formatDay } from '../i18n/format';
import type { DayInputProps } from './DayPicker';

export type { DayInputProps };

// the calendar, dayjs and their styles load with the first date field shown, not with the app
const DayPicker = lazy(() => import('./DayPicker'));

/**
 * A calendar day picked from a calendar or typed, always shown and read as ДД.ММ.ГГГГ whatever
 * the browser's locale (a native date input follows the operating system's). Months and weekdays
 * are named in the reader's language; weeks start on Monday. Until the picker has loaded, the
 * same field shows the day as text.
 */
export function DayInput(props: DayInputProps) {
  const { label, description, error, w, value } = props;
  return (
    <Suspense fallback={<TextInput label={label} description={description} error={error} w={w} value={value ? formatDay(value) : ''} placeholder="ДД.ММ.ГГГГ" readOnly />}>
      <DayPicker {...props} />
    </Suspense>
  );
}
