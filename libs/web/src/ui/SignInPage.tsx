import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, type ErrorKey } from '../session/errors';
import { useSession } from '../session/SessionProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function SignInPage({ title, notice }: { title: string; notice?: ErrorKey }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [error, setError] = useState<ErrorKey>();
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setError(undefined);
    setSubmitting(true);
    try {
      await session.signIn(field('email'), field('password'));
    } catch (failure) {
      setError(errorKey(failure));
    } finally {
      setSubmitting(false);
    }
  }

  // A refused role or an expired session arrives as a notice from the session itself.
  const message = error ?? notice;

  return (
    <Container size={420} py="xl">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Title order={1} size="h3" ta="center" mt="xl">
        {title}
      </Title>
      <Paper
        component="form"
        onSubmit={(event) => void submit(event)}
        withBorder
        shadow="sm"
        p="xl"
        mt="lg"
        radius="md"
      >
        <Stack>
          {message && (
            <Alert color="red" variant="light">
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
          <Button type="submit" loading={submitting} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
