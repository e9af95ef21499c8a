import { NativeSelect } from '@mantine/core';
import { setOperationId, useOperations } from '../../lib/operation-store.ts';
import type { Operation } from '../../lib/types.ts';

export function OperationSelect({ current }: { current: Operation | null }) {
  const operations = useOperations();
  const list = operations.data ?? [];
  if (list.length === 0) return null;
  return (
    <NativeSelect
      aria-label="Operation"
      data-testid="operation-select"
      size="xs"
      visibleFrom="xs"
      data={list.map((op) => ({ value: op.id, label: op.synthetic ? `${op.name} (synthetic)` : op.name }))}
      value={current?.id ?? ''}
      onChange={(event) => setOperationId(event.currentTarget.value)}
    />
  );
}
