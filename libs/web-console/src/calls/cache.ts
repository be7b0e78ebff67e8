import type { ApolloCache } from '@apollo/client';
import type { MyOperatorStatusFragment, OfferDetailsFragment } from '../gql/graphql';
import { myOfferQuery, myOperatorStatusQuery } from './documents';

// Neither an operator status nor an offer view has an id, so Apollo cannot match a
// mutation's or subscription's answer to the screen's queries by itself: these write it there.

export function writeMyStatus(cache: ApolloCache, status: MyOperatorStatusFragment | undefined) {
  if (status)
    cache.writeQuery({ query: myOperatorStatusQuery, data: { myOperatorStatus: status } });
}

export function writeMyOffer(cache: ApolloCache, offer: OfferDetailsFragment | null | undefined) {
  if (offer !== undefined) cache.writeQuery({ query: myOfferQuery, data: { myOffer: offer } });
}
