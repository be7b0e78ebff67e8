import { Alert, Group, Notification, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { intakeRecordQuery, IntakeStatusActions, IntakeStatusBadge } from '@dengon/web';
import { EscalationContactList } from '../clients/EscalationContactList';
import { IntakeDispatches } from '../dispatch/IntakeDispatches';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import type { SavedRecord } from './IntakeForm';

/**
 * The record just saved: its number to tell the caller, the urgent alert with
 * whom to phone, and the next status (報告済, 折り返し待ち…) the operator may set.
 */
export function SavedIntakePanel({
  saved,
  escalationContacts,
  actions,
}: {
  saved: SavedRecord;
  escalationContacts: ClientCompanyDetailsFragment['escalationContacts'];
  /** What comes next on this screen: finishing the call, or another intake. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  // The saved record until the full one arrives; a status change updates it in the cache.
  const { data, refetch } = useQuery(intakeRecordQuery, { variables: { id: saved.id } });
  const record = data?.intakeRecord ?? saved;
  const heading = useRef<HTMLHeadingElement>(null);

  // Keyboard users continue from here: the next Tab reaches the status note and buttons.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="md">
      <Notification
        color="green"
        withCloseButton={false}
        title={t('calls.savedTitle')}
        role="status"
        withBorder
      >
        {t('calls.saved', { recordNo: saved.recordNumber })}
      </Notification>
      {saved.urgent && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('calls.urgentTitle')}
          data-testid="urgent-alert"
          style={{ borderWidth: 2, borderColor: 'var(--mantine-color-red-6)' }}
        >
          <Stack gap="xs">
            <Text fw={700} c="red.9">
              {t('calls.urgent', { keywords: saved.urgentKeywords.join('、') })}
            </Text>
            {escalationContacts.length > 0 ? (
              <EscalationContactList contacts={escalationContacts} />
            ) : (
              <Text size="sm">{t('calls.noEscalationContacts')}</Text>
            )}
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="saved-intake">
        <Stack gap="sm">
          <Group gap="sm">
            <Title
              order={3}
              size="h4"
              id="saved-intake"
              ref={heading}
              tabIndex={-1}
              data-testid="record-no"
            >
              {t('calls.recordNo', { recordNo: saved.recordNumber })}
            </Title>
            <IntakeStatusBadge status={record.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('calls.nextStatus')}
          </Text>
          <IntakeStatusActions record={record} onReload={() => void refetch()} />
        </Stack>
      </Paper>
      {data?.intakeRecord && (
        <Paper withBorder p="md">
          <IntakeDispatches intake={data.intakeRecord} />
        </Paper>
      )}
      {actions}
    </Stack>
  );
}
