import { useQuery } from '@tanstack/react-query';
import { get, post, query } from '../../lib/api.ts';

/** A sharing group's filter key as listed (fingerprint and dates; the key itself never). */
export interface SharingKey {
  id: string;
  sharingGroup: string;
  keyId: string;
  note: string | null;
  createdAt: string;
  exportedAt: string | null;
  revokedAt: string | null;
}

/** The header of an exported filter (packages/analysis filter-file FilterHeader). */
export interface FilterHeader {
  setId: string;
  setName: string;
  ownerCountry: string;
  sharingGroupId: string;
  keyId: string;
  createdAt: string;
  expiresAt: string;
  n: number;
  fpRate: number;
  filterVersion: number;
  contact?: string;
}

export interface FilterExportBody {
  sharingGroup: string;
  fpRate?: number;
  expiresInDays?: number;
  contact?: string;
}

/** Not per operation: keys belong to the installation. */
export const SHARING_KEYS_KEY = ['sharing-keys'] as const;

export const useSharingKeys = (enabled: boolean) =>
  useQuery({ queryKey: SHARING_KEYS_KEY, queryFn: () => get<SharingKey[]>('/api/sharing-keys'), enabled });

export const createSharingKey = (body: { sharingGroup: string; note?: string }) =>
  post<SharingKey>('/api/sharing-keys', body);

export const exportSharingKey = (id: string) =>
  post<SharingKey & { keyFile: string }>(`/api/sharing-keys/${encodeURIComponent(id)}/export`);

export const revokeSharingKey = (id: string) =>
  post<{ revoked: boolean }>(`/api/sharing-keys/${encodeURIComponent(id)}/revoke`);

export const exportSetFilter = (setId: string, operationId: string, body: FilterExportBody) =>
  post<{ header: FilterHeader; file: string }>(
    `/api/reference-sets/${encodeURIComponent(setId)}/filter${query({ operationId })}`,
    body,
  );
