/** Client routes: a scene and, for detail pages, a record id (`/items/<id>`). */
export type SceneName =
  | 'command'
  | 'operations'
  | 'platforms'
  | 'items'
  | 'people'
  | 'leads'
  | 'figures'
  | 'sets'
  | 'hits'
  | 'users'
  | 'missing';

export interface Route {
  scene: SceneName;
  id: string | null;
}

const SCENES: Record<string, SceneName> = {
  operations: 'operations',
  platforms: 'platforms',
  items: 'items',
  people: 'people',
  leads: 'leads',
  figures: 'figures',
  sets: 'sets',
  hits: 'hits',
  users: 'users',
};
const WITH_DETAIL = new Set<SceneName>(['items', 'people', 'leads']);

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { scene: 'command', id: null };
  const scene = SCENES[parts[0]!];
  if (!scene || parts.length > 2) return { scene: 'missing', id: null };
  if (parts.length === 2) {
    if (!WITH_DETAIL.has(scene)) return { scene: 'missing', id: null };
    let id: string;
    try {
      id = decodeURIComponent(parts[1]!);
    } catch {
      return { scene: 'missing', id: null };
    }
    return { scene, id };
  }
  return { scene, id: null };
}

export function detailPath(scene: 'items' | 'people' | 'leads', id: string): string {
  return `/${scene}/${encodeURIComponent(id)}`;
}
