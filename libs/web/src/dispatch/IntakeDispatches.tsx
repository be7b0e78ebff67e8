import { Permission } from '@dengon/domain';
import { Stack, Text, Title } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../shell/CurrentUser';
import { DispatchCard } from './DispatchCard';
import { DispatchForm } from './DispatchForm';
import { dispatchChangedSubscription, dispatchesQuery, dispatchPlanQuery } from './documents';

/**
 * 手配 on one intake: for staff, when the client's plan includes dispatch, the
 * form that sends the job and the dispatches with their messages and replies;
 * for the client's users, the record's dispatches read-only.
 */
export function IntakeDispatches({
  intake,
}: {
  intake: { id: string; clientCompanyId: string; urgent: boolean; fields: Record<string, unknown> };
}) {
  const staff = useCan(Permission.ViewAllClients);
  const { data: plan } = useQuery(dispatchPlanQuery, {
    variables: { clientCompanyId: intake.clientCompanyId },
    skip: !staff,
  });
  if (!staff) return <DispatchList intake={intake} staff={false} />;
  if (!plan?.contract?.currentTerm?.plan.dispatchIncluded) return null;
  return <DispatchList intake={intake} staff />;
}

function DispatchList({
  intake,
  staff,
}: {
  intake: { id: string; clientCompanyId: string; urgent: boolean; fields: Record<string, unknown> };
  staff: boolean;
}) {
  const { t } = useTranslation();
  const canReply = useCan(Permission.Dispatch);
  const { data, refetch } = useQuery(dispatchesQuery, { variables: { intakeId: intake.id } });
  // A changed dispatch updates itself in the cache by its id; a new one for this intake is read again.
  useSubscription(dispatchChangedSubscription, {
    variables: { clientCompanyId: staff ? intake.clientCompanyId : undefined },
    onData: ({ data: result }) => {
      const changed = result.data?.dispatchChanged;
      if (changed?.intakeId !== intake.id) return;
      if (!data?.dispatches.some((dispatch) => dispatch.id === changed.id)) void refetch();
    },
  });
  const dispatches = data?.dispatches ?? [];
  // Client users see the section only once something was dispatched.
  if (!staff && dispatches.length === 0) return null;
  const headingId = `intake-dispatch-${intake.id}`;

  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('dispatch.title')}
      </Title>
      <Stack gap="sm">
        {staff && <DispatchForm intake={intake} onSent={() => void refetch()} />}
        {staff && dispatches.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dispatch.none')}
          </Text>
        )}
        {dispatches.map((dispatch) => (
          <DispatchCard
            key={dispatch.id}
            dispatch={dispatch}
            detailed={staff}
            canReply={staff && canReply}
            onReload={() => void refetch()}
          />
        ))}
      </Stack>
    </section>
  );
}
