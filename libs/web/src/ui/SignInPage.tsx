import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formFields } from '../forms/form-field';
import { authRequest } from '../session/auth-request';
import { requestPasswordResetMutation } from '../session/documents';
import { errorKey, type ErrorKey } from '../session/errors';
import { useSession } from '../session/SessionProvider';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of the screens before sign-in: the app's name, the language, one card. */
export function SignedOutFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container size={420} py="xl">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Title order={1} size="h3" ta="center" mt="xl">
        {title}
      </Title>
      {children}
    </Container>
  );
}

/** The one card of a screen before sign-in, a form. */
export function SignedOutForm({
  onSubmit,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <Paper
      component="form"
      onSubmit={(event: FormEvent<HTMLFormElement>) => void onSubmit(event)}
      withBorder
      shadow="sm"
      p="xl"
      mt="lg"
      radius="md"
    >
      <Stack>{children}</Stack>
    </Paper>
  );
}

/** The one-time code of two-factor sign-in: six digits, filled in by the phone where it can. */
export function OneTimeCodeInput(props: {
  label: string;
  description?: string;
  error?: ReactNode;
}) {
  return (
    <TextInput
      {...props}
      name="code"
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]{6}"
      maxLength={6}
      required
    />
  );
}

export function SignInPage({ title, notice }: { title: string; notice?: ErrorKey }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [error, setError] = useState<ErrorKey>();
  const [submitting, setSubmitting] = useState(false);
  // Asked for once the password was right and the account signs in with a one-time code.
  const [askCode, setAskCode] = useState(false);
  const [forgot, setForgot] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = formFields(event);
    setError(undefined);
    setSubmitting(true);
    try {
      await session.signIn(field('email'), field('password'), field('code'));
    } catch (failure) {
      const key = errorKey(failure);
      if (key === 'codeRequired') setAskCode(true);
      setError(key);
    } finally {
      setSubmitting(false);
    }
  }

  if (forgot)
    return (
      <SignedOutFrame title={title}>
        <ForgotPassword onBack={() => setForgot(false)} />
      </SignedOutFrame>
    );

  // A refused role or an expired session arrives as a notice from the session itself.
  const message = error ?? notice;

  return (
    <SignedOutFrame title={title}>
      <SignedOutForm onSubmit={submit}>
        {message && (
          <Alert color={message === 'codeRequired' ? 'blue' : 'red'} variant="light">
            {t(`errors.${message}`)}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
        />
        <PasswordInput
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
        {askCode && (
          <OneTimeCodeInput label={t('signIn.code')} description={t('signIn.codeHint')} />
        )}
        <Button type="submit" loading={submitting} fullWidth>
          {t('signIn.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={() => setForgot(true)}>
          {t('signIn.forgot')}
        </Anchor>
      </SignedOutForm>
    </SignedOutFrame>
  );
}

/** Asks for a reset link; the answer is the same whether the address has an account. */
function ForgotPassword({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ErrorKey>();
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = formFields(event);
    setError(undefined);
    setSubmitting(true);
    try {
      await authRequest(requestPasswordResetMutation, { email: field('email') });
      setSent(true);
    } catch (failure) {
      setError(errorKey(failure));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <SignedOutForm onSubmit={submit}>
      <Title order={2} size="h4">
        {t('signIn.forgotTitle')}
      </Title>
      {sent ? (
        <Alert color="green" variant="light" role="status">
          {t('signIn.forgotSent')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('signIn.forgotLead')}</Text>
          {error && (
            <Alert color="red" variant="light">
              {t(`errors.${error}`)}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            name="email"
            type="email"
            autoComplete="username"
            required
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('signIn.forgotSubmit')}
          </Button>
        </>
      )}
      <Anchor component="button" type="button" size="sm" onClick={onBack}>
        {t('signIn.backToSignIn')}
      </Anchor>
    </SignedOutForm>
  );
}
