import { useMutation, useQueryClient } from '@tanstack/react-query';
import { del, patch, post } from '../../lib/api.ts';
import { isConflict, notifyConflict, notifyError } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import type { Claim, Platform } from '../../lib/types.ts';

const platformPath = (id: string, action = '') => `/api/platforms/${encodeURIComponent(id)}${action}`;

/**
 * Writes to one platform carry the version we read. On 409 someone else saved first: say so and
 * reload, never overwrite their change.
 */
function usePlatformWrite<V>(
  operationId: string,
  send: (platform: Platform, values: V) => Promise<Platform>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ platform, values }: { platform: Platform; values: V }) => send(platform, values),
    onSuccess: (updated) => {
      client.setQueryData<Platform[]>(keys.platforms(operationId), (list) =>
        list?.map((p) => (p.id === updated.id ? { ...p, ...updated } : p)),
      );
      void client.invalidateQueries({ queryKey: keys.figures(operationId) });
      void client.invalidateQueries({ queryKey: keys.platformHistory(updated.id) });
    },
    onError: (error) => {
      if (isConflict(error)) notifyConflict();
      else notifyError(error, 'Could not save the platform');
      void client.invalidateQueries({ queryKey: keys.platforms(operationId) });
    },
  });
}

export const useChangeStatus = (operationId: string) =>
  usePlatformWrite<{ status: string; reason: string }>(operationId, (platform, values) =>
    post<Platform>(platformPath(platform.id, '/status'), { version: platform.version, ...values }),
  );

export const useFlag = (operationId: string) =>
  usePlatformWrite<{ flagged: boolean; reason: string; monitoringSchedule?: string }>(
    operationId,
    (platform, values) =>
      post<Platform>(platformPath(platform.id, '/flag'), { version: platform.version, ...values }),
  );

export const useAssignTeam = (operationId: string) =>
  usePlatformWrite<{ teamId: string | null }>(operationId, (platform, values) =>
    patch<Platform>(platformPath(platform.id), { version: platform.version, ...values }),
  );

export function useClaim(operationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      targetType: 'platform' | 'username' | 'selector';
      targetKey: string;
      teamId?: string;
    }) =>
      post<{ claim: Claim; conflicts: Claim[] }>(
        `/api/operations/${encodeURIComponent(operationId)}/claims`,
        body,
      ),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: keys.platforms(operationId) });
      void client.invalidateQueries({ queryKey: keys.claims(operationId) });
    },
    onError: (error) => notifyError(error, 'Could not claim'),
  });
}

export function useReleaseClaim(operationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (claimId: string) => del<unknown>(`/api/claims/${encodeURIComponent(claimId)}`),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: keys.platforms(operationId) });
      void client.invalidateQueries({ queryKey: keys.claims(operationId) });
    },
    onError: (error) => notifyError(error, 'Could not release the claim'),
  });
}
