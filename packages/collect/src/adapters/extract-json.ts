import type { Adapter, FieldName, FieldSpec } from './adapter-types.ts';
import { absoluteUrl } from './extract-html.ts';
import type { ExtractedItem, Extraction } from './extract-types.ts';
import { jsonPath } from './json-path.ts';

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

function read(item: unknown, spec: FieldSpec | undefined): string[] {
  if (!spec) return [];
  const path = typeof spec === 'string' ? spec : 'jsonPath' in spec ? spec.jsonPath : undefined;
  if (!path) return [];
  try {
    return jsonPath(item, path)
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .map(asText)
      .filter((s): s is string => !!s);
  } catch {
    return [];
  }
}

/** Items and next-page links of a JSON API response, read with the adapter's JSON paths. */
export function extractJson(adapter: Adapter, pageUrl: string, text: string): Extraction {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { items: [], links: { items: [], listings: [], next: [] } };
  }
  const fields = adapter.items?.fields ?? {};
  const spec = (name: FieldName) => fields[name] ?? `$.${name}`;
  const list = jsonPath(data, adapter.items?.jsonPath ?? '$[*]').slice(0, 500);
  const items: ExtractedItem[] = list.map((raw, i) => {
    const one = (name: FieldName) => read(raw, spec(name))[0];
    const url =
      absoluteUrl(read(raw, '$.url')[0] ?? read(raw, '$.link')[0], pageUrl) ?? `${pageUrl}#item-${i + 1}`;
    const item: ExtractedItem = {
      url,
      title: one('title') ?? '',
      text: one('text') ?? '',
      images: read(raw, spec('images'))
        .map((u) => absoluteUrl(u, pageUrl))
        .filter((u): u is string => !!u),
      contact: read(raw, spec('contact')),
    };
    const optional = {
      externalId: one('id'),
      author: one('author'),
      postedAt: one('postedAt'),
      price: one('price'),
      location: one('location'),
    };
    for (const [k, v] of Object.entries(optional)) if (v) (item as unknown as Record<string, string>)[k] = v;
    return item;
  });
  const nextPath = adapter.pagination?.nextJsonPath;
  const next = nextPath
    ? read(data, nextPath)
        .map((u) => absoluteUrl(u, pageUrl))
        .filter((u): u is string => !!u)
    : [];
  return { items: items.filter((i) => i.title || i.text), links: { items: [], listings: [], next } };
}
