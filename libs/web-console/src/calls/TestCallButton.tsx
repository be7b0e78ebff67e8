import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, nationalPhone, useSubmit } from '@dengon/web';
import type { CallState } from '../gql/graphql';
import { ringTestCallMutation } from './documents';

/** Where a test call can go, each said in its own words. */
const outcomeOf = (state: CallState) =>
  state === 'QUEUED' || state === 'VOICEMAIL' || state === 'BUSY' ? state : 'OTHER';

/**
 * テスト着信: rings the client's number on this instance, so the back office
 * or a supervisor sees the call reach an operator with the client's greeting
 * and script, without a phone. Says where the call went: to the operators,
 * to voicemail out of hours, or busy when every line is taken.
 */
export function TestCallButton({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const state = useSubmit([]);
  const [ring] = useMutation(ringTestCallMutation);
  const [rung, setRung] = useState<{ number: string; state: CallState } | null>(null);

  async function click() {
    setRung(null);
    const result = await state.submit(() => ring({ variables: { clientCompanyId } }));
    const call = result?.data?.ringTestCall;
    if (call) setRung({ number: nationalPhone(call.dialedE164 ?? ''), state: call.state });
  }

  return (
    <Stack gap={4} align="flex-end" maw={360}>
      <Button variant="light" loading={state.submitting} onClick={() => void click()}>
        {t('testCall.ring')}
      </Button>
      <Text size="xs" c="dimmed" ta="right">
        {t('testCall.hint')}
      </Text>
      {rung && (
        <Text size="sm" role="status" ta="right">
          {t(`testCall.outcome.${outcomeOf(rung.state)}`, {
            number: rung.number,
          })}
        </Text>
      )}
      <FormProblem state={state} />
    </Stack>
  );
}
