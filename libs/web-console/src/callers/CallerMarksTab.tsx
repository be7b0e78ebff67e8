import { Permission } from '@dengon/domain';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, EmptyRow, FormProblem, QueryStatus, useCan, useSubmit } from '@dengon/web';
import type { CallerMarkKind, ClientCompanyDetailsFragment } from '../gql/graphql';
import { CallerMarkKindBadge } from './CallerMarkKindBadge';
import {
  addCallerMarkMutation,
  callerMarksQuery,
  confirmCallerMarkMutation,
  proposedCallerMarksQuery,
  removeCallerMarkMutation,
} from './documents';

const REFETCH = { refetchQueries: [callerMarksQuery, proposedCallerMarksQuery] };

/**
 * The client's VIP and nuisance callers: VIP numbers are offered first,
 * nuisance numbers hear a short message and reach nobody. Operators' reports
 * wait here, first, for a supervisor to confirm or turn down.
 */
export function CallerMarksTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const supervise = useCan(Permission.SuperviseCalls);
  const { data, error } = useQuery(callerMarksQuery, {
    variables: { clientCompanyId: client.id },
  });
  const [confirm] = useMutation(confirmCallerMarkMutation, REFETCH);
  const [remove] = useMutation(removeCallerMarkMutation, REFETCH);
  const state = useSubmit([]);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('callerMarks.description')}
      </Text>
      <FormProblem state={state} />
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder striped aria-label={t('callerMarks.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('callerMarks.number')}</Table.Th>
              <Table.Th>{t('callerMarks.kindLabel')}</Table.Th>
              <Table.Th>{t('callerMarks.status')}</Table.Th>
              <Table.Th>{t('callerMarks.note')}</Table.Th>
              <Table.Th>{t('callerMarks.createdAt')}</Table.Th>
              {supervise && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.callerMarks.length === 0 && (
              <EmptyRow columns={supervise ? 6 : 5} text={t('callerMarks.none')} />
            )}
            {data.callerMarks.map((mark) => {
              const input = { id: mark.id, version: mark.version };
              return (
                <Table.Tr key={mark.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {mark.label}
                    {mark.isPrefix && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('callerMarks.prefix')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <CallerMarkKindBadge kind={mark.kind} />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={mark.status === 'ACTIVE' ? 'green' : 'orange'}
                      variant="light"
                      tt="none"
                    >
                      {t(`callerMarks.statuses.${mark.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{mark.note || '—'}</Table.Td>
                  <Table.Td>{dateTime(mark.createdAt, i18n.language)}</Table.Td>
                  {supervise && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {mark.status === 'PROPOSED' && (
                          <Button
                            size="compact-xs"
                            color="red"
                            onClick={() =>
                              void state.submit(() => confirm({ variables: { input } }))
                            }
                          >
                            {t('callerMarks.confirm')}
                          </Button>
                        )}
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="gray"
                          onClick={() => void state.submit(() => remove({ variables: { input } }))}
                        >
                          {t(
                            mark.status === 'PROPOSED'
                              ? 'callerMarks.turnDown'
                              : 'callerMarks.remove',
                          )}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {supervise && <AddCallerMarkForm clientCompanyId={client.id} />}
    </Stack>
  );
}

function AddCallerMarkForm({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const state = useSubmit(['number', 'isPrefix', 'kind', 'note']);
  const [add] = useMutation(addCallerMarkMutation, REFETCH);
  const [number, setNumber] = useState('');
  const [isPrefix, setPrefix] = useState(false);
  const [kind, setKind] = useState<CallerMarkKind>('VIP');
  const [note, setNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { clientCompanyId, number, isPrefix, kind, note };
    if (await state.submit(() => add({ variables: { input } }))) {
      setNumber('');
      setNote('');
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-caller-mark">
      <Title order={3} size="h5" id="add-caller-mark" mb="xs">
        {t('callerMarks.add')}
      </Title>
      <FormProblem state={state} />
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label={t('callerMarks.number')}
          placeholder={isPrefix ? '050-1234' : '090-1234-5678'}
          required
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
          error={state.error('number')}
          w={200}
        />
        <Checkbox
          label={t('callerMarks.prefixLabel')}
          checked={isPrefix}
          onChange={(e) => setPrefix(e.currentTarget.checked)}
          mt={32}
        />
        <NativeSelect
          label={t('callerMarks.kindLabel')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as CallerMarkKind)}
          data={(['VIP', 'NUISANCE'] as const).map((k) => ({
            value: k,
            label: t(`callerMarks.kind.${k}`),
          }))}
          w={160}
        />
        <TextInput
          label={t('callerMarks.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={state.error('note')}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button type="submit" mt={25} loading={state.submitting}>
          {t('callerMarks.addButton')}
        </Button>
      </Group>
    </form>
  );
}
