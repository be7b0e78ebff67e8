import { Permission } from '@dengon/domain';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCan, useNow } from '@dengon/web';
import { writeMyOffer } from './cache';
import { myOfferQuery, offerForMeSubscription } from './documents';

// The subscription tells at once; asking now and then also covers an offer made
// while the subscription was still being set up after a page change.
const ASK_EVERY_MS = 5000;

/**
 * A call offered to me while I am on another page of the console: say so on
 * every page, with the way to the call screen, so an available operator
 * reading a client's script does not let it ring out.
 */
export function RingingBanner() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const onCallScreen = useLocation().pathname.startsWith('/calls');
  const skip = !useCan(Permission.TakeCalls) || onCallScreen;
  const { data } = useQuery(myOfferQuery, {
    skip,
    pollInterval: ASK_EVERY_MS,
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(offerForMeSubscription, {
    skip,
    onData: ({ client, data: pushed }) => writeMyOffer(client.cache, pushed.data?.offerForMe),
  });
  const now = useNow();

  const offer = data?.myOffer;
  if (skip || offer?.offer.state !== 'OFFERED' || Date.parse(offer.offer.expiresAt) <= now)
    return null;
  return (
    <Alert color="orange" variant="filled" mb="md" role="alert" data-testid="ringing-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={700}>{t('calls.ringingElsewhere', { client: offer.client.name })}</Text>
        <Button color="dark" onClick={() => void navigate('/calls')}>
          {t('calls.goToCalls')}
        </Button>
      </Group>
    </Alert>
  );
}
