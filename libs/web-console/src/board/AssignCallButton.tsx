import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useCurrentUser, useSubmit } from '@dengon/web';
import type { CallCenterBoardDetailsFragment } from '../gql/graphql';
import { clientCompaniesQuery } from '../clients/documents';
import { assignCallMutation } from './documents';

type Board = CallCenterBoardDetailsFragment;

/**
 * A supervisor gives a waiting call to an available operator, trained for
 * its client or not, or takes it themselves when they are available. A call
 * to an unassigned number is given with the client it is for.
 */
export function AssignCallButton({
  queued,
  board,
}: {
  queued: Board['queue'][number];
  board: Board;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpened(true)}>
        {t('board.assign')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={
          queued.clientName
            ? t('board.assignTitle', { client: queued.clientName })
            : t('board.assignUnassignedTitle')
        }
      >
        {opened && <AssignForm queued={queued} board={board} onClose={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function AssignForm({
  queued,
  board,
  onClose,
}: {
  queued: Board['queue'][number];
  board: Board;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const state = useSubmit(['operatorId', 'callSessionId', 'clientCompanyId']);
  const [assign] = useMutation(assignCallMutation);
  const free = board.operators.filter((o) => o.state === 'AVAILABLE');
  const [operatorId, setOperatorId] = useState<string | null>(null);
  const unassigned = queued.call.state === 'UNASSIGNED';
  const clients = useQuery(clientCompaniesQuery, { variables: {}, skip: !unassigned });
  const [clientCompanyId, setClientCompanyId] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!operatorId) return;
    const variables = { callSessionId: queued.call.id, operatorId, clientCompanyId };
    if (await state.submit(() => assign({ variables }))) onClose();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{t('board.assignHint')}</Text>
        <FormProblem state={state} />
        {unassigned && (
          <Select
            label={t('board.assignClient')}
            description={t('board.assignClientHint')}
            searchable
            data={(clients.data?.clientCompanies ?? [])
              .filter((c) => c.status !== 'TERMINATED')
              .map((c) => ({ value: c.id, label: c.name }))}
            value={clientCompanyId}
            onChange={setClientCompanyId}
            error={state.error('clientCompanyId')}
          />
        )}
        <Select
          label={t('board.assignTo')}
          placeholder={free.length ? undefined : t('board.nobodyFree')}
          data={free.map((o) => ({
            value: o.userId,
            label: o.userId === me.id ? t('board.me', { name: o.name }) : o.name,
          }))}
          value={operatorId}
          onChange={setOperatorId}
          error={state.error('operatorId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            disabled={!operatorId || (unassigned && !clientCompanyId)}
            loading={state.submitting}
          >
            {t('board.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
