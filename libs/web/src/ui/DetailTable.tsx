import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value rows, read like a description list. */
export function DetailTable({ rows }: { rows: readonly { label: string; value: ReactNode }[] }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th w={200}>{row.label}</Table.Th>
            <Table.Td>{row.value ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
