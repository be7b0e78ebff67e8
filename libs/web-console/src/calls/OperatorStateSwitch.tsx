import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { clock, FormProblem, useNow, useSubmit } from '@dengon/web';
import type { MyOperatorStatusFragment, OperatorState } from '../gql/graphql';
import { writeMyStatus } from './cache';
import { setMyOperatorStateMutation } from './documents';
import { operatorStateColor, SELECTABLE_STATES } from './operator-state';
import { OperatorStateBadge } from './OperatorStateBadge';
import { ariaKeys, EVEN_IN_FIELDS, hotkey, SHORTCUTS, ShortcutHint } from './shortcuts';

const SHORTCUT_OF = {
  AVAILABLE: SHORTCUTS.available,
  BREAK: SHORTCUTS.break,
  OFFLINE: SHORTCUTS.offline,
} as const;

/**
 * My state, with how long I have been in it: 受付可, 休憩 and オフライン are
 * mine to pick (Alt+1/2/3); 通話中 and 後処理 come from the call itself.
 */
export function OperatorStateSwitch({
  status,
  offerRinging,
  onChosen,
}: {
  status: MyOperatorStatusFragment;
  /** The API refuses a change while a call is offered to me. */
  offerRinging: boolean;
  onChosen?: () => void;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const [setState] = useMutation(setMyOperatorStateMutation, {
    update: (cache, { data }) => writeMyStatus(cache, data?.setMyOperatorState),
  });
  const submit = useSubmit(['state']);
  const locked = status.state === 'ON_CALL' || offerRinging;

  function choose(state: OperatorState) {
    if (locked || state === status.state || submit.submitting) return;
    onChosen?.();
    void submit.submit(() => setState({ variables: { state } }));
  }

  useHotkeys(
    SELECTABLE_STATES.map((state) => hotkey(SHORTCUT_OF[state], () => choose(state))),
    EVEN_IN_FIELDS,
  );

  const since = Date.parse(status.since);
  const timer =
    status.state === 'AFTER_CALL_WORK' && status.afterCallWorkUntil
      ? t('calls.afterCallWorkLeft', {
          time: clock((Date.parse(status.afterCallWorkUntil) - now) / 1000),
        })
      : since > 0
        ? t('calls.inStateFor', { time: clock((now - since) / 1000) })
        : null;

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('calls.myState')}>
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {t('calls.myState')}
            </Text>
            <span data-testid="my-state">
              <OperatorStateBadge state={status.state} size="xl" />
            </span>
            {timer && (
              <Text size="sm" ff="monospace" role="timer">
                {timer}
              </Text>
            )}
          </Group>
          <Group gap="xs" role="group" aria-label={t('calls.setState')}>
            {SELECTABLE_STATES.map((state) => (
              <Button
                key={state}
                variant={status.state === state ? 'filled' : 'default'}
                color={operatorStateColor(state)}
                aria-pressed={status.state === state}
                aria-keyshortcuts={ariaKeys(SHORTCUT_OF[state])}
                disabled={locked}
                rightSection={<ShortcutHint shortcut={SHORTCUT_OF[state]} />}
                onClick={() => choose(state)}
              >
                {t(`operatorState.${state}`)}
              </Button>
            ))}
          </Group>
        </Group>
        {status.state === 'AFTER_CALL_WORK' && (
          <Text size="sm" c="dimmed">
            {t('calls.afterCallWorkHint')}
          </Text>
        )}
        {status.state === 'ON_CALL' && (
          <Text size="sm" c="dimmed">
            {t('calls.onCallHint')}
          </Text>
        )}
        {/* Not my own choice: say why I am off the queue (a lost connection, a supervisor). */}
        {status.reason && status.reason !== 'CHOSEN' && (
          <Text size="sm" c="orange.8" role="status">
            {t(`operatorStateReason.${status.reason}`)}
            {status.note && `「${status.note}」`}
          </Text>
        )}
        <FormProblem state={submit} />
      </Stack>
    </Paper>
  );
}
