import type { ClusterItem } from '@vigil/analysis';

/** One input line made usable: the item to cluster and, separately, image files still to hash. */
export interface InputItem {
  item: ClusterItem;
  /** Image file paths from `images`, still to be hashed. */
  imagePaths: string[];
  /** Whether the line carried analysis results (a `vigil scan` output line). */
  analysed: boolean;
  url?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

function selectorsOf(value: unknown): { type: string; value: string }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: { type: string; value: string }[] = [];
  for (const s of value) {
    if (isObject(s) && typeof s.type === 'string' && typeof s.value === 'string')
      out.push({ type: s.type, value: s.value });
    else if (typeof s === 'string' && s.includes(':')) {
      // "type:value" shorthand.
      const at = s.indexOf(':');
      out.push({ type: s.slice(0, at), value: s.slice(at + 1) });
    }
  }
  return out;
}

/** The registrable-looking host of a URL, as a weak selector; null when the URL does not parse. */
function domainOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host || null;
  } catch {
    return null;
  }
}

/**
 * Read one parsed JSON line: a plain item (`id`, `text`, `title`, `url`, `platform`, `country`,
 * `lang`, `images`, `image_hashes`) or a `vigil scan` output line, which adds `selectors`,
 * `score` and `lang` (top level, or nested under `item` / `analysis`). Returns null when the
 * line is not an object.
 */
export function toInputItem(raw: unknown): InputItem | null {
  if (!isObject(raw)) return null;
  const base: Json = isObject(raw.item) ? { ...raw.item, ...raw } : raw;
  const analysis: Json = isObject(raw.analysis) ? raw.analysis : base;
  const selectors = selectorsOf(analysis.selectors) ?? selectorsOf(base.selectors);
  const url = str(base.url);
  const domain = domainOf(url);
  const all = [...(selectors ?? [])];
  if (domain && !all.some((s) => s.type === 'domain' && s.value === domain))
    all.push({ type: 'domain', value: domain });
  const score =
    typeof analysis.score === 'number'
      ? analysis.score
      : typeof base.score === 'number'
        ? base.score
        : undefined;
  const hashes = [base.image_hashes, base.imageHashes].find(Array.isArray) as unknown[] | undefined;
  const images = Array.isArray(base.images)
    ? base.images.filter((p): p is string => typeof p === 'string' && p !== '')
    : [];
  return {
    item: {
      id: str(base.id) ?? '',
      text: str(base.text),
      title: str(base.title),
      platform: str(base.platform),
      country: str(base.country),
      lang: str(analysis.lang) ?? str(base.lang),
      score,
      selectors: all,
      imageHashes: (hashes ?? []).filter((h): h is string => typeof h === 'string'),
    },
    imagePaths: images,
    analysed: selectors !== undefined,
    url,
  };
}
