import { Stack, Text, Title } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchDetailsFragment } from '../gql/graphql';
import { DispatchCard } from './DispatchCard';
import { dispatchChangedSubscription, dispatchesQuery } from './documents';

export interface DispatchIntake {
  id: string;
  clientCompanyId: string;
  urgent: boolean;
  fields: Record<string, unknown>;
}

/**
 * 手配 on one intake, live: read-only for the client's users, who see the
 * section once something was dispatched; for staff (`staff`) every message,
 * with what the console adds: the form that sends the job and each awaited
 * dispatch's actions.
 */
export function IntakeDispatchList({
  intake,
  staff = false,
  form,
  actions,
}: {
  intake: DispatchIntake;
  staff?: boolean;
  form?: (reload: () => void) => ReactNode;
  actions?: (dispatch: DispatchDetailsFragment, reload: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
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
  const reload = () => void refetch();

  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('dispatch.title')}
      </Title>
      <Stack gap="sm">
        {form?.(reload)}
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
            actions={actions?.(dispatch, reload)}
          />
        ))}
      </Stack>
    </section>
  );
}
