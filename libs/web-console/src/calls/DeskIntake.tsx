import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
  type ComboboxItem,
  type OptionsFilter,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishedScriptQuery, QueryStatus } from '@dengon/web';
import { clientCompaniesQuery, clientCompanyQuery } from '../clients/documents';
import { IntakeForm, type SavedRecord } from './IntakeForm';
import { SavedIntakePanel } from './SavedIntakePanel';

/** For matching: full-width and half-width alike, and hiragana as katakana (フリガナ are katakana). */
const normal = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60));

/**
 * An intake without a call from the ACD: the desk phone, a fax, an e-mail.
 * The client is chosen first (by name or フリガナ), then the same form as on a call.
 */
export function DeskIntake({ active, onClose }: { active: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState<string | null>(null);
  // A new round is a fresh, empty form for the same client.
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState<SavedRecord | null>(null);
  const clientSelect = useRef<HTMLInputElement>(null);
  const { data: clients, error: clientsError } = useQuery(clientCompaniesQuery, {
    variables: {},
  });
  const { data: client, error: clientError } = useQuery(clientCompanyQuery, {
    variables: { clientCompanyId: clientId ?? '' },
    skip: !clientId,
  });
  const { data: script, error: scriptError } = useQuery(publishedScriptQuery, {
    variables: { clientCompanyId: clientId },
    skip: !clientId,
  });

  useEffect(() => clientSelect.current?.focus(), []);

  const candidates = (clients?.clientCompanies ?? []).filter((c) => c.status !== 'TERMINATED');
  const kana = new Map(candidates.map((c) => [c.id, normal(c.nameKana)]));
  const byNameOrKana: OptionsFilter = ({ options, search }) => {
    const needle = normal(search.trim());
    return (options as ComboboxItem[]).filter(
      (option) =>
        !needle ||
        normal(option.label).includes(needle) ||
        (kana.get(option.value) ?? '').includes(needle),
    );
  };

  function choose(id: string | null) {
    setClientId(id);
    setSaved(null);
    setRound((n) => n + 1);
  }

  function next() {
    setSaved(null);
    setRound((n) => n + 1);
  }

  const company = client?.clientCompany;
  const published = script?.publishedScript;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="desk-intake"
      display={active ? undefined : 'none'}
    >
      <Stack gap="md">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4" id="desk-intake">
              {t('calls.deskTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('calls.deskHint')}
            </Text>
          </div>
          <Button variant="default" onClick={onClose}>
            {t('calls.deskClose')}
          </Button>
        </Group>
        {clientsError ? (
          <QueryStatus error={clientsError} />
        ) : (
          <Select
            ref={clientSelect}
            label={t('calls.client')}
            placeholder={t('calls.clientPlaceholder')}
            data={candidates.map((c) => ({ value: c.id, label: c.name }))}
            value={clientId}
            onChange={choose}
            filter={byNameOrKana}
            nothingFoundMessage={t('clients.none')}
            searchable
            maw={420}
          />
        )}
        {clientId &&
          (!company || !script ? (
            <QueryStatus error={clientError ?? scriptError} />
          ) : !published ? (
            <Alert color="yellow" variant="light">
              {t('calls.noScript')}
            </Alert>
          ) : saved ? (
            <SavedIntakePanel
              saved={saved}
              escalationContacts={company.escalationContacts}
              actions={
                <Group>
                  <Button onClick={next}>{t('calls.nextDeskIntake')}</Button>
                </Group>
              }
            />
          ) : (
            <IntakeForm
              key={round}
              clientCompanyId={company.id}
              script={published}
              channels={['PHONE', 'FAX', 'EMAIL']}
              active={active}
              onSaved={setSaved}
            />
          ))}
      </Stack>
    </Paper>
  );
}
