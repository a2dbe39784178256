import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formHasPath, setServerFieldErrors } from './serverErrors';

const badInput = (fields: { field: string; message: string }[]) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] });

describe('server field errors on a form', () => {
  it('finds nested paths and refuses missing ones', () => {
    const values = { title: '', extra: { marketplace: 'x' }, contacts: [{ email: '' }] };
    expect(formHasPath(values, 'title')).toBe(true);
    expect(formHasPath(values, 'extra.marketplace')).toBe(true);
    expect(formHasPath(values, 'contacts.0.email')).toBe(true);
    expect(formHasPath(values, 'extra.other')).toBe(false);
    expect(formHasPath(values, 'dueDate')).toBe(false);
  });

  it('sets the messages of known fields and returns the rest', () => {
    const set: Record<string, string> = {};
    const form = { getValues: () => ({ title: 'a', extra: { size: '1' } }), setFieldError: (path: never, message: string) => (set[path] = message) };
    const result = setServerFieldErrors(
      form,
      badInput([
        { field: 'input.title', message: 'title is too long' },
        { field: 'input.extra.size', message: 'size must be a number' },
        { field: 'input.version', message: 'stale' },
      ]),
      (field) => field.replace(/^input\./, ''),
    );
    expect(set).toEqual({ title: 'title is too long', 'extra.size': 'size must be a number' });
    expect(result).toEqual({ matched: 2, unmatched: ['stale'] });
  });
});
