import { Permission } from '@dengon/domain';
import { Badge, Button, Group, Stack, Table } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../format/format';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../forms/useSubmit';
import { useCan, useCurrentUser } from '../shell/CurrentUser';
import { EmptyRow } from '../ui/EmptyRow';
import { QueryStatus } from '../ui/QueryStatus';
import { CreateUserForm } from './CreateUserForm';
import { companyUsersQuery, resetTwoFactorMutation, setUserActiveMutation } from './documents';

/**
 * The people of a client company who use the portal: the back office's
 * client tab, and a client admin's own users page (no company named: their own).
 */
export function CompanyUsers({ clientCompanyId }: { clientCompanyId?: string }) {
  const { t, i18n } = useTranslation();
  const canManage = useCan(Permission.ManageUsers);
  const me = useCurrentUser();
  const { data, error } = useQuery(companyUsersQuery, { variables: { clientCompanyId } });
  const state = useSubmit([]);
  const [setActive] = useMutation(setUserActiveMutation);
  const [resetTwoFactor] = useMutation(resetTwoFactorMutation);

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
              <Table.Th>{t('users.state')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.users.length === 0 && (
              <EmptyRow columns={canManage ? 6 : 5} text={t('users.none')} />
            )}
            {data.users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>{dateTime(user.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={user.active ? 'green' : 'gray'} variant="light">
                      {t(user.active ? 'users.active' : 'users.inactive')}
                    </Badge>
                    {user.totpEnabledAt && (
                      <Badge color="blue" variant="light">
                        {t('users.twoFactor')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {/* Nobody locks themselves out (the API refuses it too). */}
                      {user.id !== me.id && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            void state.submit(() =>
                              setActive({
                                variables: {
                                  input: {
                                    id: user.id,
                                    version: user.version,
                                    active: !user.active,
                                  },
                                },
                              }),
                            )
                          }
                        >
                          {t(user.active ? 'users.deactivate' : 'users.reactivate')}
                        </Button>
                      )}
                      {user.totpEnabledAt && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() =>
                            window.confirm(t('users.resetTwoFactorConfirm', { name: user.name })) &&
                            void state.submit(() =>
                              resetTwoFactor({ variables: { userId: user.id } }),
                            )
                          }
                        >
                          {t('users.resetTwoFactor')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormProblem state={state} />
      {canManage && <CreateUserForm clientCompanyId={clientCompanyId} />}
    </Stack>
  );
}
