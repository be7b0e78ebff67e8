import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Highlight,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, FormProblem, toApiProblem, useNow } from '@dengon/web';
import type { OfferDetailsFragment } from '../gql/graphql';
import type { SoftphoneProblem } from '../voice/phone';
import { useSoftphone } from '../voice/SoftphoneProvider';
import { ring } from '../voice/tones';
import { writeMyOffer } from './cache';
import { acceptOfferMutation } from './documents';
import { ariaKeys, hotkey, SHORTCUTS, ShortcutHint } from './shortcuts';

/**
 * A call offered to me: whose call it is and what to say, large enough to read
 * at a glance, with the seconds left to answer. Enter answers it.
 */
export function OfferPanel({
  view,
  onAccepted,
  onEnded,
}: {
  view: OfferDetailsFragment;
  onAccepted: () => void;
  /** The caller hung up or the time ran out before I answered. */
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const now = useNow(250);
  const [accept] = useMutation(acceptOfferMutation, {
    update: (cache, { data }) => writeMyOffer(cache, data?.acceptOffer),
  });
  const [accepting, setAccepting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [headsetProblem, setHeadsetProblem] = useState<SoftphoneProblem | null>(null);
  const { phone } = useSoftphone();
  const { offer, script } = view;

  useEffect(() => ring(), []);

  async function answer() {
    if (accepting) return;
    setAccepting(true);
    setProblem(null);
    setHeadsetProblem(null);
    try {
      // Without a microphone the offer is not taken: it stays mine until it times out.
      const missing = phone ? await phone.checkMicrophone() : null;
      if (missing) {
        setHeadsetProblem(missing);
        return;
      }
      await accept({ variables: { id: offer.id } });
      phone?.answer();
      onAccepted();
    } catch (error) {
      const refused = toApiProblem(error);
      if (refused.code === 'CONFLICT' || refused.code === 'NOT_FOUND') onEnded();
      else setProblem(refused);
    } finally {
      setAccepting(false);
    }
  }

  useHotkeys([hotkey(SHORTCUTS.accept, () => void answer())]);

  const total = Math.max(1, Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt));
  const leftMs = Math.max(0, Date.parse(offer.expiresAt) - now);
  const keywords = (script?.urgentKeywords ?? []).filter((k) => k.trim());

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      data-testid="offer"
      aria-live="assertive"
      aria-label={t('calls.incoming')}
      bg="orange.0"
      style={{ borderColor: 'var(--mantine-color-orange-6)', borderWidth: 3 }}
    >
      <Stack gap="md">
        <Group justify="space-between">
          <Badge color="orange" size="lg" variant="filled">
            {t('calls.incoming')}
          </Badge>
          <Text fw={700} ff="monospace" role="timer" c={leftMs < 5000 ? 'red' : undefined}>
            {leftMs > 0
              ? t('calls.expiresIn', { seconds: Math.ceil(leftMs / 1000) })
              : t('calls.expired')}
          </Text>
        </Group>
        <Progress
          value={(leftMs / total) * 100}
          color={leftMs < 5000 ? 'red' : 'orange'}
          aria-hidden
          transitionDuration={250}
        />
        <Title order={2} fz={40} lh={1.2} data-testid="offer-client">
          {view.client.name}
        </Title>
        <div>
          <Text size="xs" c="dimmed">
            {t('calls.greeting')}
          </Text>
          <Text fz={24} fw={700} data-testid="offer-greeting">
            {view.greeting}
          </Text>
        </div>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Text size="xs" c="dimmed">
              {t('calls.callingNumber')}
            </Text>
            <Text fz="xl" fw={600} ff="monospace">
              {view.callingNational ?? t('calls.withheld')}
            </Text>
            {view.callerHistory.length > 0 && (
              <Text size="sm" c="orange.9">
                {t('calls.repeatCaller', { count: view.callerHistory.length })}
              </Text>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Text size="xs" c="dimmed">
              {t('calls.coverage')}
            </Text>
            <Text>{view.coverageSummary ?? '—'}</Text>
            {view.scriptReason && (
              <Text size="sm" c="blue.8" data-testid="script-in-force">
                {t('scriptSchedule.inForce', { reason: view.scriptReason })}
              </Text>
            )}
          </Grid.Col>
        </Grid>
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
        <Group>
          <Button
            size="xl"
            color="green"
            onClick={() => void answer()}
            loading={accepting}
            aria-keyshortcuts={ariaKeys(SHORTCUTS.accept)}
            rightSection={<ShortcutHint shortcut={SHORTCUTS.accept} />}
            data-testid="accept-offer"
          >
            {t('calls.accept')}
          </Button>
        </Group>
        {headsetProblem && (
          <Alert color="red" variant="light" role="alert" data-testid="headset-problem">
            {t(`voice.problem.${headsetProblem}`)}
          </Alert>
        )}
        <FormProblem state={{ problem, shownFields: [] }} />
      </Stack>
    </Paper>
  );
}
