import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../../kernel/apollo/errors';
import { AcceptInvitePageAcceptInviteDocument } from '../../gql/graphql';
import { AuthCard } from './AuthCard';
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
  const [acceptInvite, { loading, error }] = useMutation(AcceptInvitePageAcceptInviteDocument);

  const errors = formErrors(error, t, ['password']);
  const code = errorCode(error);
  const general = code && INVALID_INVITE_CODES.has(code) ? t('auth.invite.invalid') : errors.general;
  const mismatch = submitted && password !== repeat ? t('auth.invite.passwordsDiffer') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (password !== repeat) return;
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
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.fields.password}
            data-testid="password"
          />
          <PasswordInput
            label={t('auth.invite.passwordRepeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={mismatch}
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
