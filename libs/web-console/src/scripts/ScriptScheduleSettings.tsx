import { Permission } from '@dengon/domain';
import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useCan, useSubmit } from '@dengon/web';
import { updateClientCompanyMutation } from '../clients/documents';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';

interface ClosedDaysRow {
  from: string;
  until: string;
  reason: string;
}

/**
 * When the night script applies, and the days the client is closed
 * (臨時休業, 年末年始休業: callers get the out-of-hours message). The back
 * office keeps them; supervisors read them here, beside the scripts.
 */
export function ScriptScheduleSettings({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const editable = useCan(Permission.ManageClients);
  const state = useSubmit(['nightHours', 'closedDays']);
  const [update] = useMutation(updateClientCompanyMutation);
  const [nightFrom, setNightFrom] = useState(client.nightHours?.from ?? '');
  const [nightUntil, setNightUntil] = useState(client.nightHours?.until ?? '');
  const [closed, setClosed] = useState<ClosedDaysRow[]>(() =>
    client.closedDays.map(({ from, until, reason }) => ({ from, until, reason })),
  );
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const nightHours = nightFrom || nightUntil ? { from: nightFrom, until: nightUntil } : null;
    const input = { id: client.id, version: client.version, nightHours, closedDays: closed };
    if (await state.submit(() => update({ variables: { input } }))) setSaved(true);
  }
  const change = (i: number, patch: Partial<ClosedDaysRow>) =>
    setClosed(closed.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="script-schedule">
      <Stack gap="xs">
        <Title order={3} size="h5" id="script-schedule">
          {t('scriptSchedule.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('scriptSchedule.description')}
        </Text>
        <FormProblem state={state} />
        <Group align="flex-end">
          <TextInput
            type="time"
            label={t('scriptSchedule.nightFrom')}
            value={nightFrom}
            onChange={(e) => setNightFrom(e.currentTarget.value)}
            readOnly={!editable}
            error={state.error('nightHours')}
            w={140}
          />
          <TextInput
            type="time"
            label={t('scriptSchedule.nightUntil')}
            value={nightUntil}
            onChange={(e) => setNightUntil(e.currentTarget.value)}
            readOnly={!editable}
            w={140}
          />
        </Group>
        <Text size="sm" fw={500}>
          {t('scriptSchedule.closedDays')}
        </Text>
        {closed.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('scriptSchedule.noClosedDays')}
          </Text>
        )}
        {closed.map((row, i) => (
          <Group key={i} align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('scriptSchedule.from')}
              value={row.from}
              onChange={(e) => change(i, { from: e.currentTarget.value })}
              readOnly={!editable}
              error={state.error(`closedDays[${i}].from`)}
            />
            <TextInput
              type="date"
              label={t('scriptSchedule.until')}
              value={row.until}
              onChange={(e) => change(i, { until: e.currentTarget.value })}
              readOnly={!editable}
              error={state.error(`closedDays[${i}].until`)}
            />
            <TextInput
              label={t('scriptSchedule.reason')}
              placeholder={t('scriptSchedule.reasonExample')}
              value={row.reason}
              onChange={(e) => change(i, { reason: e.currentTarget.value })}
              readOnly={!editable}
              error={state.error(`closedDays[${i}].reason`)}
              style={{ flex: 1, minWidth: 200 }}
            />
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('scriptSchedule.removeClosedDays')}
                onClick={() => setClosed(closed.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {editable && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setClosed([...closed, { from: '', until: '', reason: '臨時休業' }])}
            >
              {t('scriptSchedule.addClosedDays')}
            </Button>
            <Button type="submit" size="xs" loading={state.submitting}>
              {t('common.save')}
            </Button>
            {saved && (
              <Text size="sm" c="green" role="status">
                {t('scriptSchedule.saved')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}
