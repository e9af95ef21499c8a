import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Adapter } from './adapter-types.ts';
import { extractHtml } from './extract-html.ts';
import { extractJson } from './extract-json.ts';

const generic: Adapter = { name: 'generic', startUrls: ['https://board.example/'] };
const page = 'https://board.example/list?page=1';

const listing = `<html><head><title>Board</title></head><body>
<article class="ad" data-id="7"><h2><a href="/ad/7">Work in Germany</a></h2>
<p>Free housing. Call <b>zero six</b> one two.</p><span class="price">10 EUR</span><span class="location">Berlin</span>
<span class="author">agent_x</span><time datetime="2026-11-20T10:00:00Z">yesterday</time>
<img src="/img/1.png"><a href="mailto:anna@example.org">mail</a><div class="ad">nested counts once</div></article>
<article class="ad"><h2>Second ad</h2><p>Text</p><script>alert('x')</script><style>.a{}</style></article>
<a rel="next" href="/list?page=2#top">next</a><a href="javascript:alert(1)">bad</a></body></html>`;

describe('extractHtml with the generic adapter', () => {
  it('finds containers, fields, images, contacts and the next page', () => {
    const { items, links } = extractHtml(generic, page, listing, 'listing');
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(first).toMatchObject({
      url: 'https://board.example/ad/7',
      externalId: '7',
      title: 'Work in Germany',
      author: 'agent_x',
      postedAt: '2026-11-20T10:00:00Z',
      price: '10 EUR',
      location: 'Berlin',
      images: ['https://board.example/img/1.png'],
      contact: ['mailto:anna@example.org'],
    });
    expect(first!.text).toContain('Free housing. Call zero six one two.');
    expect(second!.url).toBe(`${page}#item-2`);
    expect(second!.text).not.toContain('alert');
    expect(links.next).toEqual(['https://board.example/list?page=2']);
  });

  it('falls back to next-link text in other languages', () => {
    const html = '<article class="post"><h3>x</h3></article><a href="/p2">Далее</a>';
    expect(extractHtml(generic, page, html, 'listing').links.next).toEqual(['https://board.example/p2']);
  });

  it('with item links defined, takes items only from item pages', () => {
    const adapter: Adapter = {
      ...generic,
      items: { linkPattern: '/ad/\\d+$', fields: { title: 'h2', text: 'p' } },
    };
    const fromListing = extractHtml(adapter, page, listing, 'listing');
    expect(fromListing.items).toEqual([]);
    expect(fromListing.links.items).toEqual(['https://board.example/ad/7']);
    const fromItem = extractHtml(adapter, 'https://board.example/ad/7', listing, 'item');
    expect(fromItem.items).toHaveLength(1);
    expect(fromItem.items[0]).toMatchObject({ url: 'https://board.example/ad/7', title: 'Work in Germany' });
  });

  it('never runs or reads script payloads and survives malformed markup', () => {
    const hostile =
      '<article class="ad"><h2 onclick="alert(1)">T</h2><img src=x onerror=alert(2)><p>ok</p><script>evil()</script><iframe src="javascript:x"></iframe>';
    const { items } = extractHtml(generic, page, hostile, 'listing');
    expect(items[0]?.text).toBe('T\nok');
    expect(items[0]?.images).toEqual(['https://board.example/x']);
  });

  it('survives a bad selector in an adapter', () => {
    const adapter: Adapter = { ...generic, items: { container: 'article', fields: { title: ':::[' } } };
    expect(() => extractHtml(adapter, page, listing, 'listing')).not.toThrow();
  });

  it('never throws on arbitrary markup', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('<article class="ad">', '<h2>', '</div>', '<a href="', '<time datetime="'),
        (s, tag) => {
          extractHtml(generic, page, `${tag}${s}${tag}${s}`, 'listing');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles deep nesting without a stack overflow', () => {
    const deep = `<article class="ad"><h2>deep</h2>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</article>`;
    expect(extractHtml(generic, page, deep, 'listing').items[0]?.title).toBe('deep');
  });
});

describe('extractJson', () => {
  const adapter: Adapter = {
    ...generic,
    items: { jsonPath: '$.data.ads[*]', fields: { title: '$.title', text: '$.text', id: '$.id' } },
    pagination: { nextJsonPath: '$.next' },
  };
  it('reads items and next page by JSON path', () => {
    const body = JSON.stringify({
      data: { ads: [{ id: 3, title: 'A', text: 'B', url: '/ad/3' }] },
      next: '/api?page=2',
    });
    const { items, links } = extractJson(adapter, 'https://board.example/api', body);
    expect(items).toEqual([
      { url: 'https://board.example/ad/3', externalId: '3', title: 'A', text: 'B', images: [], contact: [] },
    ]);
    expect(links.next).toEqual(['https://board.example/api?page=2']);
  });
  it('returns nothing for invalid JSON', () => {
    expect(extractJson(adapter, 'https://board.example/api', '{oops').items).toEqual([]);
  });
});
