import { Badge, Button, Group, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '@dengon/web';
import type { FaqItemDetailsFragment } from '../gql/graphql';

/** The editor's list: every item, disabled ones too, with switches and edit buttons. */
export function FaqTable({
  items,
  onEdit,
  onToggle,
  busy,
}: {
  items: readonly FaqItemDetailsFragment[];
  onEdit: (item: FaqItemDetailsFragment) => void;
  onToggle: (item: FaqItemDetailsFragment, enabled: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped aria-label={t('faq.title')} data-testid="faq-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('faq.question')}</Table.Th>
          <Table.Th>{t('faq.answer')}</Table.Th>
          <Table.Th w={90}>{t('faq.enabledColumn')}</Table.Th>
          <Table.Th w={80}>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && <EmptyRow columns={4} text={t('faq.none')} />}
        {items.map((item) => (
          <Table.Tr key={item.id} c={item.enabled ? undefined : 'dimmed'}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {item.question}
              </Text>
              {item.tags.length > 0 && (
                <Group gap={4} mt={4}>
                  {item.tags.map((tag) => (
                    <Badge key={tag} size="xs" variant="outline" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={3}>
                {item.answer}
              </Text>
            </Table.Td>
            <Table.Td>
              <Switch
                checked={item.enabled}
                disabled={busy}
                onChange={(e) => onToggle(item, e.currentTarget.checked)}
                aria-label={t('faq.enableItem', { question: item.question })}
              />
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => onEdit(item)}
                aria-label={t('faq.editItem', { question: item.question })}
              >
                {t('common.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
