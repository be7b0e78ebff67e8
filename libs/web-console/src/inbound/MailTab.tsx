import { Permission, REPLY_VARIABLES, renderReply } from '@dengon/domain';
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow, FormProblem, QueryStatus, useCan, useSubmit } from '@dengon/web';
import type {
  ClientCompanyDetailsFragment,
  InboundAddressKind,
  ReplyTemplatesQuery,
} from '../gql/graphql';
import {
  addInboundAddressMutation,
  deleteReplyTemplateMutation,
  inboundAddressesQuery,
  removeInboundAddressMutation,
  replyTemplatesQuery,
  saveReplyTemplateMutation,
} from './documents';
import { IntakeKindSelect } from './IntakeKindSelect';
import { Mailboxes } from './Mailboxes';
import { RoutingRules } from './RoutingRules';

type Template = ReplyTemplatesQuery['replyTemplates'][number];

/** What a preview fills the variables with. */
const SAMPLE: Record<(typeof REPLY_VARIABLES)[number], string> = {
  お名前: '山田 太郎',
  受付番号: 'AB-2026-000123',
  会社名: '',
  営業時間: '月〜金 9:00〜18:00',
};

/** メール対応: the client's intake addresses, its own mailboxes, its routing rules, and its reply templates with a preview. */
export function MailTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return (
    <Stack gap="xl">
      <IntakeAddresses client={client} />
      <Mailboxes client={client} />
      <RoutingRules client={client} />
      <ReplyTemplates client={client} />
    </Stack>
  );
}

function IntakeAddresses({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const manage = useCan(Permission.ManageClients);
  const { data, error } = useQuery(inboundAddressesQuery, {
    variables: { clientCompanyId: client.id },
  });
  const refetch = { refetchQueries: [inboundAddressesQuery] };
  const [add] = useMutation(addInboundAddressMutation, refetch);
  const [remove] = useMutation(removeInboundAddressMutation, refetch);
  const state = useSubmit(['address', 'label']);
  const [address, setAddress] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<InboundAddressKind>('EMAIL');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const added = await state.submit(() =>
      add({ variables: { input: { clientCompanyId: client.id, address, kind, label } } }),
    );
    if (added) {
      setAddress('');
      setLabel('');
    }
  }

  return (
    <section aria-labelledby="intake-addresses">
      <Title order={3} size="h4" id="intake-addresses">
        {t('mailTab.addresses')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('mailTab.addressesHint')}
      </Text>
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder aria-labelledby="intake-addresses">
          <Table.Tbody>
            {data.inboundAddresses.length === 0 && (
              <EmptyRow columns={4} text={t('mailTab.noAddresses')} />
            )}
            {data.inboundAddresses.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.address}</Table.Td>
                <Table.Td>{t(`inboundAddressKind.${a.kind}`)}</Table.Td>
                <Table.Td>{a.label || '—'}</Table.Td>
                <Table.Td>
                  {manage && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void state.submit(() => remove({ variables: { id: a.id } }))}
                    >
                      {t('mailTab.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {manage && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('mailTab.addAddress')}>
          <Group align="flex-end" mt="sm">
            <TextInput
              label={t('mailTab.address')}
              placeholder="eigyo@in.dengon.example"
              required
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              error={state.error('address')}
            />
            <IntakeKindSelect value={kind} onChange={setKind} />
            <TextInput
              label={t('mailTab.label')}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              error={state.error('label')}
            />
            <Button type="submit" loading={state.submitting}>
              {t('mailTab.addAddress')}
            </Button>
          </Group>
        </form>
      )}
      <FormProblem state={state} />
    </section>
  );
}

function ReplyTemplates({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const edit = useCan(Permission.EditScripts);
  const { data, error } = useQuery(replyTemplatesQuery, {
    variables: { clientCompanyId: client.id },
  });
  const [editing, setEditing] = useState<Template | 'new' | null>(null);

  return (
    <section aria-labelledby="reply-templates">
      <Group justify="space-between">
        <Title order={3} size="h4" id="reply-templates">
          {t('mailTab.templates')}
        </Title>
        {edit && editing === null && (
          <Button size="xs" onClick={() => setEditing('new')}>
            {t('mailTab.newTemplate')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('mailTab.variables', { variables: REPLY_VARIABLES.map((v) => `{${v}}`).join(' ') })}
      </Text>
      {editing !== null && (
        <TemplateEditor
          key={editing === 'new' ? 'new' : editing.id}
          client={client}
          template={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder aria-labelledby="reply-templates">
          <Table.Tbody>
            {data.replyTemplates.length === 0 && (
              <EmptyRow columns={3} text={t('mailTab.noTemplates')} />
            )}
            {data.replyTemplates.map((template) => (
              <Table.Tr key={template.id}>
                <Table.Td>
                  {template.name}
                  {template.autoReply && (
                    <Text size="xs" c="teal">
                      {t('mailTab.autoReply')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                  <Text size="sm" lineClamp={3}>
                    {template.body}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {edit && (
                    <Button size="xs" variant="default" onClick={() => setEditing(template)}>
                      {t('mailTab.edit')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

const TEMPLATE_FIELDS = ['name', 'subject', 'body', 'autoReply'] as const;

function TemplateEditor({
  client,
  template,
  onDone,
}: {
  client: ClientCompanyDetailsFragment;
  template: Template | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const refetch = { refetchQueries: [replyTemplatesQuery] };
  const [save] = useMutation(saveReplyTemplateMutation, refetch);
  const [remove] = useMutation(deleteReplyTemplateMutation, refetch);
  const state = useSubmit(TEMPLATE_FIELDS);
  const [name, setName] = useState(template?.name ?? '');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [autoReply, setAutoReply] = useState(template?.autoReply ?? false);
  const sample = { ...SAMPLE, 会社名: client.name };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: template?.id ?? null,
      version: template?.version ?? null,
      clientCompanyId: client.id,
      name,
      subject,
      body,
      autoReply,
    };
    if (await state.submit(() => save({ variables: { input } }))) onDone();
  }

  return (
    <Paper withBorder p="md" mb="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('mailTab.editor')}>
        <Stack gap="xs">
          <TextInput
            label={t('mailTab.templateName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={state.error('name')}
          />
          <TextInput
            label={t('mailTab.subject')}
            description={t('mailTab.subjectHint')}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={state.error('subject')}
          />
          <Textarea
            label={t('mailTab.body')}
            required
            autosize
            minRows={6}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={state.error('body')}
          />
          <Checkbox
            label={t('mailTab.autoReplyLabel')}
            checked={autoReply}
            onChange={(e) => setAutoReply(e.currentTarget.checked)}
            error={state.error('autoReply')}
          />
          <Paper withBorder p="sm" bg="gray.0" aria-label={t('mailTab.preview')}>
            <Text size="xs" c="dimmed">
              {t('mailTab.preview')}
            </Text>
            <Text size="sm" fw={600}>
              {subject.trim() ? renderReply(subject, sample) : t('mailTab.subjectFromMail')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {renderReply(body, sample)}
            </Text>
          </Paper>
          <FormProblem state={state} />
          <Group>
            <Button type="submit" loading={state.submitting}>
              {t('mailTab.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            {template && (
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  void state
                    .submit(() => remove({ variables: { id: template.id } }))
                    .then((done) => done && onDone())
                }
              >
                {t('mailTab.delete')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
