import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../forms/useSubmit';
import type { IntakeRowFragment, IntakeStatus } from '../gql/graphql';
import { changeIntakeStatusMutation } from './documents';
import { intakeStatusLabel } from './intake-labels';

/**
 * The statuses the reader may move a record to, with an optional note: in the
 * history's detail, and on the call screen right after the record is saved.
 */
export function IntakeStatusActions({
  record,
  onReload,
}: {
  record: Pick<IntakeRowFragment, 'id' | 'version' | 'allowedTransitions'>;
  /** Someone else changed it first: read it again. */
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [changeStatus] = useMutation(changeIntakeStatusMutation);
  const statusSubmit = useSubmit([]);
  const [note, setNote] = useState('');
  const [changed, setChanged] = useState<IntakeStatus | null>(null);

  async function moveTo(status: IntakeStatus) {
    setChanged(null);
    const result = await statusSubmit.submit(() =>
      changeStatus({
        variables: { input: { id: record.id, version: record.version, status, note } },
      }),
    );
    if (result) {
      setNote('');
      setChanged(status);
    }
  }

  return (
    <Stack gap="xs">
      {record.allowedTransitions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.noTransitions')}
        </Text>
      ) : (
        <>
          <Textarea
            label={t('history.statusNote')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={1}
          />
          <Group gap="xs">
            {record.allowedTransitions.map((status) => (
              <Button
                key={status}
                variant="light"
                loading={statusSubmit.submitting}
                onClick={() => void moveTo(status)}
              >
                {t('history.markAs', { status: intakeStatusLabel(status, i18n.language) })}
              </Button>
            ))}
          </Group>
        </>
      )}
      {changed && (
        <Alert color="green" variant="light" role="status">
          {t('history.statusChanged', { status: intakeStatusLabel(changed, i18n.language) })}
        </Alert>
      )}
      <FormProblem state={statusSubmit} />
      {statusSubmit.problem?.code === 'CONFLICT' && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              statusSubmit.clear();
              onReload();
            }}
          >
            {t('history.reload')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
