import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

/**
 * A page's heading (its one h1, for screen readers), with an optional line
 * under it and actions on the right. It names the browser tab too
 * (「受付履歴 – Dengon」): by the title, or by `documentTitle` where the title
 * is more than text.
 */
export function PageHeader({
  title,
  documentTitle,
  description,
  actions,
}: {
  title: ReactNode;
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const name = documentTitle ?? (typeof title === 'string' ? title : null);
  useEffect(() => {
    if (!name) return;
    const before = document.title;
    document.title = `${name} – Dengon`;
    return () => {
      document.title = before;
    };
  }, [name]);

  return (
    <Group justify="space-between" align="flex-start" mb="md">
      <Stack gap={2}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
