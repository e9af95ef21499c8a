import { Alert, Table, Text } from '@mantine/core';
import { keyed } from '../lib/keyed.ts';
import type { ImportResult } from '../lib/types.ts';

/** What an import did, with every rejected line and why. */
export function ImportResultView({ result }: { result: ImportResult }) {
  return (
    <Alert color={result.errors.length > 0 ? 'orange' : 'green'} data-testid="import-result">
      <Text size="sm">
        Imported {result.imported}
        {result.duplicates !== undefined ? `, ${result.duplicates} duplicates skipped` : ''}
        {result.errors.length > 0 ? `, ${result.errors.length} lines rejected` : ''}.
      </Text>
      {result.errors.length > 0 && (
        <Table.ScrollContainer minWidth={300} mah={240} mt="xs">
          <Table fz="xs" data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keyed(result.errors.slice(0, 500), (e) => `${e.line}:${e.message}`).map(
                ({ key, value: error }) => (
                  <Table.Tr key={key}>
                    <Table.Td>{error.line}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.message}</Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Alert>
  );
}
