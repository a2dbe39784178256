import type { EntryKind, LogEntryInput } from '../../gql/graphql';
import { dateTimeFormat } from '../../kernel/i18n/format';

export type LoggableKind = Extract<EntryKind, 'CALL' | 'MEETING' | 'NOTE'>;

export interface EntryFormValues {
  /** YYYY-MM-DD and HH:MM on the reader's clock; both empty: now. */
  day: string;
  time: string;
  direction: 'INCOMING' | 'OUTGOING';
  contactName: string;
  summary: string;
  result: string;
  promised: boolean;
  followUpTitle: string;
  followUpOwnerId: string;
  followUpDate: string;
  followUpTime: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isWallTime = (time: string): boolean => TIME.test(time);

export function emptyEntry(ownerId: string, today: string): EntryFormValues {
  return {
    day: '',
    time: '',
    direction: 'OUTGOING',
    contactName: '',
    summary: '',
    result: '',
    promised: false,
    followUpTitle: '',
    followUpOwnerId: ownerId,
    followUpDate: today,
    followUpTime: '10:00',
  };
}

/** The problems of a form, by field (message keys under `correspondence.dialog`). */
export function entryProblems(values: EntryFormValues): Partial<Record<keyof EntryFormValues, 'required' | 'timeFormat'>> {
  const problems: Partial<Record<keyof EntryFormValues, 'required' | 'timeFormat'>> = {};
  if (!values.summary.trim()) problems.summary = 'required';
  if (values.time && !isWallTime(values.time)) problems.time = 'timeFormat';
  if (values.time && !values.day) problems.day = 'required';
  if (values.promised) {
    if (!values.followUpTitle.trim()) problems.followUpTitle = 'required';
    if (!values.followUpDate) problems.followUpDate = 'required';
    if (!isWallTime(values.followUpTime)) problems.followUpTime = 'timeFormat';
  }
  return problems;
}

/** Whose timeline: a lead's or a client's. */
export interface TimelineSubjectRef {
  leadId?: string;
  clientId?: string;
}

/** The mutation's input from a valid form: the moment typed on the reader's clock, or none (now). */
export function entryInput(subject: TimelineSubjectRef, kind: LoggableKind, values: EntryFormValues): LogEntryInput {
  const occurredAt = values.day ? new Date(`${values.day}T${values.time || '12:00'}:00`).toISOString() : null;
  return {
    ...(subject.clientId ? { clientId: subject.clientId } : { leadId: subject.leadId }),
    kind,
    occurredAt,
    direction: kind === 'NOTE' ? null : values.direction,
    contactName: kind === 'NOTE' ? null : values.contactName.trim() || null,
    summary: values.summary.trim(),
    result: kind === 'NOTE' ? null : values.result.trim() || null,
    followUp: values.promised
      ? { title: values.followUpTitle.trim(), ownerId: values.followUpOwnerId || null, dueDate: values.followUpDate, dueTime: values.followUpTime }
      : null,
  };
}

/** A moment in the reader's language on the firm's clock. */
export function formatMoment(iso: string, language: string, timeZone: string): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}
