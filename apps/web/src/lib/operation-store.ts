import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { get } from './api.ts';
import { keys } from './query-keys.ts';
import type { Operation, OperationSummary } from './types.ts';

/** The operation the user works in, remembered per browser (an id only: nothing sensitive). */
const STORAGE_KEY = 'vigil.operationId';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setOperationId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(STORAGE_KEY, id);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useOperations(enabled = true) {
  return useQuery({
    queryKey: keys.operations,
    queryFn: () => get<OperationSummary[]>('/api/operations'),
    enabled,
  });
}

/**
 * The current operation, with its teams: the remembered one if it still exists, else the first the
 * user may see.
 */
export function useCurrentOperation(enabled = true): { operation: Operation | null; loading: boolean } {
  const stored = useSyncExternalStore(subscribe, read, () => null);
  const operations = useOperations(enabled);
  const list = operations.data ?? [];
  const chosen = list.find((op) => op.id === stored) ?? list[0] ?? null;
  useEffect(() => {
    if (chosen && chosen.id !== stored) setOperationId(chosen.id);
  }, [chosen, stored]);
  const detail = useQuery({
    queryKey: keys.operation(chosen?.id ?? ''),
    queryFn: () => get<Operation>(`/api/operations/${encodeURIComponent(chosen!.id)}`),
    enabled: enabled && chosen !== null,
  });
  // Fall back to the listed fields (without teams) if the detail cannot be read.
  const operation = detail.data
    ? { ...detail.data, teams: detail.data.teams ?? [] }
    : chosen && detail.isError
      ? { ...chosen, teams: chosen.teams ?? [] }
      : null;
  return { operation, loading: operations.isLoading || (chosen !== null && detail.isPending) };
}
