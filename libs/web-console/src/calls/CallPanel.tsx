import {
  Alert,
  Badge,
  Button,
  Group,
  Highlight,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, FormProblem, useNow, useSubmit } from '@dengon/web';
import type { OfferDetailsFragment } from '../gql/graphql';
import { CallControls } from '../voice/CallControls';
import { useSoftphone } from '../voice/SoftphoneProvider';
import { writeMyOffer, writeMyStatus } from './cache';
import { CallerHistory } from './CallerHistory';
import { finishCallMutation } from './documents';
import { IntakeForm, type SavedRecord } from './IntakeForm';
import { SavedIntakePanel } from './SavedIntakePanel';
import { ariaKeys, EVEN_IN_FIELDS, hotkey, SHORTCUTS, ShortcutHint } from './shortcuts';

/**
 * The call I am on: whose it is, the intake form with the FAQ, the caller's
 * earlier intakes; then 通話終了 (Ctrl+E) puts me into after-call work.
 */
export function CallPanel({
  view,
  answeredAt,
  saved,
  onSaved,
}: {
  view: OfferDetailsFragment;
  /** When I went on the call (my state's since). */
  answeredAt: string;
  /** The record taken on this call; the page keeps it through after-call work. */
  saved: SavedRecord | null;
  onSaved: (record: SavedRecord) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [finish] = useMutation(finishCallMutation, {
    update: (cache, { data }) => {
      writeMyStatus(cache, data?.finishCall);
      writeMyOffer(cache, null);
    },
  });
  const finishing = useSubmit([]);
  const { phone } = useSoftphone();
  const { script, client } = view;
  const keywords = (script?.urgentKeywords ?? []).filter((k) => k.trim());

  async function end(evenUnsaved = false) {
    if (finishing.submitting) return;
    if (!saved && !evenUnsaved) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    phone?.hangUp();
    await finishing.submit(() => finish());
  }

  useHotkeys([hotkey(SHORTCUTS.finishCall, () => void end())], EVEN_IN_FIELDS);

  const finishButton = (
    <Button
      color="red"
      onClick={() => void end()}
      loading={finishing.submitting}
      aria-keyshortcuts={ariaKeys(SHORTCUTS.finishCall)}
      rightSection={<ShortcutHint shortcut={SHORTCUTS.finishCall} />}
    >
      {t('calls.finishCall')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby="on-call-client"
        bg="blue.0"
        data-testid="on-call"
      >
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="xs">
                <Badge color="blue" variant="filled">
                  {t('operatorState.ON_CALL')}
                </Badge>
                <Elapsed since={answeredAt} />
                <Text c="dimmed">{view.callingNational ?? t('calls.withheld')}</Text>
              </Group>
              <Title order={2} id="on-call-client" mt={4}>
                {client.name}
              </Title>
              {view.scriptReason && (
                <Text size="sm" c="blue.8">
                  {t('scriptSchedule.inForce', { reason: view.scriptReason })}
                </Text>
              )}
            </div>
            {finishButton}
          </Group>
          <CallControls />
          {script?.specialInstructions && (
            <div>
              <Text size="xs" c="dimmed">
                {t('calls.specialInstructions')}
              </Text>
              <Highlight highlight={keywords} color="red.2" style={{ whiteSpace: 'pre-wrap' }}>
                {script.specialInstructions}
              </Highlight>
            </div>
          )}
          <FormProblem state={finishing} />
        </Stack>
      </Paper>

      {!script ? (
        <Alert color="yellow" variant="light">
          {t('calls.noScript')}
        </Alert>
      ) : saved ? (
        <SavedIntakePanel saved={saved} escalationContacts={client.escalationContacts} />
      ) : (
        <IntakeForm
          clientCompanyId={client.id}
          script={script}
          callSessionId={view.offer.callSessionId}
          channels={['PHONE']}
          onSaved={onSaved}
        />
      )}

      <CallerHistory records={view.callerHistory} />

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('calls.finishUnsavedTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('calls.finishUnsaved')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('calls.backToIntake')}
            </Button>
            <Button color="red" onClick={() => void end(true)}>
              {t('calls.finishAnyway')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Time on the call, ticking on its own so the form beside it does not redraw every second. */
function Elapsed({ since }: { since: string }) {
  const now = useNow();
  return (
    <Text ff="monospace" role="timer">
      {clock((now - Date.parse(since)) / 1000)}
    </Text>
  );
}
