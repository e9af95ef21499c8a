import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, get, post, query } from '../../lib/api.ts';
import { keys } from '../../lib/query-keys.ts';
import { HITS_PAGE_SIZE, nextHitsCursor } from './hits-paging.ts';

/** A reference set as the API lists it (apps/server crosscheck-sets.service presentSet). */
export interface ReferenceSet {
  id: string;
  operationId: string | null;
  scope: 'operation' | 'global';
  name: string;
  ownerCountry: string;
  handling: string;
  kind: 'plain' | 'filter';
  sourceFormat: string;
  validFrom: string;
  validUntil: string | null;
  validity: 'active' | 'expired' | 'not-yet-valid';
  valueCount: number;
  version: number;
  filter: {
    keyId: string | null;
    fpRate: number | null;
    sharingGroup: string | null;
    contact: string | null;
  } | null;
  hitCount: number | null;
  createdAt: string;
}

/** A hit as the API lists it (crosscheck-hits.service presentHit). */
export interface Hit {
  id: string;
  operationId: string;
  source: { type: 'item' | 'person' | 'selector'; id: string };
  selector: { type: string; value: string };
  /** The set's value; null when the reader may not see it (then ask `confirmWith`). */
  matchedValue: string | null;
  matchKind: 'exact' | 'fuzzy' | 'filter';
  score: number;
  strength: 'strong' | 'weaker' | 'possible';
  set: {
    id: string;
    name: string;
    ownerCountry: string;
    kind: string;
    versionOfHit: number;
    currentVersion: number;
  };
  confirmWith: string | null;
  status: string;
  leadId: string | null;
  createdAt: string;
}

export interface SetImportBody {
  name: string;
  content: string;
  format?: string;
  fileName?: string;
  handling?: string;
  validUntil?: string | null;
  scope?: 'operation' | 'global';
}

export interface SetImportResult {
  set: ReferenceSet;
  values: number;
  duplicates: number;
  skipped: number;
  format: string;
  retroHunt: { exact: number; fuzzy: number; filter: number; seconds: number };
}

const opPath = (op: string) => `/api/operations/${encodeURIComponent(op)}`;

export const useReferenceSets = (op: string) =>
  useQuery({
    queryKey: keys.referenceSets(op),
    queryFn: () => get<ReferenceSet[]>(`${opPath(op)}/reference-sets`),
  });

/** Hits page by page (newest first); the live feed's invalidation refetches the loaded pages. */
export const useHits = (op: string) =>
  useInfiniteQuery({
    queryKey: keys.hits(op),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      get<Hit[]>(`${opPath(op)}/hits${query({ limit: HITS_PAGE_SIZE, before: pageParam })}`),
    getNextPageParam: (lastPage) => nextHitsCursor(lastPage, HITS_PAGE_SIZE),
  });

export const importSet = (op: string, body: SetImportBody) =>
  post<SetImportResult>(`${opPath(op)}/reference-sets`, body);

export const importSetVersion = (setId: string, body: Omit<SetImportBody, 'name' | 'scope'>) =>
  post<SetImportResult>(`/api/reference-sets/${encodeURIComponent(setId)}/versions`, body);

export const importFilter = (op: string, file: string) =>
  post<{ set: ReferenceSet; replaced: boolean }>(`${opPath(op)}/reference-sets/filters`, { file });

export const deleteSet = (setId: string) =>
  api<{ deleted: boolean }>(`/api/reference-sets/${encodeURIComponent(setId)}`, { method: 'DELETE' });

export const hitToLead = (hitId: string) =>
  post<{ leadId: string }>(`/api/hits/${encodeURIComponent(hitId)}/lead`);
