import { fieldErrorsBy } from '../apollo/errors';

/** The part of a `@mantine/form` form that takes the server's field messages. */
interface FormWithFieldErrors {
  setFieldError: (path: never, error: string) => void;
  getValues: () => unknown;
}

const lastSegment = (field: string) => field.split('.').pop()!;

/** Whether `path` (`title`, `extra.marketplace`, `contacts.0.email`) names a value the form holds. */
export function formHasPath(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * Puts the field messages of a BAD_USER_INPUT error under the form's fields (`form.setFieldError`).
 * `keyOf` maps the server's path (`input.title`) to the form's; the default keeps its last segment.
 * Returns how many fields got a message and the messages that match no field (for a general line).
 */
export function setServerFieldErrors(
  form: FormWithFieldErrors,
  error: unknown,
  keyOf: (field: string) => string = lastSegment,
): { matched: number; unmatched: string[] } {
  let matched = 0;
  const unmatched: string[] = [];
  const values = form.getValues();
  for (const [path, message] of Object.entries(fieldErrorsBy(error, keyOf))) {
    if (formHasPath(values, path)) {
      form.setFieldError(path as never, message);
      matched += 1;
    } else unmatched.push(message);
  }
  return { matched, unmatched };
}
