import type { TFunction } from 'i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { leadFieldErrors } from './leadForm';

export interface LeadSaveErrors {
  fields: Record<string, string>;
  conflict: boolean;
  /** Shown above the save button when no field carries the problem */
  general?: string;
}

/** Splits a create/update error into messages under inputs, the CONFLICT case and one general line. */
export function leadSaveErrors(error: unknown, t: TFunction): LeadSaveErrors {
  if (!error) return { fields: {}, conflict: false };
  const code = errorCode(error);
  if (code === 'CONFLICT') return { fields: {}, conflict: true };
  const fields = leadFieldErrors(error);
  if (code === 'BAD_USER_INPUT' && Object.keys(fields).length > 0) return { fields, conflict: false };
  return { fields, conflict: false, general: errorMessage(error, t) };
}
