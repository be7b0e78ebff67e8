import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmit } from '@dengon/web';
import { writeMyStatus } from '../calls/cache';
import { finishCallMutation } from '../calls/documents';
import { CallControls } from './CallControls';
import { startCallbackMutation } from './documents';
import { useSoftphone } from './SoftphoneProvider';

/**
 * 折り返し発信 from a record: the API sets the callback up (caller ID, recording,
 * the link to the record) and the softphone dials it; when the call ends the
 * operator goes into after-call work as after any call.
 */
export function CallbackButton({ intakeId }: { intakeId: string }) {
  const { t } = useTranslation();
  const { phone, line } = useSoftphone();
  const [start] = useMutation(startCallbackMutation);
  const [finish] = useMutation(finishCallMutation, {
    update: (cache, { data }) => writeMyStatus(cache, data?.finishCall),
  });
  const submit = useSubmit([]);
  const [calling, setCalling] = useState<{
    to: string;
    callerId: string;
    recorded: boolean;
  } | null>(null);
  const [ended, setEnded] = useState(false);
  const connected = useRef(false);

  useEffect(() => {
    if (!calling) return;
    if (line.kind === 'dialing' || line.kind === 'talking') connected.current = true;
    else if (connected.current) {
      connected.current = false;
      setCalling(null);
      setEnded(true);
      void finish();
    }
  }, [line, calling, finish]);

  if (!phone) return null;

  async function callBack() {
    setEnded(false);
    const result = await submit.submit(() => start({ variables: { id: intakeId } }));
    const call = result?.data?.startCallback;
    if (!call) return;
    setCalling({ to: call.toNational, callerId: call.callerIdNational, recorded: call.recorded });
    phone?.call(call.dial);
  }

  return (
    <Stack gap="xs" data-testid="callback">
      <Button
        variant="light"
        onClick={() => void callBack()}
        loading={submit.submitting}
        disabled={line.kind !== 'ready' || calling !== null}
      >
        {t('voice.callback')}
      </Button>
      {calling && (
        <Text size="sm">
          {t('voice.callbackTo', { to: calling.to, callerId: calling.callerId })}
        </Text>
      )}
      {calling?.recorded && (
        <Text size="sm" c="dimmed">
          {t('voice.callbackConsent')}
        </Text>
      )}
      {calling && <CallControls />}
      {ended && (
        <Text size="sm" c="dimmed" role="status">
          {t('voice.callbackEnded')}
        </Text>
      )}
      <FormProblem state={submit} />
    </Stack>
  );
}
