import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { faqItemsQuery } from '../faq/documents';

/**
 * The question a change request names. ChangeRequest carries only the item's
 * id, so this reads the company's FAQ (cached, one request per company).
 */
export function FaqQuestion({
  clientCompanyId,
  faqItemId,
}: {
  /** Omitted in the portal: a client user's own FAQ. */
  clientCompanyId?: string;
  faqItemId: string;
}) {
  const { data } = useQuery(faqItemsQuery, {
    // Staff also see disabled items, which a request may well be about.
    variables: { clientCompanyId, includeDisabled: clientCompanyId !== undefined },
  });
  const item = data?.faqItems.find((candidate) => candidate.id === faqItemId);
  return item ? <Text size="sm">{item.question}</Text> : null;
}
