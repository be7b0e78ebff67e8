import { Alert, Button, Group, Menu, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudioStats } from './phone';
import { useSoftphone } from './SoftphoneProvider';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** The call's audio: mute, hold, keypad, hang up, and what is being received. */
export function CallControls() {
  const { t } = useTranslation();
  const { phone, line } = useSoftphone();
  const [stats, setStats] = useState<AudioStats | null>(null);
  const wasTalking = useRef(false);
  const [hungUp, setHungUp] = useState(false);

  useEffect(() => {
    if (line.kind === 'talking') wasTalking.current = true;
    else if (wasTalking.current && line.kind === 'ready') setHungUp(true);
  }, [line]);

  useEffect(() => {
    if (!phone || line.kind !== 'talking') return;
    const timer = setInterval(() => void phone.stats().then(setStats), 1000);
    return () => clearInterval(timer);
  }, [phone, line.kind]);

  if (!phone) return null;
  if (hungUp)
    return (
      <Alert color="yellow" variant="light" role="status">
        {t('voice.callerHungUp')}
      </Alert>
    );
  if (line.kind !== 'talking') return null;

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          size="xs"
          variant={line.muted ? 'filled' : 'default'}
          color="yellow"
          onClick={() => phone.setMuted(!line.muted)}
        >
          {t(line.muted ? 'voice.unmute' : 'voice.mute')}
        </Button>
        {phone.canHold && (
          <Button
            size="xs"
            variant={line.held ? 'filled' : 'default'}
            color="violet"
            onClick={() => phone.setHeld(!line.held)}
          >
            {t(line.held ? 'voice.unhold' : 'voice.hold')}
          </Button>
        )}
        <Menu>
          <Menu.Target>
            <Button size="xs" variant="default">
              {t('voice.keypad')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Group gap={4} w={132}>
              {DIGITS.map((digit) => (
                <Button
                  key={digit}
                  size="xs"
                  variant="default"
                  w={40}
                  onClick={() => phone.sendDigit(digit)}
                >
                  {digit}
                </Button>
              ))}
            </Group>
          </Menu.Dropdown>
        </Menu>
        <Button size="xs" color="red" variant="light" onClick={() => phone.hangUp()}>
          {t('voice.hangUp')}
        </Button>
        {stats && (
          <Text
            size="xs"
            c="dimmed"
            data-testid="voice-stats"
            data-packets-received={stats.packetsReceived}
            data-audio-level={stats.audioLevel}
          >
            {t('voice.received', { packets: stats.packetsReceived })}
          </Text>
        )}
      </Group>
      {stats && (
        <Progress
          size="xs"
          value={Math.min(100, stats.audioLevel * 300)}
          aria-label={t('voice.level')}
        />
      )}
      {line.muted && (
        <Text size="xs" c="yellow.8">
          {t('voice.muted')}
        </Text>
      )}
      {line.held && (
        <Text size="xs" c="violet.8">
          {t('voice.held')}
        </Text>
      )}
    </Stack>
  );
}
