import { Badge, Group, Highlight, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../ui/QueryStatus';
import { FaqSearchInput } from './FaqSearchInput';
import { useFaqSearch } from './useFaqSearch';

/** The FAQ read-only with search: operators on a call, and the client in its portal. */
export function FaqList({ clientCompanyId }: { clientCompanyId?: string }) {
  const { t } = useTranslation();
  const { search, setSearch, searching, items, error } = useFaqSearch({ clientCompanyId });
  const words = search.trim().split(/\s+/).filter(Boolean);

  return (
    <Stack>
      <FaqSearchInput value={search} onChange={setSearch} />
      {!items ? (
        <QueryStatus error={error} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {searching
              ? t('faq.found', { count: items.length })
              : t('faq.count', { count: items.length })}
          </Text>
          {items.map((item) => (
            <Paper key={item.id} withBorder p="md" component="article" aria-label={item.question}>
              <Highlight highlight={words} fw={700} mb={4}>
                {`Q. ${item.question}`}
              </Highlight>
              <Highlight highlight={words} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {`A. ${item.answer}`}
              </Highlight>
              {item.tags.length > 0 && (
                <Group gap={4} mt="xs">
                  {item.tags.map((tag) => (
                    <Badge key={tag} size="sm" variant="outline" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
            </Paper>
          ))}
        </>
      )}
    </Stack>
  );
}
