import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { faqItemsQuery } from './documents';

/**
 * FAQ items found by the API's Japanese search (2-character words work),
 * asked once typing pauses. The last answer stays on screen while the next loads.
 */
export function useFaqSearch({
  clientCompanyId,
  includeDisabled = false,
}: {
  clientCompanyId?: string;
  includeDisabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, error } = useQuery(faqItemsQuery, {
    variables: { clientCompanyId, search: debounced || null, includeDisabled },
  });
  return {
    search,
    setSearch,
    searching: debounced !== '',
    items: (data ?? previousData)?.faqItems,
    error,
  };
}
