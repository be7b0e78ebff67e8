import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, IntakeDetailDrawer, tokyoMinute, useSubmit } from '@dengon/web';
import { STAFF_RECORD_ADDITIONS } from '../history/staff-additions';
import { mailQueueQuery, mailRecordChangedSubscription, takeMailMutation } from './documents';

const QUEUE_POLL_MS = 10_000;

/**
 * メール対応: offered mail and fax-to-mail for the clients the operator takes,
 * oldest first. Taking one opens its record to answer it; a call still rings
 * through meanwhile, and comes first.
 */
export function MailQueue() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(mailQueueQuery, { pollInterval: QUEUE_POLL_MS });
  // A mail offered, or taken by someone else, shows at once; the poll catches a missed event.
  useSubscription(mailRecordChangedSubscription, {
    onData: ({ data: event }) => {
      const channel = event.data?.intakeRecordChanged?.channel;
      if (channel === 'EMAIL' || channel === 'FAX') void refetch();
    },
  });
  const [take] = useMutation(takeMailMutation);
  const state = useSubmit([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const mails = data?.mailQueue ?? [];

  async function takeOne(id: string, intakeId: string | null | undefined) {
    const taken = await state.submit(() => take({ variables: { id } }));
    void refetch();
    if (taken && intakeId) setOpenId(intakeId);
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mail-queue">
      <Title order={2} size="h4" id="mail-queue">
        {t('inboundMail.queueTitle')}{' '}
        <Badge variant="light" tt="none">
          {mails.length}
        </Badge>
      </Title>
      <FormProblem state={state} />
      {mails.length === 0 ? (
        <Text c="dimmed" size="sm" mt="xs">
          {t('inboundMail.queueEmpty')}
        </Text>
      ) : (
        <Table mt="xs" aria-labelledby="mail-queue">
          <Table.Tbody>
            {mails.map((mail) => (
              <Table.Tr key={mail.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{tokyoMinute(mail.receivedAt)}</Table.Td>
                <Table.Td>{mail.clientCompany?.name}</Table.Td>
                <Table.Td>{t(`inboundAddressKind.${mail.kind}`)}</Table.Td>
                <Table.Td>
                  {mail.vip && (
                    <Badge color="red" variant="filled" size="sm" mr={4}>
                      VIP
                    </Badge>
                  )}
                  {mail.fromText}
                </Table.Td>
                <Table.Td>
                  {mail.subject || '—'}
                  {mail.department && (
                    <Text size="xs" c="dimmed">
                      {t('inboundMail.department', { department: mail.department })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" onClick={() => void takeOne(mail.id, mail.intakeId)}>
                    {t('inboundMail.take')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <IntakeDetailDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        additions={STAFF_RECORD_ADDITIONS}
      />
    </Paper>
  );
}
