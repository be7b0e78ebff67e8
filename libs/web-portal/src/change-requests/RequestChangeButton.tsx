import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeRequestsQuery,
  faqItemsQuery,
  FormProblem,
  requestChangeMutation,
  useSubmit,
} from '@dengon/web';
import type { ChangeTarget } from '../gql/graphql';

/** A client asks the manual assistant to change its script or FAQ; the company comes from the session. */
export function RequestChangeButton({
  target,
  onSent,
}: {
  target: ChangeTarget;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('changeRequests.requestButton')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('changeRequests.requestTitle', { target: t(`changeTarget.${target}`) })}
        size="lg"
      >
        {opened && (
          <RequestChangeForm
            target={target}
            onSent={() => {
              setOpened(false);
              onSent();
            }}
            onCancel={() => setOpened(false)}
          />
        )}
      </Modal>
    </>
  );
}

function RequestChangeForm({
  target,
  onSent,
  onCancel,
}: {
  target: ChangeTarget;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const state = useSubmit(['message', 'faqItemId']);
  const [request] = useMutation(requestChangeMutation, {
    refetchQueries: [changeRequestsQuery],
    awaitRefetchQueries: true,
  });
  const { data: faq } = useQuery(faqItemsQuery, {
    variables: {},
    skip: target !== 'FAQ',
  });
  const [message, setMessage] = useState('');
  const [faqItemId, setFaqItemId] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { target, message, faqItemId: faqItemId || null };
    if (await state.submit(() => request({ variables: { input } }))) onSent();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FormProblem state={state} />
        {target === 'FAQ' && (
          <NativeSelect
            label={t('changeRequests.faqItem')}
            value={faqItemId}
            onChange={(e) => setFaqItemId(e.currentTarget.value)}
            data={[
              { value: '', label: t('changeRequests.anyFaqItem') },
              ...(faq?.faqItems ?? []).map((item) => ({ value: item.id, label: item.question })),
            ]}
            error={state.error('faqItemId')}
          />
        )}
        <Textarea
          label={t('changeRequests.message')}
          description={t('changeRequests.messageHint')}
          required
          autosize
          minRows={4}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={state.error('message')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.submitting}>
            {t('changeRequests.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
