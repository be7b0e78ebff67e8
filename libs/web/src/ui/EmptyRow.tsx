import { Table, Text } from '@mantine/core';

/** The one row of an empty table, saying so. */
export function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" size="sm" ta="center" py="sm">
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
