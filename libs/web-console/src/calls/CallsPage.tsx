import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@dengon/web';
import type { OfferDetailsFragment } from '../gql/graphql';
import { MailQueue } from '../inbound/MailQueue';
import { SoftphoneBar } from '../voice/SoftphoneBar';
import { writeMyOffer } from './cache';
import { CallPanel } from './CallPanel';
import { DeskIntake } from './DeskIntake';
import { myOfferQuery, myOperatorStatusQuery, offerForMeSubscription } from './documents';
import type { SavedRecord } from './IntakeForm';
import { OfferPanel } from './OfferPanel';
import { OperatorStateSwitch } from './OperatorStateSwitch';
import { SavedIntakePanel } from './SavedIntakePanel';
import { ariaKeys, EVEN_IN_FIELDS, hotkey, SHORTCUTS, ShortcutHint } from './shortcuts';

// The API's sweeper runs every second: ask again a little after it has had its turn.
const SWEEP_GRACE_MS = 1500;
// How often a ringing offer is checked.
const OFFER_POLL_MS = 2000;
const STATUS_POLL_MS = 15_000;

/** The record taken on the last call, kept on screen through after-call work. */
interface Taken {
  callSessionId: string;
  record: SavedRecord;
  escalationContacts: OfferDetailsFragment['client']['escalationContacts'];
}

/**
 * The operator's call screen, keyboard first: my state (Alt+1/2/3), a call
 * offered to me (Enter answers), the call with its intake form (Ctrl+Enter
 * saves, Ctrl+E ends it), and intakes taken at the desk (Alt+N).
 */
export function CallsPage() {
  const { t } = useTranslation();
  const apollo = useApolloClient();
  // Asked again now and then: a supervisor may take me off the queue.
  const statusQuery = useQuery(myOperatorStatusQuery, { pollInterval: STATUS_POLL_MS });
  const offerQuery = useQuery(myOfferQuery);
  const [ended, setEnded] = useState(false);
  const [missedOfferId, setMissedOfferId] = useState<string | null>(null);
  const [deskOpen, setDeskOpen] = useState(false);
  const [taken, setTaken] = useState<Taken | null>(null);

  useSubscription(offerForMeSubscription, {
    onData: ({ client, data }) => {
      setEnded(false);
      setMissedOfferId(null);
      writeMyOffer(client.cache, data.data?.offerForMe);
    },
  });

  const status = statusQuery.data?.myOperatorStatus;
  const view = offerQuery.data?.myOffer ?? null;
  const { refetch: refetchStatus } = statusQuery;
  const { refetch: refetchOffer } = offerQuery;
  const offerState = view?.offer.state;
  const offerId = view?.offer.id;
  const expiresAt = view?.offer.expiresAt;
  const afterCallWorkUntil =
    status?.state === 'AFTER_CALL_WORK' ? status.afterCallWorkUntil : undefined;

  // Nothing tells the screen when a ringing offer ends: the caller hung up (say so rather
  // than let a dead call ring on), or nobody answered in time, which puts me on break.
  // Asked past the cache, so an answer overtaken by my accepting cannot undo it there.
  useEffect(() => {
    if (offerState !== 'OFFERED' || !offerId || !expiresAt) return;
    const timer = setInterval(() => {
      apollo.query({ query: myOfferQuery, fetchPolicy: 'no-cache' }).then(
        ({ data }) => {
          if (data?.myOffer?.offer.id === offerId) return;
          if (Date.now() < Date.parse(expiresAt)) setEnded(true);
          else setMissedOfferId(offerId);
          void refetchOffer();
          void refetchStatus();
        },
        () => undefined, // the next turn asks again
      );
    }, OFFER_POLL_MS);
    return () => clearInterval(timer);
  }, [apollo, offerState, offerId, expiresAt, refetchOffer, refetchStatus]);

  // After-call work ends on the server too.
  useEffect(() => {
    if (!afterCallWorkUntil) return;
    const timer = setTimeout(
      () => void refetchStatus(),
      Date.parse(afterCallWorkUntil) - Date.now() + SWEEP_GRACE_MS,
    );
    return () => clearTimeout(timer);
  }, [afterCallWorkUntil, refetchStatus]);

  // Becoming available may offer a call at once, before the subscription could tell.
  const state = status?.state;
  useEffect(() => {
    if (state === 'AVAILABLE') void refetchOffer();
  }, [state, refetchOffer]);

  // Until the server has let it go, an offer past its time still rings (and locks my state).
  const ringing = view?.offer.state === 'OFFERED' ? view : null;
  const onCall = view?.offer.state === 'ACCEPTED' ? view : null;

  useHotkeys(
    [
      hotkey(SHORTCUTS.deskIntake, () => {
        if (!onCall) setDeskOpen(true);
      }),
    ],
    EVEN_IN_FIELDS,
  );

  if (!status) return <QueryStatus error={statusQuery.error ?? offerQuery.error} />;

  const missed = missedOfferId !== null && status.state === 'BREAK' && !ringing && !onCall;

  return (
    <>
      <PageHeader title={t('calls.title')} description={t('calls.description')} />
      <Stack gap="md">
        <SoftphoneBar />
        <OperatorStateSwitch
          status={status}
          offerRinging={!!ringing}
          onChosen={() => {
            setEnded(false);
            setMissedOfferId(null);
          }}
        />

        {ringing && (
          <OfferPanel
            key={ringing.offer.id}
            view={ringing}
            onAccepted={() => void refetchStatus()}
            onEnded={() => {
              setEnded(true);
              void refetchOffer();
              void refetchStatus();
            }}
          />
        )}

        {onCall && (
          <CallPanel
            key={onCall.offer.id}
            view={onCall}
            answeredAt={status.since}
            saved={taken?.callSessionId === onCall.offer.callSessionId ? taken.record : null}
            onSaved={(record) =>
              setTaken({
                callSessionId: onCall.offer.callSessionId,
                record,
                escalationContacts: onCall.client.escalationContacts,
              })
            }
          />
        )}

        {!ringing && !onCall && (
          <>
            {ended && (
              <Alert
                color="yellow"
                variant="light"
                role="alert"
                withCloseButton
                closeButtonLabel={t('common.close')}
                onClose={() => setEnded(false)}
              >
                {t('calls.offerEnded')}
              </Alert>
            )}
            {missed && (
              <Alert color="orange" variant="light" role="alert">
                {t('calls.offerMissed')}
              </Alert>
            )}
            {taken && (
              <SavedIntakePanel
                key={taken.record.id}
                saved={taken.record}
                escalationContacts={taken.escalationContacts}
                actions={
                  <Group>
                    <Button variant="default" onClick={() => setTaken(null)}>
                      {t('calls.closeTaken')}
                    </Button>
                  </Group>
                }
              />
            )}
            <Paper withBorder p="lg" component="section" aria-labelledby="waiting">
              <Group justify="space-between">
                <div>
                  <Title order={2} size="h3" id="waiting">
                    {t(status.state === 'AVAILABLE' ? 'calls.waiting' : 'calls.notWaiting')}
                  </Title>
                  <Text c="dimmed" mt={4}>
                    {t(`calls.waitingHint.${status.state}`)}
                  </Text>
                </div>
                {!deskOpen && (
                  <Button
                    variant="default"
                    onClick={() => setDeskOpen(true)}
                    aria-keyshortcuts={ariaKeys(SHORTCUTS.deskIntake)}
                    rightSection={<ShortcutHint shortcut={SHORTCUTS.deskIntake} />}
                  >
                    {t('calls.deskIntake')}
                  </Button>
                )}
              </Group>
            </Paper>
          </>
        )}

        {deskOpen && <DeskIntake active={!onCall} onClose={() => setDeskOpen(false)} />}
        {!ringing && !onCall && <MailQueue />}
      </Stack>
    </>
  );
}
