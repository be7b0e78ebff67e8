import { Permission } from '@dengon/domain';
import { Anchor, Breadcrumbs, Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { NotFoundPage, PageHeader, QueryStatus, useCurrentUser } from '@dengon/web';
import { TestCallButton } from '../calls/TestCallButton';
import { CallerMarksTab } from '../callers/CallerMarksTab';
import { ContractorsTab } from '../contractors/ContractorsTab';
import { ContractTab } from '../contracts/ContractTab';
import { FaqTab } from '../faq/FaqTab';
import { MailTab } from '../inbound/MailTab';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { NumbersTab } from '../numbers/NumbersTab';
import { ScriptTab } from '../scripts/ScriptTab';
import { ClientUsersTab } from '../users/ClientUsersTab';
import { ClientProfileTab } from './ClientProfileTab';
import { ClientStatusBadge } from './ClientStatusBadge';
import { clientCompanyQuery } from './documents';

interface ClientTab {
  value:
    | 'profile'
    | 'contract'
    | 'numbers'
    | 'script'
    | 'faq'
    | 'mail'
    | 'callers'
    | 'contractors'
    | 'users';
  permission: Permission;
  Panel: ComponentType<{ client: ClientCompanyDetailsFragment }>;
}

// Operators need only what they read on a call; the rest is for the people who keep the client.
const TABS: readonly ClientTab[] = [
  { value: 'contract', permission: Permission.ViewClientAccounts, Panel: ContractTab },
  { value: 'numbers', permission: Permission.ViewClientAccounts, Panel: NumbersTab },
  { value: 'script', permission: Permission.ViewAllClients, Panel: ScriptTab },
  { value: 'faq', permission: Permission.ViewAllClients, Panel: FaqTab },
  { value: 'mail', permission: Permission.ViewAllClients, Panel: MailTab },
  { value: 'callers', permission: Permission.ViewAllClients, Panel: CallerMarksTab },
  { value: 'contractors', permission: Permission.ViewAllClients, Panel: ContractorsTab },
  { value: 'users', permission: Permission.ViewUsers, Panel: ClientUsersTab },
  { value: 'profile', permission: Permission.ViewClientAccounts, Panel: ClientProfileTab },
];

/** One client, one tab per area; the tab is in the URL so it can be linked and reloaded. */
export function ClientDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { permissions } = useCurrentUser();
  const { clientId = '', tab } = useParams();
  const { data, error } = useQuery(clientCompanyQuery, {
    variables: { clientCompanyId: clientId },
  });
  const tabs = TABS.filter((candidate) => permissions.includes(candidate.permission));
  const current = tabs.find((candidate) => candidate.value === tab);

  if (!data) return <QueryStatus error={error} />;
  const client = data.clientCompany;
  if (!client) return <NotFoundPage />;
  if (!current) {
    const first = tabs[0];
    return first ? (
      <Navigate to={`/clients/${client.id}/${first.value}`} replace />
    ) : (
      <NotFoundPage />
    );
  }

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/clients" size="sm">
          {t('clients.title')}
        </Anchor>
        <Text size="sm">{client.name}</Text>
      </Breadcrumbs>
      <PageHeader
        documentTitle={client.name}
        title={
          <Group gap="sm">
            {client.name}
            <ClientStatusBadge status={client.status} />
          </Group>
        }
        description={client.nameKana}
        actions={
          permissions.includes(Permission.SuperviseCalls) && (
            <TestCallButton clientCompanyId={client.id} />
          )
        }
      />
      <Tabs
        value={current.value}
        onChange={(value) => value && void navigate(`/clients/${client.id}/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {tabs.map((candidate) => (
            <Tabs.Tab key={candidate.value} value={candidate.value}>
              {t(`clients.tabs.${candidate.value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel client={client} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
