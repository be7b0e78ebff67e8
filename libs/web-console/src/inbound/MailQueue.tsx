import { Alert, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Permission } from '@dengon/domain';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormProblem,
  IntakeDetailDrawer,
  tokyoMinute,
  tokyoSecond,
  useCan,
  useSubmit,
} from '@dengon/web';
import type { DeskMailFragment } from '../gql/graphql';
import { STAFF_RECORD_ADDITIONS } from '../history/staff-additions';
import {
  finishMailMutation,
  mailOfferForMeSubscription,
  mailQueueQuery,
  mailRecordChangedSubscription,
  mailsInHandQuery,
  myMailOfferQuery,
  takeMailMutation,
} from './documents';

const QUEUE_POLL_MS = 10_000;
// An offer moves on when it rings out or a call comes: asked again often.
const OFFER_POLL_MS = 3_000;

/**
 * メール対応: the ACD offers waiting mail and fax-to-mail one at a time to a
 * free operator trained on its client. The operator takes the mail offered
 * to them, answers it, and finishes it, which frees them for the next; a
 * call still rings through meanwhile, and comes first. Supervisors see the
 * whole queue and may take any waiting mail themselves.
 */
export function MailQueue() {
  const { t } = useTranslation();
  const supervise = useCan(Permission.SuperviseCalls);
  const queue = useQuery(mailQueueQuery, { pollInterval: QUEUE_POLL_MS });
  const offer = useQuery(myMailOfferQuery, { pollInterval: OFFER_POLL_MS });
  const hand = useQuery(mailsInHandQuery);
  useSubscription(mailOfferForMeSubscription, { onData: () => void offer.refetch() });
  // A mail that arrives or is taken shows at once; the poll catches a missed event.
  useSubscription(mailRecordChangedSubscription, {
    onData: ({ data: event }) => {
      const channel = event.data?.intakeRecordChanged?.channel;
      if (channel === 'EMAIL' || channel === 'FAX') void queue.refetch();
    },
  });
  const [take] = useMutation(takeMailMutation);
  const [finish] = useMutation(finishMailMutation);
  const state = useSubmit([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const waiting = queue.data?.mailQueue ?? [];
  const offered = offer.data?.myMailOffer ?? null;
  const inHand = hand.data?.mailsInHand ?? [];

  const refetchAll = () => Promise.all([queue.refetch(), offer.refetch(), hand.refetch()]);

  async function takeOne(mail: DeskMailFragment) {
    const taken = await state.submit(() => take({ variables: { id: mail.id } }));
    await refetchAll();
    if (taken && mail.intakeId) setOpenId(mail.intakeId);
  }

  async function finishOne(mail: DeskMailFragment) {
    await state.submit(() => finish({ variables: { id: mail.id } }));
    await refetchAll();
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mail-queue">
      <Title order={2} size="h4" id="mail-queue">
        {t('inboundMail.queueTitle')}{' '}
        <Badge variant="light" tt="none">
          {waiting.length}
        </Badge>
      </Title>
      <FormProblem state={state} />
      {offered && (
        <Alert color="blue" mt="sm" role="status" title={t('inboundMail.offerTitle')}>
          <MailSummary mail={offered.mail} />
          <Group mt="xs" justify="space-between">
            <Text size="xs" c="dimmed">
              {t('inboundMail.offerHint', { time: tokyoSecond(offered.expiresAt) })}
            </Text>
            <Button size="xs" onClick={() => void takeOne(offered.mail)}>
              {t('inboundMail.take')}
            </Button>
          </Group>
        </Alert>
      )}
      {inHand.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" id="mail-in-hand">
            {t('inboundMail.inHandTitle')}
          </Title>
          <MailTable
            mails={inHand}
            labelledBy="mail-in-hand"
            actions={(mail) => (
              <Group gap="xs" wrap="nowrap">
                {mail.intakeId && (
                  <Button size="xs" variant="default" onClick={() => setOpenId(mail.intakeId)}>
                    {t('inboundMail.open')}
                  </Button>
                )}
                <Button size="xs" variant="light" onClick={() => void finishOne(mail)}>
                  {t('inboundMail.finish')}
                </Button>
              </Group>
            )}
          />
        </>
      )}
      {waiting.length === 0 ? (
        <Text c="dimmed" size="sm" mt="xs">
          {t('inboundMail.queueEmpty')}
        </Text>
      ) : (
        <>
          <Text c="dimmed" size="xs" mt="md">
            {t(supervise ? 'inboundMail.queueHintSupervisor' : 'inboundMail.queueHint')}
          </Text>
          <MailTable
            mails={waiting.filter((mail) => mail.id !== offered?.mail.id)}
            labelledBy="mail-queue"
            actions={
              supervise
                ? (mail) => (
                    <Button size="xs" variant="default" onClick={() => void takeOne(mail)}>
                      {t('inboundMail.take')}
                    </Button>
                  )
                : undefined
            }
          />
        </>
      )}
      <IntakeDetailDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        additions={STAFF_RECORD_ADDITIONS}
      />
    </Paper>
  );
}

/** Who sent it, to whom and about what, in a line. */
function MailSummary({ mail }: { mail: DeskMailFragment }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text fw={600}>{mail.clientCompany?.name}</Text>
      <Text size="sm">{t(`inboundAddressKind.${mail.kind}`)}</Text>
      {mail.vip && (
        <Badge color="red" variant="filled" size="sm">
          VIP
        </Badge>
      )}
      <Text size="sm">{mail.fromText}</Text>
      <Text size="sm" fw={600}>
        {mail.subject || '—'}
      </Text>
      {mail.department && (
        <Text size="xs" c="dimmed">
          {t('inboundMail.department', { department: mail.department })}
        </Text>
      )}
    </Group>
  );
}

function MailTable({
  mails,
  labelledBy,
  actions,
}: {
  mails: readonly DeskMailFragment[];
  labelledBy: string;
  actions?: (mail: DeskMailFragment) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table mt="xs" aria-labelledby={labelledBy}>
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
            {actions && <Table.Td>{actions(mail)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
