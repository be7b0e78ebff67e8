import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeRequestsQuery, FormProblem, useRetained, useSubmit } from '@dengon/web';
import { reviewChangeRequestMutation } from './documents';
import type { ChangeRequestDetailsFragment } from '../gql/graphql';

export interface Review {
  request: ChangeRequestDetailsFragment;
  approve: boolean;
}

/** Approves or rejects a request with a comment the client reads in its portal. */
export function ReviewModal({ review, onClose }: { review: Review | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useRetained(review);
  return (
    <Modal
      opened={review !== null}
      onClose={onClose}
      title={shown ? t(shown.approve ? 'changeRequests.approve' : 'changeRequests.reject') : ''}
    >
      {shown && (
        <ReviewForm key={`${shown.request.id}-${shown.approve}`} review={shown} onClose={onClose} />
      )}
    </Modal>
  );
}

function ReviewForm({ review, onClose }: { review: Review; onClose: () => void }) {
  const { t } = useTranslation();
  const state = useSubmit(['comment']);
  const [reviewRequest] = useMutation(reviewChangeRequestMutation, {
    refetchQueries: [changeRequestsQuery],
    awaitRefetchQueries: true,
  });
  const [comment, setComment] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { id: review.request.id, approve: review.approve, comment };
    if (await state.submit(() => reviewRequest({ variables: { input } }))) onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {review.request.message}
        </Text>
        <FormProblem state={state} />
        <Textarea
          label={t('changeRequests.comment')}
          description={t('changeRequests.commentHint')}
          required
          autosize
          minRows={3}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={state.error('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={review.approve ? 'green' : 'red'} loading={state.submitting}>
            {t(review.approve ? 'changeRequests.approve' : 'changeRequests.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
