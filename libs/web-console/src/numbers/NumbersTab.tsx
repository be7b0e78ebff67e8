import { Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberTable, phoneNumbersQuery, QueryStatus, useCan } from '@dengon/web';
import type { ClientCompanyDetailsFragment, PhoneNumberDetailsFragment } from '../gql/graphql';
import { ForwardingModal } from './ForwardingModal';
import { allowedNextStatuses, Permission } from '@dengon/domain';
import { stepKey } from './number-status';
import { RequestNumberForm } from './RequestNumberForm';
import { StatusChangeModal, type StatusStep } from './StatusChangeModal';

/** A client's numbers; back office requests them and moves them through their life. */
export function NumbersTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const canEdit = useCan(Permission.ManageClients);
  const [step, setStep] = useState<StatusStep | null>(null);
  const [editing, setEditing] = useState<PhoneNumberDetailsFragment | null>(null);
  const { data, error } = useQuery(phoneNumbersQuery, {
    variables: { clientCompanyId: client.id },
  });

  if (!data) return <QueryStatus error={error} />;
  const actions = (number: PhoneNumberDetailsFragment) => (
    <Group gap={4} wrap="nowrap">
      {allowedNextStatuses(number.status).map((to) => (
        <Button
          key={to}
          size="compact-xs"
          variant={to === 'RELEASED' ? 'subtle' : 'light'}
          color={to === 'RELEASED' ? 'red' : undefined}
          onClick={() => setStep({ number, to })}
        >
          {t(stepKey(number.status, to))}
        </Button>
      ))}
      {number.status !== 'RELEASED' && (
        <Button size="compact-xs" variant="default" onClick={() => setEditing(number)}>
          {t(number.kind === 'TOLL_FREE' ? 'numbers.editForwarding' : 'numbers.editLabel')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack>
      <NumberTable numbers={data.phoneNumbers} actions={canEdit ? actions : undefined} />
      {canEdit && <RequestNumberForm clientCompanyId={client.id} />}
      <StatusChangeModal step={step} onClose={() => setStep(null)} />
      <ForwardingModal number={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
