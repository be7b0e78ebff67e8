import { Loader, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePlanName } from '@dengon/web';
import { clientPlanTodayQuery } from './documents';

/** The plan a client is on today, for one row of the client list. */
export function ClientPlanCell({ clientCompanyId }: { clientCompanyId: string }) {
  const { t } = useTranslation();
  const planName = usePlanName();
  const { data, loading } = useQuery(clientPlanTodayQuery, { variables: { clientCompanyId } });
  if (!data) return loading ? <Loader size="xs" aria-label={t('session.restoring')} /> : null;
  const plan = data.contract?.currentTerm?.plan;
  return plan ? (
    <Text size="sm">{planName(plan)}</Text>
  ) : (
    <Text size="sm" c="dimmed">
      {t('clients.noContract')}
    </Text>
  );
}
