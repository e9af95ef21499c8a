import { useQuery } from '@tanstack/react-query';
import { get, query } from './api.ts';
import { keys } from './query-keys.ts';
import type {
  Claim,
  Figures,
  Item,
  ItemSummary,
  Lead,
  LeadDetail,
  Person,
  Platform,
  PresenceEntry,
} from './types.ts';

const opPath = (op: string) => `/api/operations/${encodeURIComponent(op)}`;
const idPath = (kind: string, id: string) => `/api/${kind}/${encodeURIComponent(id)}`;

export const useFigures = (op: string) =>
  useQuery({ queryKey: keys.figures(op), queryFn: () => get<Figures>(`${opPath(op)}/figures`) });

export const usePlatforms = (op: string) =>
  useQuery({ queryKey: keys.platforms(op), queryFn: () => get<Platform[]>(`${opPath(op)}/platforms`) });

export const useClaims = (op: string) =>
  useQuery({ queryKey: keys.claims(op), queryFn: () => get<Claim[]>(`${opPath(op)}/claims`) });

export const usePresence = (op: string) =>
  useQuery({
    queryKey: keys.presence(op),
    queryFn: () => get<PresenceEntry[]>(`${opPath(op)}/presence`),
    refetchInterval: 30_000,
  });

export interface ItemFilters {
  minScore?: number;
  platformId?: string;
  limit?: number;
}

export const useItems = (op: string, filters: ItemFilters) =>
  useQuery({
    queryKey: [...keys.items(op), filters],
    queryFn: () => get<ItemSummary[]>(`${opPath(op)}/items${query({ ...filters })}`),
  });

export const useItem = (id: string) =>
  useQuery({ queryKey: keys.item(id), queryFn: () => get<Item>(idPath('items', id)) });

export const usePeople = (op: string, role?: string) =>
  useQuery({
    queryKey: [...keys.people(op), role ?? 'all'],
    queryFn: () => get<Person[]>(`${opPath(op)}/people${query({ role })}`),
  });

export const usePerson = (id: string) =>
  useQuery({ queryKey: keys.person(id), queryFn: () => get<Person>(idPath('people', id)) });

export const useLeads = (op: string) =>
  useQuery({ queryKey: keys.leads(op), queryFn: () => get<Lead[]>(`${opPath(op)}/leads`) });

export const useLead = (id: string) =>
  useQuery({ queryKey: keys.lead(id), queryFn: () => get<LeadDetail>(idPath('leads', id)) });

export { idPath, opPath };

/** Claim events name platforms by id: resolve them from the cached registry. */
export function usePlatformNames(op: string): (targetType: string, targetKey: string) => string | undefined {
  const platforms = usePlatforms(op);
  const names = new Map((platforms.data ?? []).map((p) => [p.id, p.name]));
  return (targetType, targetKey) => (targetType === 'platform' ? names.get(targetKey) : undefined);
}
