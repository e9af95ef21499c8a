import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdapterError, parseAdapter, validateAdapter } from './adapter-validate.ts';
import { jsonPath, parsePath } from './json-path.ts';

const base = { name: 'x', startUrls: ['https://classifieds.example/'] };

describe('validateAdapter', () => {
  it('accepts a full adapter', () => {
    const adapter = validateAdapter({
      ...base,
      listing: { linkPattern: '/category/' },
      items: {
        linkPattern: '/ad/\\d+',
        container: 'article',
        fields: { title: 'h1', images: { selector: 'img', attr: 'src', all: true } },
      },
      pagination: { nextSelector: 'a[rel=next]' },
      limits: { maxDepth: 3, maxPages: 100 },
      rate: { minDelayMs: 500, concurrency: 2 },
      cookies: [{ name: 'session', value: 'abc' }],
      tor: false,
      country: 'NL',
    });
    expect(adapter.name).toBe('x');
  });

  it.each([
    [
      { ...base, items: { fields: { title: 5 } } },
      'adapter "x": items.fields.title: expected string or {selector} or {jsonPath}',
    ],
    [
      { ...base, items: { fields: { title: { attr: 'href' } } } },
      'adapter "x": items.fields.title.selector: required',
    ],
    [{ ...base, startUrls: [] }, 'adapter "x": startUrls: expected at least 1 entry'],
    [{ ...base, startUrls: ['file:///etc/passwd'] }, 'adapter "x": startUrls[0]: expected http(s) URL'],
    [{ ...base, items: { linkPattern: '(' } }, 'adapter "x": items.linkPattern: invalid regular expression'],
    [{ ...base, rate: { concurency: 2 } }, 'adapter "x": rate.concurency: unknown field'],
    [{ ...base, limits: { maxPages: 0 } }, 'adapter "x": limits.maxPages: expected integer'],
    [{ startUrls: ['https://a.example/'] }, 'adapter "file.json": name: required'],
    [{ ...base, country: 'nl' }, 'adapter "x": country: expected ISO'],
    [[], 'adapter "file.json": (root): expected object'],
  ])('names the field: %j', (input, message) => {
    expect(() => validateAdapter(input, 'file.json')).toThrow(AdapterError);
    expect(() => validateAdapter(input, 'file.json')).toThrow(message);
  });

  it('reports JSON syntax errors as adapter errors', () => {
    expect(() => parseAdapter('{"name": ', 'broken.json')).toThrow(
      /adapter "broken.json": \(file\): invalid JSON/,
    );
  });

  it('never throws anything but AdapterError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          validateAdapter(value, 'fuzz');
        } catch (e) {
          expect(e).toBeInstanceOf(AdapterError);
        }
      }),
    );
  });
});

describe('jsonPath', () => {
  const data = { data: { ads: [{ title: 'A', tags: ['x'] }, { title: 'B' }], 'odd key': 1 } };
  it('walks keys, indices and wildcards', () => {
    expect(jsonPath(data, '$.data.ads[*].title')).toEqual(['A', 'B']);
    expect(jsonPath(data, '$.data.ads[0].tags[0]')).toEqual(['x']);
    expect(jsonPath(data, "$.data['odd key']")).toEqual([1]);
    expect(jsonPath(data, 'data.ads.*.title')).toEqual(['A', 'B']);
    expect(jsonPath(data, '$.missing.deeper')).toEqual([]);
    expect(jsonPath('string', '$.x')).toEqual([]);
  });
  it('rejects unsupported syntax', () => {
    expect(() => parsePath('$..title')).toThrow(/unsupported/);
  });
  it('does not reach prototype properties', () => {
    expect(jsonPath({}, '$.constructor')).toEqual([]);
    expect(jsonPath({}, '$.__proto__')).toEqual([]);
  });
});
