import { Button, Group, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmit } from '@dengon/web';
import { recordDispatchReplyMutation } from './documents';
import type { AckVia, DispatchDetailsFragment, DispatchReplyOutcome } from '../gql/graphql';

const OUTCOMES: readonly DispatchReplyOutcome[] = ['ACCEPTED', 'DECLINED', 'NO_ANSWER'];

/** 返答を記録: what the contractor said on the phone, or faxed back. */
export function DispatchReplyActions({
  dispatch,
  onReload,
}: {
  dispatch: Pick<DispatchDetailsFragment, 'id' | 'version'>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [recordReply] = useMutation(recordDispatchReplyMutation);
  const submit = useSubmit(['note', 'via']);
  const [via, setVia] = useState<AckVia>('PHONE');
  const [note, setNote] = useState('');

  async function record(outcome: DispatchReplyOutcome) {
    const result = await submit.submit(() =>
      recordReply({
        variables: { input: { id: dispatch.id, version: dispatch.version, via, outcome, note } },
      }),
    );
    if (result) setNote('');
  }

  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' }}>
        {t('dispatch.recordReply')}
      </legend>
      <SegmentedControl
        aria-label={t('dispatch.replyVia')}
        value={via}
        onChange={setVia}
        data={[
          { value: 'PHONE', label: t('ackVia.PHONE') },
          { value: 'FAX', label: t('ackVia.FAX') },
        ]}
        w="fit-content"
      />
      <Textarea
        label={t('dispatch.replyNote')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={submit.error('note')}
        autosize
        minRows={1}
      />
      <Group gap="xs">
        {OUTCOMES.map((outcome) => (
          <Button
            key={outcome}
            variant="light"
            color={outcome === 'ACCEPTED' ? 'green' : outcome === 'DECLINED' ? 'red' : 'gray'}
            loading={submit.submitting}
            onClick={() => void record(outcome)}
          >
            {t(`dispatchOutcome.${outcome}`)}
          </Button>
        ))}
      </Group>
      <FormProblem state={submit} />
      {submit.problem?.code === 'CONFLICT' && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              submit.clear();
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
