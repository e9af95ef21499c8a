import { Paper, Table, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState.tsx';
import type { Figures } from '../../lib/types.ts';

/** Per participating country: what it has captured, registered and turned into leads. */
export function CountryBoard({ figures }: { figures: UseQueryResult<Figures> }) {
  return (
    <Paper withBorder p="md" data-testid="country-board">
      <Title order={4} mb="xs">
        By country
      </Title>
      <QueryState query={figures} label="country board">
        {(data) => (
          <Table.ScrollContainer minWidth={320} mah={360}>
            <Table striped highlightOnHover fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Country</Table.Th>
                  <Table.Th ta="right">Platforms</Table.Th>
                  <Table.Th ta="right">Items</Table.Th>
                  <Table.Th ta="right">Leads</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.byCountry]
                  .sort((a, b) => b.items + b.platforms + b.leads - (a.items + a.platforms + a.leads))
                  .map((row) => (
                    <Table.Tr key={row.country} data-testid={`country-${row.country}`}>
                      <Table.Td>{row.country}</Table.Td>
                      <Table.Td ta="right">{row.platforms}</Table.Td>
                      <Table.Td ta="right">{row.items}</Table.Td>
                      <Table.Td ta="right">{row.leads}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Paper>
  );
}
