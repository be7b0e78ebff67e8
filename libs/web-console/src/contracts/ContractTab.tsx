import { Permission } from '@dengon/domain';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ContractOverview,
  contractQuery,
  OptionsTable,
  QueryStatus,
  UsageThisMonth,
  useCan,
} from '@dengon/web';
import type { ClientCompanyDetailsFragment, ContractOptionDetailsFragment } from '../gql/graphql';
import { AddOptionForm } from './AddOptionForm';
import { ChangePlanForm } from './ChangePlanForm';
import { EditContractForm } from './EditContractForm';
import { EndOptionModal } from './EndOptionModal';
import { CreateContractForm } from './CreateContractForm';
import { PlanHistoryTable } from './PlanHistoryTable';

/** The contract area of a client: back office keeps it, supervisors read it. */
export function ContractTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const canEdit = useCan(Permission.ManageClients);
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState<ContractOptionDetailsFragment | null>(null);
  const { data, error } = useQuery(contractQuery, { variables: { clientCompanyId: client.id } });

  if (!data) return <QueryStatus error={error} />;
  const contract = data.contract;
  if (!contract) {
    return canEdit ? (
      <CreateContractForm clientCompanyId={client.id} />
    ) : (
      <Text c="dimmed">{t('contract.none')}</Text>
    );
  }

  return (
    <Stack gap="lg">
      <section aria-labelledby="contract-current">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4" id="contract-current">
            {t('contract.currentTitle')}
          </Title>
          {canEdit && !editing && (
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              {t('contract.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <EditContractForm contract={contract} onDone={() => setEditing(false)} />
        ) : (
          <ContractOverview contract={contract} />
        )}
      </section>
      <section aria-labelledby="contract-usage">
        <Title order={3} size="h4" id="contract-usage" mb="xs">
          {t('usage.title')}
        </Title>
        <UsageThisMonth clientCompanyId={client.id} />
      </section>
      <section aria-labelledby="contract-history">
        <Title order={3} size="h4" id="contract-history" mb="xs">
          {t('contract.history')}
        </Title>
        <PlanHistoryTable contract={contract} />
      </section>
      <section aria-labelledby="contract-options">
        <Title order={3} size="h4" id="contract-options" mb="xs">
          {t('contract.options')}
        </Title>
        <OptionsTable options={contract.options} onEnd={canEdit ? setEnding : undefined} />
      </section>
      {canEdit && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <ChangePlanForm contractId={contract.id} />
          <AddOptionForm contractId={contract.id} clientCompanyId={client.id} />
        </SimpleGrid>
      )}
      <EndOptionModal option={ending} onClose={() => setEnding(null)} />
    </Stack>
  );
}
