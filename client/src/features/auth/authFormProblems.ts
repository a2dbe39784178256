import { MIN_PASSWORD_LENGTH } from './changePasswordForm';

/** The server's limits for signing up and passwords (server/src/modules/auth/auth.inputs.ts). */
export const MAX_PASSWORD_LENGTH = 128;
export const NAME_LENGTH = { min: 2, max: 200 } as const;

/** A problem found before sending: a translation key under `auth.problems` and the numbers its text names. */
export interface AuthProblem {
  key: string;
  values?: Record<string, number>;
}

const problem = (key: string, values?: Record<string, number>): AuthProblem => (values ? { key: `auth.problems.${key}`, values } : { key: `auth.problems.${key}` });

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/u;

/** A new password's problem: missing, shorter or longer than the server allows. */
export function passwordProblem(password: string): AuthProblem | null {
  if (password === '') return problem('passwordRequired');
  if (password.length < MIN_PASSWORD_LENGTH) return problem('passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return problem('passwordTooLong', { max: MAX_PASSWORD_LENGTH });
  return null;
}

function nameProblem(value: string, requiredKey: string): AuthProblem | null {
  const text = value.trim();
  if (text === '') return problem(requiredKey);
  if (text.length < NAME_LENGTH.min) return problem('tooShort', { min: NAME_LENGTH.min });
  if (text.length > NAME_LENGTH.max) return problem('tooLong', { max: NAME_LENGTH.max });
  return null;
}

export interface SignUpValues {
  firmName: string;
  name: string;
  email: string;
  password: string;
}

/** What «Регистрация фирмы» checks before sending, by field. */
export function signUpProblems(values: SignUpValues): Partial<Record<keyof SignUpValues, AuthProblem>> {
  const problems: Partial<Record<keyof SignUpValues, AuthProblem>> = {};
  const firmName = nameProblem(values.firmName, 'firmNameRequired');
  if (firmName) problems.firmName = firmName;
  const name = nameProblem(values.name, 'nameRequired');
  if (name) problems.name = name;
  if (values.email.trim() === '') problems.email = problem('emailRequired');
  else if (!EMAIL_SHAPE.test(values.email.trim())) problems.email = problem('email');
  const password = passwordProblem(values.password);
  if (password) problems.password = password;
  return problems;
}

/** What accepting an invitation checks before sending: the new password and its repeat. */
export function acceptInviteProblems(values: { password: string; repeat: string }): Partial<Record<'password' | 'repeat', AuthProblem>> {
  const problems: Partial<Record<'password' | 'repeat', AuthProblem>> = {};
  const password = passwordProblem(values.password);
  if (password) problems.password = password;
  if (values.repeat === '') problems.repeat = problem('repeatRequired');
  else if (values.repeat !== values.password) problems.repeat = problem('passwordsDiffer');
  return problems;
}
