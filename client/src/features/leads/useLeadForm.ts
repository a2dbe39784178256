import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LEAD_TEXT_LIMITS, leadFieldErrors, leadFormProblems, type LeadFormValues } from './leadForm';

export type LeadFormApi = UseFormReturnType<LeadFormValues>;

/** The lead form's state: the form's own checks in `validate`, the server's under the same fields. */
export function useLeadForm(initialValues: () => LeadFormValues): LeadFormApi {
  const { t } = useTranslation();
  return useForm<LeadFormValues>({
    initialValues: initialValues(),
    validate: (values) =>
      Object.fromEntries(Object.entries(leadFormProblems(values)).map(([field, problem]) => [field, t(problem.key, problem.values)])),
    // what needs no server is checked as the user types (names, lengths) or leaves the field (INN, phone,
    // e-mail: half-typed values are not errors yet); any other change clears that field's error, the server's too
    validateInputOnChange: [...Object.keys(LEAD_TEXT_LIMITS)] as (keyof LeadFormValues)[],
    validateInputOnBlur: ['inn', 'phone', 'email'],
  });
}

/**
 * Shows a refused save's field problems under the lead's fields (`inn`, `extra.size`: extra
 * fields keep their prefix, so they never clash with built-in ones).
 */
export const showLeadFieldErrors = (form: LeadFormApi, error: unknown) => form.setErrors(leadFieldErrors(error));
