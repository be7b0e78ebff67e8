import { MAIL_ROUTING_KINDS, Permission } from '@dengon/domain';
import { Button, Group, NativeSelect, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRow, FormProblem, QueryStatus, useCan, useSubmit } from '@dengon/web';
import type { ClientCompanyDetailsFragment, MailRoutingKind } from '../gql/graphql';
import {
  addMailRoutingRuleMutation,
  mailRoutingRulesQuery,
  removeMailRoutingRuleMutation,
} from './documents';

/** 振り分けルール: subject keywords to departments, and VIP sender domains answered first. */
export function RoutingRules({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const manage = useCan(Permission.ManageClients);
  const { data, error } = useQuery(mailRoutingRulesQuery, {
    variables: { clientCompanyId: client.id },
  });
  const refetch = { refetchQueries: [mailRoutingRulesQuery] };
  const [add] = useMutation(addMailRoutingRuleMutation, refetch);
  const [remove] = useMutation(removeMailRoutingRuleMutation, refetch);
  const state = useSubmit(['pattern', 'department']);
  const [kind, setKind] = useState<MailRoutingKind>('SUBJECT_KEYWORD');
  const [pattern, setPattern] = useState('');
  const [department, setDepartment] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { clientCompanyId: client.id, kind, pattern, department };
    if (await state.submit(() => add({ variables: { input } }))) {
      setPattern('');
      setDepartment('');
    }
  }

  return (
    <section aria-labelledby="routing-rules">
      <Title order={3} size="h4" id="routing-rules">
        {t('mailRouting.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('mailRouting.hint')}
      </Text>
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder aria-labelledby="routing-rules">
          <Table.Tbody>
            {data.mailRoutingRules.length === 0 && (
              <EmptyRow columns={4} text={t('mailRouting.none')} />
            )}
            {data.mailRoutingRules.map((rule) => (
              <Table.Tr key={rule.id}>
                <Table.Td>{t(`mailRouting.${rule.kind}`)}</Table.Td>
                <Table.Td>{rule.pattern}</Table.Td>
                <Table.Td>{rule.department || '—'}</Table.Td>
                <Table.Td>
                  {manage && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        void state.submit(() => remove({ variables: { id: rule.id } }))
                      }
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
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('mailRouting.add')}>
          <FormProblem state={state} />
          <Group align="flex-end" mt="sm">
            <NativeSelect
              label={t('mailRouting.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as MailRoutingKind)}
              data={MAIL_ROUTING_KINDS.map((k) => ({ value: k, label: t(`mailRouting.${k}`) }))}
            />
            <TextInput
              label={t('mailRouting.pattern')}
              placeholder={kind === 'VIP_DOMAIN' ? 'example.co.jp' : '見積'}
              required
              value={pattern}
              onChange={(e) => setPattern(e.currentTarget.value)}
              error={state.error('pattern')}
            />
            {kind === 'SUBJECT_KEYWORD' && (
              <TextInput
                label={t('mailRouting.department')}
                placeholder="営業部"
                required
                value={department}
                onChange={(e) => setDepartment(e.currentTarget.value)}
                error={state.error('department')}
              />
            )}
            <Button type="submit" loading={state.submitting}>
              {t('mailRouting.add')}
            </Button>
          </Group>
        </form>
      )}
    </section>
  );
}
