import { type Cheerio, type CheerioAPI, load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Adapter, FieldName, FieldSpec } from './adapter-types.ts';
import type { ExtractedItem, Extraction, PageKind } from './extract-types.ts';
import { genericContainer, genericFields, genericNextSelector, nextLinkText } from './generic-adapter.ts';
import { visibleText } from './html-text.ts';

const maxItemsPerPage = 500;
const maxLinksPerPage = 2000;

/** Absolute http(s) URL without fragment, or undefined for javascript:, data:, garbage. */
export function absoluteUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function readField(
  $: CheerioAPI,
  scope: Cheerio<AnyNode>,
  spec: FieldSpec,
  base: string,
  forceAll: boolean,
): string[] {
  if (typeof spec !== 'string' && 'jsonPath' in spec) return [];
  const selector = typeof spec === 'string' ? spec : spec.selector;
  const attr = typeof spec === 'string' ? undefined : spec.attr;
  const all = forceAll || (typeof spec !== 'string' && spec.all === true);
  let found: Cheerio<Element>;
  try {
    // The container itself may carry the field (e.g. data-id on the <article>).
    found = (scope.filter(selector) as Cheerio<Element>).add(scope.find(selector));
  } catch {
    return []; // a selector cheerio cannot parse yields nothing rather than a crash
  }
  const values: string[] = [];
  for (const el of all ? found.toArray() : found.toArray().slice(0, 1)) {
    const node = $(el);
    let value: string | undefined;
    if (attr) value = node.attr(attr);
    else if (el.name === 'a' && /^(mailto:|tel:)/i.test(node.attr('href') ?? '')) value = node.attr('href');
    else value = visibleText(el);
    if (value === undefined) continue;
    value = value.trim();
    if (attr === 'src' || attr === 'href') value = absoluteUrl(value, base) ?? '';
    if (value) values.push(value.slice(0, 100_000));
  }
  return values;
}

function itemFrom(
  $: CheerioAPI,
  scope: Cheerio<AnyNode>,
  adapter: Adapter,
  pageUrl: string,
  fallbackUrl: string,
): ExtractedItem {
  const fields = { ...genericFields, ...adapter.items?.fields };
  const one = (name: FieldName) => {
    const spec = fields[name];
    return spec ? readField($, scope, spec, pageUrl, false)[0] : undefined;
  };
  const many = (name: FieldName) => {
    const spec = fields[name];
    return spec ? [...new Set(readField($, scope, spec, pageUrl, true))] : [];
  };
  const titleEl = scope.find('h1 a[href], h2 a[href], h3 a[href], .title a[href]').first();
  const url = absoluteUrl(titleEl.attr('href'), pageUrl) ?? fallbackUrl;
  const title = one('title') ?? '';
  const text = one('text') ?? visibleText(scope.toArray());
  const item: ExtractedItem = { url, title, text, images: many('images'), contact: many('contact') };
  const optional = {
    externalId: one('id'),
    author: one('author'),
    postedAt: one('postedAt'),
    price: one('price'),
    location: one('location'),
  };
  for (const [k, v] of Object.entries(optional)) if (v) (item as unknown as Record<string, string>)[k] = v;
  return item;
}

/** Top-level matches only: drop matches nested in another match. */
function outermost($: CheerioAPI, selector: string): Cheerio<Element> {
  let all: Cheerio<Element>;
  try {
    all = $(selector) as Cheerio<Element>;
  } catch {
    return $([]) as Cheerio<Element>;
  }
  const set = new Set(all.toArray());
  return all.filter(
    (_, el) =>
      !$(el)
        .parents()
        .toArray()
        .some((p) => set.has(p as Element)),
  );
}

function collectLinks(
  $: CheerioAPI,
  base: string,
  selector: string | undefined,
  pattern: string | undefined,
): string[] {
  if (!selector && !pattern) return [];
  const re = pattern ? new RegExp(pattern) : undefined;
  let anchors: Cheerio<Element>;
  try {
    anchors = $(selector ?? 'a[href]') as Cheerio<Element>;
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const el of anchors.toArray()) {
    const url = absoluteUrl($(el).attr('href'), base);
    if (url && (!re || re.test(url))) out.add(url);
    if (out.size >= maxLinksPerPage) break;
  }
  return [...out];
}

function nextLinks($: CheerioAPI, adapter: Adapter, base: string): string[] {
  const explicit = adapter.pagination?.nextSelector;
  const found = collectLinks($, base, explicit ?? genericNextSelector, undefined);
  if (found.length || explicit) return found;
  const byText = $('a[href]')
    .toArray()
    .filter((el) => nextLinkText.test($(el).text()));
  return [
    ...new Set(byText.map((el) => absoluteUrl($(el).attr('href'), base)).filter((u): u is string => !!u)),
  ];
}

/**
 * Items and links of one HTML page. With item links defined, listing pages only yield links and
 * items come from item pages; without them (generic), each container on a page is an item.
 */
export function extractHtml(adapter: Adapter, pageUrl: string, html: string, kind: PageKind): Extraction {
  const $ = load(html);
  const base = absoluteUrl($('base[href]').attr('href'), pageUrl) ?? pageUrl;
  const spec = adapter.items;
  const itemLinksDefined = Boolean(spec?.linkPattern || spec?.linkSelector);
  const links = {
    items: collectLinks($, base, spec?.linkSelector, spec?.linkPattern),
    listings: collectLinks($, base, adapter.listing?.linkSelector, adapter.listing?.linkPattern),
    next: nextLinks($, adapter, base),
  };
  const items: ExtractedItem[] = [];
  if (itemLinksDefined && kind === 'item') {
    const container = outermost($, spec?.container ?? genericContainer).first();
    const scope = container.length ? container : $('body');
    items.push({ ...itemFrom($, scope, adapter, base, pageUrl), url: pageUrl });
  } else if (!itemLinksDefined) {
    outermost($, spec?.container ?? genericContainer)
      .slice(0, maxItemsPerPage)
      .each((i, el) => void items.push(itemFrom($, $(el), adapter, base, `${pageUrl}#item-${i + 1}`)));
  }
  if (!items.some((i) => i.title)) for (const item of items) item.title ||= visibleText($('title').toArray());
  return { items: items.filter((i) => i.title || i.text), links };
}
