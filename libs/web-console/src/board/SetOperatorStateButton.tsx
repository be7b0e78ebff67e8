import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmit } from '@dengon/web';
import type { CallCenterBoardDetailsFragment } from '../gql/graphql';
import { setOperatorStateMutation } from './documents';

type BoardOperator = CallCenterBoardDetailsFragment['operators'][number];
const STATES = ['BREAK', 'OFFLINE'] as const;

/**
 * A supervisor takes an operator off the queue (break or offline) and says
 * why; an offer ringing for them moves on to the next operator.
 */
export function SetOperatorStateButton({ operator }: { operator: BoardOperator }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpened(true)}>
        {t('board.setState')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('board.setStateTitle', { name: operator.name })}
      >
        {opened && <SetStateForm operator={operator} onClose={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function SetStateForm({ operator, onClose }: { operator: BoardOperator; onClose: () => void }) {
  const { t } = useTranslation();
  const state = useSubmit(['note', 'state']);
  const [setState] = useMutation(setOperatorStateMutation);
  const [to, setTo] = useState<(typeof STATES)[number]>('OFFLINE');
  const [note, setNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const variables = { operatorId: operator.userId, state: to, note: note.trim() };
    if (await state.submit(() => setState({ variables }))) onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{t('board.setStateHint')}</Text>
        <FormProblem state={state} />
        <SegmentedControl
          value={to}
          onChange={setTo}
          data={STATES.map((value) => ({ value, label: t(`operatorState.${value}`) }))}
          aria-label={t('board.state')}
        />
        <TextInput
          label={t('board.note')}
          placeholder={t('board.notePlaceholder')}
          required
          maxLength={200}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={state.error('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.submitting}>
            {t('common.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
