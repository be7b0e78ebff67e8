import { Permission } from '@dengon/domain';
import { Stack, Table } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { dateTime, EmptyRow, QueryStatus, useCan } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { CreateUserForm } from './CreateUserForm';
import { companyUsersQuery } from './documents';

/** The people of a client company who use the portal. */
export function ClientUsersTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t, i18n } = useTranslation();
  const canCreate = useCan(Permission.ManageUsers);
  const { data, error } = useQuery(companyUsersQuery, {
    variables: { clientCompanyId: client.id },
  });

  return (
    <Stack>
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder striped aria-label={t('users.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.users.length === 0 && <EmptyRow columns={4} text={t('users.none')} />}
            {data.users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>{dateTime(user.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canCreate && <CreateUserForm clientCompanyId={client.id} />}
    </Stack>
  );
}
