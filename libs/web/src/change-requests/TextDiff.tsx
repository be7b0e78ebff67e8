import { Box, SimpleGrid, Text } from '@mantine/core';
import { diffChars } from 'diff';
import { useTranslation } from 'react-i18next';

/**
 * Two texts side by side, what was removed marked on the left and what was
 * added on the right, character by character (Japanese has no spaces to
 * split words at). Marks carry their meaning for screen readers too.
 */
export function TextDiff({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTranslation();
  const parts = diffChars(before, after);
  const side = (label: string, kind: 'removed' | 'added') => (
    <Box>
      <Text size="xs" fw={700} c="dimmed" mb={4}>
        {label}
      </Text>
      <Box
        p="xs"
        data-diff-side={kind === 'removed' ? 'before' : 'after'}
        style={{
          whiteSpace: 'pre-wrap',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 'var(--mantine-radius-sm)',
          minHeight: 40,
          fontSize: 'var(--mantine-font-size-sm)',
        }}
      >
        {parts.map((part, i) => {
          if (part.added && kind === 'removed') return null;
          if (part.removed && kind === 'added') return null;
          if (!part.added && !part.removed) return <span key={i}>{part.value}</span>;
          return kind === 'removed' ? (
            <del
              key={i}
              aria-label={t('changeRequests.diffRemoved', { text: part.value })}
              style={{
                background: 'var(--mantine-color-red-1)',
                color: 'var(--mantine-color-red-9)',
              }}
            >
              {part.value}
            </del>
          ) : (
            <ins
              key={i}
              aria-label={t('changeRequests.diffAdded', { text: part.value })}
              style={{
                background: 'var(--mantine-color-green-1)',
                color: 'var(--mantine-color-green-9)',
                textDecoration: 'none',
              }}
            >
              {part.value}
            </ins>
          );
        })}
        {!before && kind === 'removed' && (
          <Text span size="sm" c="dimmed">
            {t('changeRequests.emptyText')}
          </Text>
        )}
      </Box>
    </Box>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {side(beforeLabel, 'removed')}
      {side(afterLabel, 'added')}
    </SimpleGrid>
  );
}
