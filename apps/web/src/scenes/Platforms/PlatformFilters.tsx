import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { PLATFORM_KINDS, PLATFORM_STATUSES } from '@vigil/model';
import { options } from '../../lib/format.ts';
import type { Operation } from '../../lib/types.ts';
import type { PlatformFilter } from './platform-filter.ts';

export function PlatformFilters({
  operation,
  filter,
  onChange,
}: {
  operation: Operation;
  filter: PlatformFilter;
  onChange: (filter: PlatformFilter) => void;
}) {
  const any = { value: '', label: 'Any' };
  return (
    <Group align="flex-end" data-testid="platform-filters">
      <TextInput
        label="Search"
        placeholder="name or address"
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.currentTarget.value })}
      />
      <NativeSelect
        label="Filter by status"
        data={[any, ...options(PLATFORM_STATUSES)]}
        value={filter.status}
        onChange={(event) => onChange({ ...filter, status: event.currentTarget.value })}
      />
      <NativeSelect
        label="Filter by kind"
        data={[any, ...options(PLATFORM_KINDS)]}
        value={filter.kind}
        onChange={(event) => onChange({ ...filter, kind: event.currentTarget.value })}
      />
      <NativeSelect
        label="Filter by team"
        data={[
          any,
          { value: 'none', label: 'No team' },
          ...operation.teams.map((team) => ({ value: team.id, label: team.name })),
        ]}
        value={filter.teamId}
        onChange={(event) => onChange({ ...filter, teamId: event.currentTarget.value })}
      />
      <Checkbox
        label="Flagged for follow-up"
        checked={filter.flaggedOnly}
        onChange={(event) => onChange({ ...filter, flaggedOnly: event.currentTarget.checked })}
        mb={6}
      />
    </Group>
  );
}
