import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../../kernel/apollo/errors';
import { AcceptInvitePageAcceptInviteDocument } from '../../gql/graphql';
import { AuthCard } from './AuthCard';
import { acceptInviteProblems, type AuthProblem } from './authFormProblems';
import { formErrors } from './formError';
import { useSignIn } from './useSignIn';

// the server's answers for an unknown, used or expired invitation token
const INVALID_INVITE_CODES = new Set(['NOT_FOUND', 'UNAUTHENTICATED']);

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const signIn = useSignIn();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  // the password is checked as it is typed; the repeat once it is left (or on submit)
  const [passwordEdited, setPasswordEdited] = useState(false);
  const [repeatLeft, setRepeatLeft] = useState(false);
  // the server's message under the password goes once the password is changed
  const [editedSinceAnswer, setEditedSinceAnswer] = useState(false);
  const [acceptInvite, { loading, error }] = useMutation(AcceptInvitePageAcceptInviteDocument);

  const errors = formErrors(error, t, ['password']);
  const code = errorCode(error);
  const general = code && INVALID_INVITE_CODES.has(code) ? t('auth.invite.invalid') : errors.general;
  const problems = acceptInviteProblems({ password, repeat });
  const message = (problem: AuthProblem | undefined, shown: boolean) => (problem && shown ? t(problem.key, problem.values) : undefined);
  const passwordError =
    message(problems.password, submitted || passwordEdited) ?? (editedSinceAnswer ? undefined : errors.fields.password);
  const repeatError = message(problems.repeat, submitted || repeatLeft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    setEditedSinceAnswer(false);
    const { data } = await acceptInvite({ variables: { token, password } }).catch(() => ({ data: undefined }));
    if (data) signIn(data.acceptInvite.token);
  };

  return (
    <AuthCard title={t('auth.invite.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light">{t('auth.invite.intro')}</Alert>
          <PasswordInput
            label={t('auth.invite.password')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              setPasswordEdited(true);
              setEditedSinceAnswer(true);
            }}
            error={passwordError}
            data-testid="password"
          />
          <PasswordInput
            label={t('auth.invite.passwordRepeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            onBlur={() => setRepeatLeft(true)}
            error={repeatError}
            data-testid="password-repeat"
          />
          {general && <Alert color="red">{general}</Alert>}
          <Button type="submit" loading={loading} data-testid="accept-invite-submit">
            {t('auth.invite.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
