import { Alert, Anchor, Button, PasswordInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@dengon/domain';
import { Link } from 'react-router';
import { formFields } from '../forms/form-field';
import { authRequest } from '../session/auth-request';
import { resetPasswordWithLinkMutation } from '../session/documents';
import { errorKey, type ErrorKey } from '../session/errors';
import { SignedOutForm, SignedOutFrame } from './SignInPage';

/** The e-mailed link's page: its token rides in the fragment (#token=…), never sent to a server log. */
export function ResetPasswordPage({ title }: { title: string }) {
  const { t } = useTranslation();
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ErrorKey | 'passwordsDiffer'>();
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = formFields(event);
    const password = field('password');
    setError(undefined);
    if (password !== field('again')) return setError('passwordsDiffer');
    setSubmitting(true);
    try {
      await authRequest(resetPasswordWithLinkMutation, {
        token: token ?? '',
        newPassword: password,
      });
      setDone(true);
    } catch (failure) {
      setError(errorKey(failure));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <SignedOutFrame title={title}>
      <SignedOutForm onSubmit={submit}>
        <Title order={2} size="h4">
          {t('signIn.resetTitle')}
        </Title>
        {done ? (
          <Alert color="green" variant="light" role="status">
            {t('signIn.resetDone')}
          </Alert>
        ) : (
          <>
            {(error || !token) && (
              <Alert color="red" variant="light">
                {error === 'passwordsDiffer'
                  ? t('signIn.passwordsDiffer')
                  : t(`errors.${error ?? 'resetLinkInvalid'}`)}
              </Alert>
            )}
            <PasswordInput
              label={t('signIn.newPassword', { min: MIN_PASSWORD_LENGTH })}
              name="password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD_LENGTH}
              required
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            />
            <PasswordInput
              label={t('signIn.newPasswordAgain')}
              name="again"
              autoComplete="new-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
            />
            <Button type="submit" loading={submitting} disabled={!token} fullWidth>
              {t('signIn.resetSubmit')}
            </Button>
          </>
        )}
        <Anchor component={Link} to="/" size="sm">
          {t('signIn.backToSignIn')}
        </Anchor>
      </SignedOutForm>
    </SignedOutFrame>
  );
}
