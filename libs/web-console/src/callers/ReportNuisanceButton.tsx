import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmit } from '@dengon/web';
import { proposedCallerMarksQuery, reportNuisanceCallerMutation } from './documents';

/** An operator reports a record's caller as a nuisance (迷惑電話); a supervisor confirms it. */
export function ReportNuisanceButton({ intakeId }: { intakeId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [reported, setReported] = useState(false);
  const state = useSubmit(['note', 'intakeId']);
  const [report] = useMutation(reportNuisanceCallerMutation, {
    refetchQueries: [proposedCallerMarksQuery],
  });
  const [note, setNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await state.submit(() => report({ variables: { input: { intakeId, note } } }))) {
      setOpened(false);
      setReported(true);
    }
  }

  if (reported)
    return (
      <Alert color="orange" variant="light" role="status">
        {t('callerMarks.reported')}
      </Alert>
    );
  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={() => setOpened(true)}>
        {t('callerMarks.report')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('callerMarks.reportTitle')}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('callerMarks.reportHint')}
            </Text>
            <FormProblem state={state} />
            <TextInput
              label={t('callerMarks.reportNote')}
              required
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={state.error('note') ?? state.error('intakeId')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={state.submitting}>
                {t('callerMarks.reportSend')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
