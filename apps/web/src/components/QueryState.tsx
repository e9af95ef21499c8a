import { Alert, Button, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../lib/api.ts';

/** Loading spinner, visible error (with retry) or the content: every query on a page goes through this. */
export function QueryState<T>({
  query,
  children,
  label,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  label: string;
}) {
  if (query.isPending) {
    return (
      <Center p="md">
        <Loader size="sm" aria-label={`Loading ${label}`} />
      </Center>
    );
  }
  if (query.isError) {
    const forbidden = query.error instanceof ApiError && query.error.status === 403;
    return (
      <Alert
        color={forbidden ? 'gray' : 'red'}
        title={forbidden ? `No access to ${label}` : `Could not load ${label}`}
      >
        {errorMessage(query.error)}
        {!forbidden && (
          <Button size="xs" variant="light" ml="md" onClick={() => void query.refetch()}>
            Retry
          </Button>
        )}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
