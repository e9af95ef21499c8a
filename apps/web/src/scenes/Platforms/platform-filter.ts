import type { Platform } from '../../lib/types.ts';

export interface PlatformFilter {
  status: string;
  kind: string;
  teamId: string;
  flaggedOnly: boolean;
  search: string;
}

export const EMPTY_FILTER: PlatformFilter = {
  status: '',
  kind: '',
  teamId: '',
  flaggedOnly: false,
  search: '',
};

/** Filter the registry client-side: an action day has a few hundred platforms at most. */
export function filterPlatforms(platforms: readonly Platform[], filter: PlatformFilter): Platform[] {
  const needle = filter.search.trim().toLowerCase();
  return platforms.filter(
    (p) =>
      (!filter.status || p.status === filter.status) &&
      (!filter.kind || p.kind === filter.kind) &&
      (!filter.teamId || (filter.teamId === 'none' ? !p.teamId : p.teamId === filter.teamId)) &&
      (!filter.flaggedOnly || p.flaggedForFollowUp) &&
      (!needle ||
        p.name.toLowerCase().includes(needle) ||
        p.addresses.some((address) => address.toLowerCase().includes(needle))),
  );
}
