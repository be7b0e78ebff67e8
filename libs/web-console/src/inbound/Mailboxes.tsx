import { Permission } from '@dengon/domain';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, EmptyRow, FormProblem, QueryStatus, useCan, useSubmit } from '@dengon/web';
import type {
  ClientCompanyDetailsFragment,
  InboundAddressKind,
  MailboxDetailsFragment,
  MailboxStatus,
} from '../gql/graphql';
import {
  addMailboxMutation,
  checkMailboxMutation,
  mailboxesQuery,
  removeMailboxMutation,
  setMailboxPasswordMutation,
} from './documents';
import { IntakeKindSelect } from './IntakeKindSelect';

const STATUS_COLORS: Record<MailboxStatus, string> = { NEW: 'gray', OK: 'green', FAILING: 'red' };

/**
 * The client's own mailboxes, read over IMAP every minute: where and as
 * whom, whether the last look worked and, if not, why in words the back
 * office acts on (a changed password is set here again).
 */
export function Mailboxes({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const manage = useCan(Permission.ManageClients);
  const { data, error } = useQuery(mailboxesQuery, { variables: { clientCompanyId: client.id } });
  const refetch = { refetchQueries: [mailboxesQuery] };
  const [check] = useMutation(checkMailboxMutation, refetch);
  const [remove] = useMutation(removeMailboxMutation, refetch);
  const state = useSubmit([]);

  return (
    <section aria-labelledby="mailboxes">
      <Title order={3} size="h4" id="mailboxes">
        {t('mailTab.mailboxes')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('mailTab.mailboxesHint')}
      </Text>
      <FormProblem state={state} />
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder aria-labelledby="mailboxes">
          <Table.Tbody>
            {data.mailboxes.length === 0 && (
              <EmptyRow columns={4} text={t('mailTab.noMailboxes')} />
            )}
            {data.mailboxes.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.label || t(`inboundAddressKind.${m.kind}`)}
                  <Text size="xs" c="dimmed">
                    {m.username} ・ {m.host}:{m.port}
                    {m.tls ? ' (TLS)' : ''} ・ {m.folder}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[m.status]} tt="none">
                    {t(`mailboxStatus.${m.status}`)}
                  </Badge>
                  {m.problem && (
                    <Text size="sm" c="red">
                      {t(`mailboxProblem.${m.problem}`)}
                    </Text>
                  )}
                  {m.lastError && (
                    <Text size="xs" c="dimmed">
                      {m.lastError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {m.checkedAt
                      ? t('mailTab.checkedAt', { at: dateTime(m.checkedAt, i18n.language) })
                      : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {manage && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => void state.submit(() => check({ variables: { id: m.id } }))}
                      >
                        {t('mailTab.checkNow')}
                      </Button>
                      <NewPassword mailbox={m} />
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void state.submit(() => remove({ variables: { id: m.id } }))}
                      >
                        {t('mailTab.remove')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {manage && <AddMailbox client={client} />}
    </section>
  );
}

/** The client changed their password: the new one, and a look with it at once. */
function NewPassword({ mailbox }: { mailbox: MailboxDetailsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(mailbox.problem === 'SIGN_IN_REFUSED');
  const [password, setPassword] = useState('');
  const [save] = useMutation(setMailboxPasswordMutation);
  const state = useSubmit(['password']);
  if (!open)
    return (
      <Button size="xs" variant="default" onClick={() => setOpen(true)}>
        {t('mailTab.newPassword')}
      </Button>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await state.submit(() => save({ variables: { id: mailbox.id, password } }))) {
      setPassword('');
      setOpen(false);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('mailTab.newPassword')}>
      <Group gap="xs" align="flex-end">
        <PasswordInput
          size="xs"
          label={t('mailTab.newPassword')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={state.error('password')}
        />
        <Button size="xs" type="submit" loading={state.submitting} disabled={!password}>
          {t('mailTab.savePassword')}
        </Button>
      </Group>
    </form>
  );
}

function AddMailbox({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const [add] = useMutation(addMailboxMutation, { refetchQueries: [mailboxesQuery] });
  const state = useSubmit(['host', 'port', 'username', 'password', 'folder', 'label']);
  const empty = {
    label: '',
    host: '',
    port: 993,
    tls: true,
    username: '',
    password: '',
    folder: 'INBOX',
  };
  const [form, setForm] = useState(empty);
  const [kind, setKind] = useState<InboundAddressKind>('EMAIL');
  const set = (patch: Partial<typeof empty>) => setForm({ ...form, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const added = await state.submit(() =>
      add({ variables: { input: { ...form, kind, clientCompanyId: client.id } } }),
    );
    if (added) setForm(empty);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('mailTab.addMailbox')}>
      <FormProblem state={state} />
      <Group align="flex-end" mt="sm">
        <TextInput
          label={t('mailTab.host')}
          placeholder="imap.example.com"
          required
          value={form.host}
          onChange={(e) => set({ host: e.currentTarget.value })}
          error={state.error('host')}
        />
        <NumberInput
          label={t('mailTab.port')}
          w={100}
          min={1}
          max={65_535}
          value={form.port}
          onChange={(v) => set({ port: typeof v === 'number' ? v : 993 })}
          error={state.error('port')}
        />
        <Checkbox
          label="TLS"
          checked={form.tls}
          onChange={(e) => set({ tls: e.currentTarget.checked })}
          mb={8}
        />
        <TextInput
          label={t('mailTab.username')}
          required
          value={form.username}
          onChange={(e) => set({ username: e.currentTarget.value })}
          error={state.error('username')}
        />
        <PasswordInput
          label={t('mailTab.password')}
          required
          value={form.password}
          onChange={(e) => set({ password: e.currentTarget.value })}
          error={state.error('password')}
        />
        <TextInput
          label={t('mailTab.folder')}
          w={120}
          value={form.folder}
          onChange={(e) => set({ folder: e.currentTarget.value })}
          error={state.error('folder')}
        />
        <IntakeKindSelect value={kind} onChange={setKind} />
        <TextInput
          label={t('mailTab.label')}
          value={form.label}
          onChange={(e) => set({ label: e.currentTarget.value })}
          error={state.error('label')}
        />
        <Button type="submit" loading={state.submitting}>
          {t('mailTab.addMailbox')}
        </Button>
      </Group>
    </form>
  );
}
