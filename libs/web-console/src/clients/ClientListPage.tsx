import { Permission } from '@dengon/domain';
import { Anchor, Button, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRow, PageHeader, QueryStatus, useCan } from '@dengon/web';
import type { ClientStatus } from '../gql/graphql';
import { CLIENT_STATUSES } from './client-form-values';
import { ClientPlanCell } from './ClientPlanCell';
import { ClientStatusBadge } from './ClientStatusBadge';
import { clientCompaniesQuery } from './documents';

/** Every client company; back office adds new ones here. */
export function ClientListPage() {
  const { t } = useTranslation();
  const canCreate = useCan(Permission.ManageClients);
  const [status, setStatus] = useState<ClientStatus | ''>('');
  const [filter, setFilter] = useState('');
  const { data, error } = useQuery(clientCompaniesQuery, {
    variables: { status: status || null },
  });
  const needle = filter.trim().normalize('NFKC').toLowerCase();
  const clients = data?.clientCompanies.filter(
    (c) =>
      !needle ||
      c.name.normalize('NFKC').toLowerCase().includes(needle) ||
      c.nameKana.normalize('NFKC').toLowerCase().includes(needle),
  );

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        actions={
          canCreate && (
            <Button component={Link} to="/clients/new">
              {t('clients.new')}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('clients.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={280}
        />
        <NativeSelect
          label={t('clients.statusFilter')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ClientStatus | '')}
          data={[
            { value: '', label: t('common.all') },
            ...CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clientStatus.${s}`) })),
          ]}
        />
      </Group>
      {!clients ? (
        <QueryStatus error={error} />
      ) : (
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.form.name')}</Table.Th>
              <Table.Th>{t('clients.form.nameKana')}</Table.Th>
              <Table.Th>{t('clients.form.status')}</Table.Th>
              <Table.Th>{t('clients.planToday')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.length === 0 && <EmptyRow columns={4} text={t('clients.none')} />}
            {clients.map((client) => (
              <Table.Tr key={client.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${client.id}`}>
                    {client.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{client.nameKana}</Table.Td>
                <Table.Td>
                  <ClientStatusBadge status={client.status} />
                </Table.Td>
                <Table.Td>
                  <ClientPlanCell clientCompanyId={client.id} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
