import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, Tabs, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../kernel/apollo/errors';
import { LoginPageLoginDocument, LoginPageSignUpDocument } from '../../gql/graphql';
import { AuthCard } from './AuthCard';
import { signUpProblems, type SignUpValues } from './authFormProblems';
import { formErrors } from './formError';
import { useSignIn } from './useSignIn';

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <AuthCard>
      {/* inactive forms unmount, so the shared test ids (email, password) stay unique */}
      <Tabs defaultValue="login" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="login" data-testid="tab-login">
            {t('auth.loginTab')}
          </Tabs.Tab>
          <Tabs.Tab value="signup" data-testid="tab-signup">
            {t('auth.signUpTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="login" pt="md">
          <LoginForm />
        </Tabs.Panel>
        <Tabs.Panel value="signup" pt="md">
          <SignUpForm />
        </Tabs.Panel>
      </Tabs>
    </AuthCard>
  );
}

function LoginForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginPageLoginDocument);

  const errors = formErrors(error, t, ['email', 'password']);
  const general = errorCode(error) === 'UNAUTHENTICATED' ? t('auth.invalidCredentials') : errors.general;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await login({ variables: { email, password } }).catch(() => ({ data: undefined }));
    if (data) signIn(data.login.token);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.fields.email}
          data-testid="email"
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.fields.password}
          data-testid="password"
        />
        {general && <Alert color="red">{general}</Alert>}
        <Button type="submit" loading={loading} data-testid="login-submit">
          {t('auth.loginSubmit')}
        </Button>
      </Stack>
    </form>
  );
}

function SignUpForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [input, setInput] = useState<SignUpValues>({ firmName: '', name: '', email: '', password: '' });
  // fields the user has typed in (checked as they type) and edited since the server's answer (its message is gone)
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [editedSinceAnswer, setEditedSinceAnswer] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [signUp, { loading, error }] = useMutation(LoginPageSignUpDocument);

  const errors = formErrors(error, t, Object.keys(input));
  const problems = signUpProblems(input);
  const fieldError = (name: keyof SignUpValues) => {
    const own = problems[name];
    if (own && (submitted || edited.has(name))) return t(own.key, own.values);
    return editedSinceAnswer.has(name) ? undefined : errors.fields[name];
  };
  const field = (name: keyof SignUpValues) => ({
    value: input[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const { value } = event.currentTarget;
      setInput((current) => ({ ...current, [name]: value }));
      setEdited((current) => new Set(current).add(name));
      setEditedSinceAnswer((current) => new Set(current).add(name));
    },
    error: fieldError(name),
    required: true,
    'data-testid': name,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    setEditedSinceAnswer(new Set());
    const { data } = await signUp({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) signIn(data.signUp.token);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('auth.firmName')} autoComplete="organization" {...field('firmName')} />
        <TextInput label={t('auth.name')} autoComplete="name" {...field('name')} />
        <TextInput label={t('auth.email')} type="email" autoComplete="username" {...field('email')} />
        <PasswordInput label={t('auth.password')} autoComplete="new-password" {...field('password')} />
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <Button type="submit" loading={loading} data-testid="signup-submit">
          {t('auth.signUpSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
