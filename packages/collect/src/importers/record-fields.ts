import type { ExtractedItem } from '../adapters/extract-types.ts';

/** Column / key names investigators' tools use, mapped onto item fields. */
const aliases: Record<string, keyof ExtractedItem> = {
  text: 'text',
  body: 'text',
  content: 'text',
  description: 'text',
  message: 'text',
  title: 'title',
  subject: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  href: 'url',
  source_url: 'url',
  author: 'author',
  username: 'author',
  user: 'author',
  poster: 'author',
  posted_at: 'postedAt',
  postedat: 'postedAt',
  date: 'postedAt',
  posted: 'postedAt',
  created_at: 'postedAt',
  price: 'price',
  location: 'location',
  city: 'location',
  images: 'images',
  image: 'images',
  photos: 'images',
  contact: 'contact',
  phone: 'contact',
  email: 'contact',
  id: 'externalId',
  external_id: 'externalId',
  ad_id: 'externalId',
};

const asString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const asList = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(asString).filter((s): s is string => !!s)
    : typeof v === 'string' && v
      ? v.split(/\s*[|;]\s*/)
      : [];

/** Map one JSON object or CSV row onto an item; undefined when it has no text or title at all. */
export function itemFromRecord(
  record: Record<string, unknown>,
  fallbackUrl: string,
): ExtractedItem | undefined {
  const item: ExtractedItem = { url: fallbackUrl, title: '', text: '', images: [], contact: [] };
  for (const [key, value] of Object.entries(record)) {
    const field = aliases[key.trim().toLowerCase()];
    if (!field) continue;
    if (field === 'images' || field === 'contact') item[field] = [...item[field], ...asList(value)];
    else {
      const s = asString(value)?.trim();
      if (s) (item as unknown as Record<string, string>)[field] = field === 'url' ? s : s.slice(0, 1_000_000);
    }
  }
  return item.text || item.title ? item : undefined;
}
