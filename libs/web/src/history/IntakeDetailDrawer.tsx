import {
  Badge,
  Button,
  Drawer,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, dateTime, nationalPhone, tokyoMinute } from '../format/format';
import { FormProblem } from '../forms/FormProblem';
import { useSubmit } from '../forms/useSubmit';
import { publishedScriptQuery } from '../scripts/documents';
import { DetailTable } from '../ui/DetailTable';
import { AuthorizedImage } from '../ui/AuthorizedImage';
import { PdfButton } from '../ui/PdfButton';
import { QueryStatus } from '../ui/QueryStatus';
import { useRetained } from '../ui/useRetained';
import { usePhone } from '../ui/usePhone';
import { addIntakeCommentMutation, intakeRecordQuery } from './documents';
import { IntakeStatusActions } from './IntakeStatusActions';
import { IntakeStatusBadge } from './IntakeStatusBadge';
import { SenderTrustBadge } from './SenderTrustBadge';
import { intakeStatusLabel } from './intake-labels';

/** What the drawer hands each audience's additions. */
export interface RecordSummary {
  id: string;
  clientCompanyId: string;
  urgent: boolean;
  callingNational?: string | null;
  fields: Record<string, unknown>;
}

/** What a correction starts from: the record as it stands, with the labels the screen shows. */
export interface CorrectableRecord extends RecordSummary {
  version: number;
  memo: string;
}

/**
 * What an audience adds to a record: the console calls the caller back,
 * corrects the record and dispatches; the portal shows the dispatches read-only.
 */
export interface RecordAdditions {
  actions?: (record: RecordSummary) => ReactNode;
  correction?: (
    record: CorrectableRecord,
    labels: ReadonlyMap<string, string>,
    onCorrected: () => void,
  ) => ReactNode;
  dispatches: (record: RecordSummary) => ReactNode;
  /** Answering the mail a record was made from (the console). */
  mailReply?: (
    record: RecordSummary,
    mail: { id: string; takenBy?: string | null },
    onSent: () => void,
  ) => ReactNode;
}

/** One intake record at the side of the history: what was taken, its status and its comments. */
export function IntakeDetailDrawer({
  id,
  onClose,
  additions,
}: {
  id: string | null;
  onClose: () => void;
  additions: RecordAdditions;
}) {
  const { t } = useTranslation();
  const shownId = useRetained(id);
  const { data } = useQuery(intakeRecordQuery, {
    variables: { id: shownId ?? '' },
    skip: !shownId,
  });
  const record = data?.intakeRecord;
  const phone = usePhone();
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={
        record ? (
          <Title order={3} size="h4">
            {t('history.detailTitle', { recordNo: record.recordNumber })}
          </Title>
        ) : undefined
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {shownId && <IntakeDetail id={shownId} additions={additions} />}
    </Drawer>
  );
}

function IntakeDetail({ id, additions }: { id: string; additions: RecordAdditions }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(intakeRecordQuery, { variables: { id } });
  const record = data?.intakeRecord;
  // Labels of the client's published script; keys the script no longer has are shown as they are.
  // Client users get their own whatever the id; staff name the record's client.
  const { data: script } = useQuery(publishedScriptQuery, {
    variables: { clientCompanyId: record?.clientCompanyId },
    skip: !record,
  });
  const [addComment] = useMutation(addIntakeCommentMutation);
  const commentSubmit = useSubmit(['body']);
  const [comment, setComment] = useState('');

  if (!record) return <QueryStatus error={error} />;

  const labels = new Map(
    (script?.publishedScript?.fields ?? []).map((field) => [field.key, field.label]),
  );
  const order = [...labels.keys()];
  const keys = Object.keys(record.fields).sort(
    (a, b) =>
      (order.includes(a) ? order.indexOf(a) : order.length) -
      (order.includes(b) ? order.indexOf(b) : order.length),
  );
  // Phone fields are kept as E.164: shown the way Japanese readers write them.
  const show = (value: unknown) =>
    value == null || value === ''
      ? '—'
      : typeof value === 'string'
        ? value.startsWith('+81')
          ? nationalPhone(value)
          : value
        : JSON.stringify(value);

  async function sendComment() {
    if (!record || !comment.trim()) return;
    const result = await commentSubmit.submit(() =>
      addComment({ variables: { intakeId: record.id, body: comment.trim() } }),
    );
    if (result) {
      setComment('');
      await refetch();
    }
  }

  return (
    <Stack gap="lg">
      <Group gap="xs">
        <IntakeStatusBadge status={record.status} />
        {record.urgent && (
          <Badge color="red" variant="filled">
            {t('history.urgent')}
          </Badge>
        )}
        {record.correctedAfterReport && (
          <Badge color="orange" variant="light">
            {t('history.correctedAfterReport')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {tokyoMinute(record.receivedAt)} ・ {t(`intakeChannel.${record.channel}`)}
          {record.callingNational ? ` ・ ${record.callingNational}` : ''}
        </Text>
      </Group>

      {additions.actions?.(record)}

      <section aria-labelledby="intake-fields">
        <Title order={4} size="h5" id="intake-fields" mb="xs">
          {t('history.fields')}
        </Title>
        <DetailTable
          rows={[
            ...keys.map((key) => ({
              label: labels.get(key) ?? key,
              value: <span style={{ whiteSpace: 'pre-wrap' }}>{show(record.fields[key])}</span>,
            })),
            {
              label: t('history.memo'),
              value: <span style={{ whiteSpace: 'pre-wrap' }}>{record.memo || '—'}</span>,
            },
          ]}
        />
        {additions.correction?.(record, labels, () => void refetch())}
      </section>

      {record.corrections.length > 0 && (
        <section aria-labelledby="intake-corrections">
          <Title order={4} size="h5" id="intake-corrections" mb="xs">
            {t('history.corrections')}
          </Title>
          <Stack gap="sm">
            {record.corrections.map((correction) => (
              <div key={correction.id} data-testid="correction">
                <Text size="sm" fw={600}>
                  {dateTime(correction.createdAt, i18n.language)}
                  {correction.afterReport && ` ・ ${t('history.correctedAfterReport')}`}
                </Text>
                <Text size="sm">
                  {t('history.correctionReason')}：{correction.reason}
                </Text>
                <Table withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('history.correctedItem')}</Table.Th>
                      <Table.Th>{t('history.correctedBefore')}</Table.Th>
                      <Table.Th>{t('history.correctedAfter')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {correction.changes.map((change) => (
                      <Table.Tr key={change.key}>
                        <Table.Td>{change.label}</Table.Td>
                        <Table.Td>{show(change.before)}</Table.Td>
                        <Table.Td>{show(change.after)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            ))}
          </Stack>
        </section>
      )}

      {record.mail && (
        <section aria-labelledby="intake-mail">
          <Title order={4} size="h5" id="intake-mail" mb="xs">
            {t(record.mail.kind === 'FAX' ? 'history.mailFax' : 'history.mailEmail')}
          </Title>
          <Group gap="xs">
            <Text size="sm">
              {t('history.mailFrom')}: {record.mail.fromText || '—'}
            </Text>
            <SenderTrustBadge mail={record.mail} />
          </Group>
          {record.mail.senderTrust === 'SUSPICIOUS' && (
            <Text size="sm" c="red">
              {t('history.mailSuspicious')}
            </Text>
          )}
          <Text size="sm">
            {t('history.mailSubject')}: {record.mail.subject || '—'}
          </Text>
          {record.mail.textMisdecoded && (
            <Text size="sm" c="orange">
              {t('history.mailMisdecoded')}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            {record.mail.attachments.map((attachment, i) => (
              <PdfButton
                key={i}
                path={`/inbound-mails/${encodeURIComponent(record.mail!.id)}/attachments/${i}`}
                label={`${attachment.fileName}（${Math.max(1, Math.round(attachment.size / 1024))} KB）`}
              />
            ))}
          </Group>
          {/* A fax's TIFF pages, read here page by page. */}
          {record.mail.attachments.map((attachment, i) =>
            Array.from({ length: attachment.pages }, (_, n) => (
              <Paper key={`${i}-${n}`} withBorder mt="xs" p={4}>
                <AuthorizedImage
                  path={`/inbound-mails/${encodeURIComponent(record.mail!.id)}/attachments/${i}/pages/${n + 1}`}
                  alt={t('history.faxPage', {
                    file: attachment.fileName,
                    page: n + 1,
                    pages: attachment.pages,
                  })}
                />
              </Paper>
            )),
          )}
          {record.mail.replies.map((reply) => (
            <Paper key={reply.id} withBorder p="sm" mt="sm" aria-label={t('history.mailReply')}>
              <Text size="xs" c="dimmed">
                {t(reply.sentBy ? 'history.mailReply' : 'history.mailAutoReply')} ・{' '}
                {tokyoMinute(reply.createdAt)}
              </Text>
              <Text size="sm" fw={600}>
                {reply.subject}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {reply.body}
              </Text>
            </Paper>
          ))}
          {record.mail.kind === 'EMAIL' &&
            additions.mailReply?.(record, record.mail, () => void refetch())}
        </section>
      )}

      {record.recordings.map((recording) => (
        <section key={recording.id} aria-labelledby={`recording-${recording.id}`}>
          <Title order={4} size="h5" id={`recording-${recording.id}`} mb="xs">
            {t(recording.kind === 'VOICEMAIL' ? 'history.voicemailRecording' : 'history.recording')}
            <Text span size="xs" c="dimmed" ml="xs">
              {tokyoMinute(recording.createdAt)}
            </Text>
          </Title>
          <RecordingPlayer playUrl={recording.playUrl} labelledBy={`recording-${recording.id}`} />
          <Text size="xs" c="dimmed">
            {t('history.recordingLength', {
              length: clock(recording.durationSeconds),
              deleteOn: recording.deleteOn,
            })}
          </Text>
        </section>
      ))}

      <section aria-labelledby="intake-status">
        <Title order={4} size="h5" id="intake-status" mb="xs">
          {t('history.changeStatus')}
        </Title>
        <IntakeStatusActions record={record} onReload={() => void refetch()} />
      </section>

      {additions.dispatches(record)}

      <section aria-labelledby="intake-history">
        <Title order={4} size="h5" id="intake-history" mb="xs">
          {t('history.statusHistory')}
        </Title>
        <Table withTableBorder aria-labelledby="intake-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.changedAt')}</Table.Th>
              <Table.Th>{t('history.change')}</Table.Th>
              <Table.Th>{t('history.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.statusHistory.map((change) => (
              <Table.Tr key={change.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {dateTime(change.changedAt, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {change.fromStatus
                    ? `${intakeStatusLabel(change.fromStatus, i18n.language)} → `
                    : ''}
                  {intakeStatusLabel(change.toStatus, i18n.language)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{change.note || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="intake-comments">
        <Title order={4} size="h5" id="intake-comments" mb="xs">
          {t('history.comments')}
        </Title>
        <Stack gap="xs">
          {record.comments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('history.noComments')}
            </Text>
          ) : (
            record.comments.map((item) => (
              <div key={item.id}>
                <Text size="xs" c="dimmed">
                  {dateTime(item.createdAt, i18n.language)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.body}
                </Text>
              </div>
            ))
          )}
          <Textarea
            label={t('history.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={commentSubmit.error('body')}
            autosize
            minRows={2}
          />
          <Group>
            <Button
              onClick={() => void sendComment()}
              loading={commentSubmit.submitting}
              disabled={!comment.trim()}
            >
              {t('history.addComment')}
            </Button>
          </Group>
          <FormProblem state={commentSubmit} />
        </Stack>
      </section>
    </Stack>
  );
}

/**
 * The recording's player. Its link is taken once when the record opens: each
 * read of the record brings a fresh link, and a changed src would reload the
 * player under the listener's hand. A link lasts ten minutes; reopening renews it.
 */
function RecordingPlayer({ playUrl, labelledBy }: { playUrl: string; labelledBy: string }) {
  const [src] = useState(playUrl);
  return (
    <audio
      controls
      preload="none"
      src={src}
      data-testid="recording"
      aria-labelledby={labelledBy}
      style={{ width: '100%' }}
    />
  );
}
