import type { TFunction } from 'i18next';
import { errorCode, errorMessage, fieldErrors } from '../../kernel/apollo/errors';

export interface FormErrors {
  fields: Record<string, string>;
  /** Shown above the submit button when no field carries the problem. */
  general?: string;
}

/** Splits a mutation error into per-field messages and one general message. */
export function formErrors(error: unknown, t: TFunction, formFields: readonly string[]): FormErrors {
  if (!error) return { fields: {} };
  const fields = fieldErrors(error);
  const placed = Object.keys(fields).some((field) => formFields.includes(field));
  if (errorCode(error) === 'BAD_USER_INPUT' && placed) return { fields };
  return { fields, general: errorMessage(error, t) };
}
