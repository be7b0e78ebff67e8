import { Alert, Badge, Button, Group, NativeSelect, Paper } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSoftphone } from './SoftphoneProvider';
import { testTone } from './tones';

const COLORS = {
  offline: 'gray',
  connecting: 'yellow',
  ready: 'green',
  ringing: 'orange',
  dialing: 'orange',
  talking: 'blue',
  failed: 'red',
} as const;

/** The headset: whether the softphone is connected, which microphone, and a test tone. */
export function SoftphoneBar() {
  const { t } = useTranslation();
  const { phone, line, microphoneId, setMicrophoneId } = useSoftphone();
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);

  useEffect(() => {
    if (!phone || !navigator.mediaDevices) return;
    const list = () =>
      void navigator.mediaDevices
        .enumerateDevices()
        .then((devices) => setMicrophones(devices.filter((d) => d.kind === 'audioinput')));
    list();
    navigator.mediaDevices.addEventListener('devicechange', list);
    return () => navigator.mediaDevices.removeEventListener('devicechange', list);
  }, [phone]);

  if (!phone)
    return (
      <Badge color="gray" variant="light" data-testid="voice-line" data-line="simulated">
        {t('voice.line.simulated')}
      </Badge>
    );

  return (
    <Paper withBorder p="xs" component="section" aria-label={t('voice.title')}>
      <Group gap="sm">
        <Badge
          color={COLORS[line.kind]}
          variant="light"
          data-testid="voice-line"
          data-line={line.kind}
        >
          {t(`voice.line.${line.kind}`)}
        </Badge>
        <NativeSelect
          size="xs"
          aria-label={t('voice.microphone')}
          value={microphoneId ?? ''}
          onChange={(e) => setMicrophoneId(e.currentTarget.value || null)}
          data={[
            { value: '', label: t('voice.defaultMicrophone') },
            ...microphones
              .filter((m) => m.deviceId && m.deviceId !== 'default')
              .map((m, i) => ({
                value: m.deviceId,
                label: m.label || `${t('voice.microphone')} ${i + 1}`,
              })),
          ]}
        />
        <Button size="xs" variant="default" onClick={testTone}>
          {t('voice.testTone')}
        </Button>
      </Group>
      {line.kind === 'failed' && (
        <Alert color="red" variant="light" mt="xs" role="alert">
          {t(`voice.problem.${line.reason}`)}
        </Alert>
      )}
    </Paper>
  );
}
