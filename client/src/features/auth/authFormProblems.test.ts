import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import ru from '../../kernel/i18n/ru.json';
import en from '../../kernel/i18n/en.json';
import { acceptInviteProblems, MAX_PASSWORD_LENGTH, passwordProblem, signUpProblems } from './authFormProblems';
import { changePasswordMessageKey, changePasswordProblems, EMPTY_CHANGE_PASSWORD, MIN_PASSWORD_LENGTH } from './changePasswordForm';

const valid = { firmName: 'ООО «Счёт»', name: 'Анна', email: 'anna@example.ru', password: 'long enough' };

describe('password problems', () => {
  it.each([
    ['', { key: 'auth.problems.passwordRequired' }],
    ['short77', { key: 'auth.problems.passwordTooShort', values: { min: MIN_PASSWORD_LENGTH } }],
    ['x'.repeat(MIN_PASSWORD_LENGTH), null],
    ['x'.repeat(MAX_PASSWORD_LENGTH), null],
    ['x'.repeat(MAX_PASSWORD_LENGTH + 1), { key: 'auth.problems.passwordTooLong', values: { max: MAX_PASSWORD_LENGTH } }],
  ])('%j', (password, problem) => {
    expect(passwordProblem(password)).toEqual(problem);
  });
});

describe('sign-up problems', () => {
  it.each([
    ['all filled', {}, {}],
    ['no firm name', { firmName: '  ' }, { firmName: { key: 'auth.problems.firmNameRequired' } }],
    ['no name', { name: '' }, { name: { key: 'auth.problems.nameRequired' } }],
    ['a one-letter name', { name: 'А' }, { name: { key: 'auth.problems.tooShort', values: { min: 2 } } }],
    ['a long firm name', { firmName: 'Я'.repeat(201) }, { firmName: { key: 'auth.problems.tooLong', values: { max: 200 } } }],
    ['no e-mail', { email: '' }, { email: { key: 'auth.problems.emailRequired' } }],
    ['a bad e-mail', { email: 'anna@' }, { email: { key: 'auth.problems.email' } }],
    ['a short password', { password: 'abc' }, { password: { key: 'auth.problems.passwordTooShort', values: { min: 8 } } }],
  ])('%s', (_case, change, problems) => {
    expect(signUpProblems({ ...valid, ...change })).toEqual(problems);
  });
});

describe('accept-invite problems', () => {
  it.each([
    ['both match', 'long enough', 'long enough', {}],
    ['nothing typed', '', '', { password: { key: 'auth.problems.passwordRequired' }, repeat: { key: 'auth.problems.repeatRequired' } }],
    ['repeat differs', 'long enough', 'long enougH', { repeat: { key: 'auth.problems.passwordsDiffer' } }],
    ['too short', 'short', 'short', { password: { key: 'auth.problems.passwordTooShort', values: { min: 8 } } }],
  ])('%s', (_case, password, repeat, problems) => {
    expect(acceptInviteProblems({ password, repeat })).toEqual(problems);
  });
});

describe('messages', () => {
  it('say what is missing and the number, in Russian and English', async () => {
    const t = i18n.createInstance();
    await t.init({ lng: 'ru', resources: { ru: { translation: ru }, en: { translation: en } } });
    const text = (problem: { key: string; values?: Record<string, number> } | undefined) => t.t(problem!.key, problem!.values);
    const empty = signUpProblems({ firmName: '', name: '', email: '', password: 'short' });
    expect(text(empty.firmName)).toBe('Укажите название фирмы');
    expect(text(empty.password)).toBe('Пароль должен быть не короче 8 символов');
    expect(t.t(changePasswordMessageKey('currentPassword', 'required'))).toBe('Введите текущий пароль');
    await t.changeLanguage('en');
    expect(text(empty.firmName)).toBe("Enter the firm's name");
    expect(text(passwordProblem('x'.repeat(200))!)).toBe('The password must be at most 128 characters');
  });

  it.each([
    ['currentPassword', 'required', 'auth.changePassword.problems.currentPasswordRequired'],
    ['newPassword', 'required', 'auth.changePassword.problems.newPasswordRequired'],
    ['repeat', 'required', 'auth.changePassword.problems.repeatRequired'],
    ['newPassword', 'tooShort', 'auth.changePassword.problems.tooShort'],
    ['repeat', 'differ', 'auth.changePassword.problems.differ'],
  ] as const)('change password: %s %s → %s', (field, problem, key) => {
    expect(changePasswordMessageKey(field, problem)).toBe(key);
  });

  it('every change-password problem has a message', () => {
    for (const [field, problem] of Object.entries(changePasswordProblems(EMPTY_CHANGE_PASSWORD))) {
      expect(ru.auth.changePassword.problems).toHaveProperty(changePasswordMessageKey(field as 'repeat', problem).split('.').pop()!);
    }
  });
});
