import { buildTemplate, type Template } from '../dedup/template.ts';
import type { ClusterGroup } from './cluster-types.ts';
import type { ItemStore } from './item-store.ts';
import type { SelectorIndex } from './selector-index.ts';
import { summarizeGroup } from './summary.ts';
import { linkTranslations, type TranslationUnit } from './translations.ts';

const SAMPLE = 6;

export interface LureInput {
  store: ItemStore;
  index: SelectorIndex;
  imageSelector: Int32Array;
  isHub: Uint8Array;
  /** Template groups (members and their template). */
  templateGroups: readonly { members: number[]; template: Template; group: ClusterGroup }[];
  /** Poster unit of every item (see posters.ts); the template root when the group is not shared. */
  unitOf: Int32Array;
  minSimilarity: number;
}

/**
 * Lure groups: the same lure in several languages (see translations.ts), built from template
 * groups, or from each poster's share of a template group that separate posters use, so a text
 * two operators happen to share does not drag one operator's items into the other's lure.
 */
export function buildLureGroups(input: LureInput): {
  groups: ClusterGroup[];
  candidates: number;
  links: number;
} {
  const { store, imageSelector, isHub, unitOf } = input;
  const units: (TranslationUnit & { template: string })[] = [];
  for (const g of input.templateGroups) {
    const byUnit = new Map<number, number[]>();
    for (const m of g.members) {
      const u = unitOf[m] as number;
      const list = byUnit.get(u);
      if (list) list.push(m);
      else byUnit.set(u, [m]);
    }
    if (byUnit.size === 1) {
      units.push({ members: g.members, parts: g.template.parts, template: g.group.id });
      continue;
    }
    for (const members of byUnit.values()) {
      if (members.length < 2) continue;
      const step = members.length / Math.min(members.length, SAMPLE);
      const texts = Array.from({ length: Math.min(members.length, SAMPLE) }, (_, i) =>
        store.texts.get(members[Math.floor(i * step)] as number),
      );
      units.push({ members, parts: buildTemplate(texts).parts, template: g.group.id });
    }
  }
  const linked = linkTranslations(store, input.index, isHub, units, {
    minSimilarity: input.minSimilarity,
    maxUnitsPerSelector: 64,
  });
  const groups = linked.groups
    .map((group) => {
      const members = group.flatMap((u) => (units[u] as TranslationUnit).members).sort((a, b) => a - b);
      const templates = [...new Set(group.map((u) => (units[u] as { template: string }).template))];
      return { members, templates, summary: summarizeGroup(store, imageSelector, isHub, members) };
    })
    .sort((a, b) => b.summary.rank - a.summary.rank || b.members.length - a.members.length)
    .map(
      ({ members, templates, summary }, k): ClusterGroup => ({
        id: `l${k + 1}`,
        kind: 'lure',
        size: members.length,
        members: members.map((m) => store.ids[m] as string),
        templates,
        ...summary,
      }),
    );
  return { groups, candidates: linked.candidates, links: linked.links };
}
