/** What the «Сменить пароль» dialog holds. */
export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** The server's own minimum; it also refuses guessable passwords (PASSWORD_TOO_WEAK). */
export const MIN_PASSWORD_LENGTH = 8;

/** Why a field cannot be sent; a translation key under `auth.changePassword.problems`. */
export type ChangePasswordProblem = 'required' | 'tooShort' | 'differ' | 'same';

export const EMPTY_CHANGE_PASSWORD: ChangePasswordValues = { currentPassword: '', newPassword: '', repeat: '' };

/** The problems found before sending, by field; empty when the form may be sent. */
export function changePasswordProblems(values: ChangePasswordValues): Partial<Record<keyof ChangePasswordValues, ChangePasswordProblem>> {
  const problems: Partial<Record<keyof ChangePasswordValues, ChangePasswordProblem>> = {};
  if (values.currentPassword === '') problems.currentPassword = 'required';
  if (values.newPassword === '') problems.newPassword = 'required';
  else if (values.newPassword.length < MIN_PASSWORD_LENGTH) problems.newPassword = 'tooShort';
  else if (values.newPassword === values.currentPassword) problems.newPassword = 'same';
  if (values.repeat === '') problems.repeat = 'required';
  else if (values.repeat !== values.newPassword) problems.repeat = 'differ';
  return problems;
}

/** The translation key of a field's problem: a missing field says which one («Введите текущий пароль»). */
export function changePasswordMessageKey(field: keyof ChangePasswordValues, problem: ChangePasswordProblem): string {
  return problem === 'required' ? `auth.changePassword.problems.${field}Required` : `auth.changePassword.problems.${problem}`;
}
