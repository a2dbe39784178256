import { CombinedGraphQLErrors } from '@apollo/client';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import ru from '../i18n/ru.json';
import { errorCode, errorMessage, fieldErrors } from './errors';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions }] });

describe('reading server errors', () => {
  it('maps BAD_USER_INPUT fields to form fields by their last path segment', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.email', message: 'Адрес уже занят' },
        { field: 'password', message: 'Слишком короткий' },
      ],
    });
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(error)).toEqual({ email: 'Адрес уже занят', password: 'Слишком короткий' });
  });

  it('recognises rate limiting and ignores unknown codes and network errors', () => {
    expect(errorCode(graphQLError({ code: 'TOO_MANY_REQUESTS' }))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(graphQLError({ code: 'SOMETHING_ELSE' }))).toBeUndefined();
    expect(errorCode(new Error('Failed to fetch'))).toBeUndefined();
    expect(fieldErrors(new Error('Failed to fetch'))).toEqual({});
  });
});

describe('messages for the user', () => {
  it('tell how long to wait when rate limited', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ru', resources: { ru: { translation: ru } } });
    const error = graphQLError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 29.2 });
    expect(errorMessage(error, i18n.t)).toBe('Слишком много попыток. Попробуйте снова через 30 с.');
    expect(errorMessage(new Error('Failed to fetch'), i18n.t)).toBe(ru.errors.network);
  });
});

describe('field messages in the user language', () => {
  const error = graphQLError({
    code: 'BAD_USER_INPUT',
    fields: [
      { field: 'input.inn', message: 'INN checksum does not match — check the digits', code: 'INN_CHECKSUM' },
      { field: 'input.notes', message: 'Something new', code: 'NOT_TRANSLATED_YET' },
    ],
  });

  it('translates a known code, and keeps the server words for an unknown one', async () => {
    await i18next.init({ lng: 'ru', resources: { ru: { translation: ru } } });
    expect(fieldErrors(error)).toEqual({ inn: ru.validation.INN_CHECKSUM, notes: 'Something new' });
  });

  it('shows the server words in English, which are the most specific', async () => {
    await i18next.changeLanguage('en');
    expect(fieldErrors(error).inn).toBe('INN checksum does not match — check the digits');
  });
});
