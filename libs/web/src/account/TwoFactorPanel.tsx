import { Alert, Button, Code, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formFields } from '../forms/form-field';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../forms/useSubmit';
import { dateTime } from '../format/format';
import type { SessionUser } from '../session/documents';
import { useSession } from '../session/SessionProvider';
import { OneTimeCodeInput } from '../ui/SignInPage';
import {
  confirmTwoFactorMutation,
  disableTwoFactorMutation,
  startTwoFactorSetupMutation,
} from './documents';

/**
 * Two-factor sign-in for the signed-in user: set up by scanning a QR code
 * and confirming a code from the app; turned off with a current code where
 * the role allows. The session is renewed after a change, so a role that
 * had to set it up gets its screens at once.
 */
export function TwoFactorPanel({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const state = useSubmit(['code']);
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [start] = useMutation(startTwoFactorSetupMutation);
  const [confirm] = useMutation(confirmTwoFactorMutation);
  const [disable] = useMutation(disableTwoFactorMutation);

  const codeOf = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    return formFields(event)('code');
  };

  async function begin() {
    const result = await state.submit(() => start());
    if (result?.data) setSetup(result.data.startTwoFactorSetup);
  }

  async function confirmCode(event: FormEvent<HTMLFormElement>) {
    const code = codeOf(event);
    const result = await state.submit(() => confirm({ variables: { code } }));
    if (!result?.data) return;
    setSetup(null);
    setEnabled(true);
    await session.refresh();
  }

  async function turnOff(event: FormEvent<HTMLFormElement>) {
    const code = codeOf(event);
    const result = await state.submit(() => disable({ variables: { code } }));
    if (result?.data) await session.refresh();
  }

  const codeInput = <OneTimeCodeInput label={t('account.code')} error={state.error('code')} />;

  return (
    <Stack>
      <Text>
        {t('account.twoFactor')}：
        <Text span fw={600} data-testid="two-factor-state">
          {user.totpEnabledAt
            ? t('account.twoFactorOn', { since: dateTime(user.totpEnabledAt, i18n.language) })
            : t('account.twoFactorOff')}
        </Text>
      </Text>
      {enabled && (
        <Alert color="green" variant="light" role="status">
          {t('account.enabled')}
        </Alert>
      )}
      <FormProblem state={state} />
      {setup ? (
        <form onSubmit={(event) => void confirmCode(event)}>
          <Stack>
            <Text size="sm">{t('account.scan')}</Text>
            <Image
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`}
              alt="QR"
              w={200}
              h={200}
            />
            <Text size="sm">
              {t('account.key')}: <Code data-testid="two-factor-key">{setup.secret}</Code>
            </Text>
            {codeInput}
            <Group>
              <Button type="submit" loading={state.submitting}>
                {t('account.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : user.totpEnabledAt ? (
        user.twoFactorRequired ? (
          <Text size="sm" c="dimmed">
            {t('account.requiredForRole')}
          </Text>
        ) : (
          <form onSubmit={(event) => void turnOff(event)}>
            <Stack>
              <Text size="sm">{t('account.disableLead')}</Text>
              {codeInput}
              <Group>
                <Button type="submit" color="red" variant="light" loading={state.submitting}>
                  {t('account.disable')}
                </Button>
              </Group>
            </Stack>
          </form>
        )
      ) : (
        <Group>
          <Button onClick={() => void begin()} loading={state.submitting}>
            {t('account.setUp')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
