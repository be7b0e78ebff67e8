import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeRequestsQuery,
  ChangeSubjectName,
  FormProblem,
  QueryStatus,
  TextDiff,
  useRetained,
  useSubmit,
} from '@dengon/web';
import { changeRequestToReviewQuery, reviewChangeRequestMutation } from './documents';
import type { ChangeRequestDetailsFragment } from '../gql/graphql';

export interface Review {
  request: ChangeRequestDetailsFragment;
  approve: boolean;
}

/**
 * Approves or rejects a request with a comment the client reads in its
 * portal. A proposal is shown beside the text it would replace, and may be
 * touched up before it is approved.
 */
export function ReviewModal({ review, onClose }: { review: Review | null; onClose: () => void }) {
  const { t } = useTranslation();
  const shown = useRetained(review);
  return (
    <Modal
      opened={review !== null}
      onClose={onClose}
      size={shown?.request.subject ? 'xl' : 'md'}
      title={
        shown ? t(shown.approve ? 'changeRequests.approveTitle' : 'changeRequests.rejectTitle') : ''
      }
    >
      {shown && (
        <ReviewForm key={`${shown.request.id}-${shown.approve}`} review={shown} onClose={onClose} />
      )}
    </Modal>
  );
}

function ReviewForm({ review, onClose }: { review: Review; onClose: () => void }) {
  const { t } = useTranslation();
  const { request, approve } = review;
  const structured = request.proposedText != null;
  const { data, error } = useQuery(changeRequestToReviewQuery, {
    variables: { id: request.id },
    skip: !structured,
    fetchPolicy: 'network-only',
  });
  const state = useSubmit(['comment', 'appliedText', 'proposedText']);
  const [reviewRequest] = useMutation(reviewChangeRequestMutation, {
    refetchQueries: [changeRequestsQuery],
    awaitRefetchQueries: true,
  });
  const [comment, setComment] = useState('');
  const [applied, setApplied] = useState(request.proposedText ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const edited = approve && structured && applied !== request.proposedText;
    const input = { id: request.id, approve, comment, appliedText: edited ? applied : null };
    if (await state.submit(() => reviewRequest({ variables: { input } }))) onClose();
  }

  const live = data?.changeRequest?.liveText;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {structured ? (
          <>
            <ChangeSubjectName request={request} staff />
            {!data ? (
              <QueryStatus error={error} />
            ) : (
              <section aria-label={t('changeRequests.compare')}>
                <TextDiff
                  before={live ?? ''}
                  after={approve ? applied : (request.proposedText ?? '')}
                  beforeLabel={t('changeRequests.liveText')}
                  afterLabel={t(approve ? 'changeRequests.appliedText' : 'changeRequests.proposal')}
                />
              </section>
            )}
            {live != null && live !== request.currentText && (
              <Alert color="yellow" variant="light">
                {t('changeRequests.staleNote')}
              </Alert>
            )}
            {request.message && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span size="xs" c="dimmed" fw={700}>
                  {t('changeRequests.reason')}：
                </Text>
                {request.message}
              </Text>
            )}
            {approve && (
              <Textarea
                label={t('changeRequests.appliedText')}
                description={t('changeRequests.appliedHint')}
                autosize
                minRows={2}
                value={applied}
                onChange={(e) => setApplied(e.currentTarget.value)}
                error={state.error('appliedText') ?? state.error('proposedText')}
              />
            )}
            {approve && request.target === 'SCRIPT' && (
              <Text size="sm" c="dimmed">
                {t('changeRequests.scriptDraftNote')}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.message}
          </Text>
        )}
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
          <Button type="submit" color={approve ? 'green' : 'red'} loading={state.submitting}>
            {t(approve ? 'changeRequests.approve' : 'changeRequests.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
