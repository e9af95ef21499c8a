import { describe, expect, it } from 'vitest';
import { decodeFilterFile, encodeFilterFile, FilterFileError, filterHeader } from './filter-file.ts';
import { filterKeyId, formatFilterKey, parseFilterKey } from './filter-key.ts';
import { expectedRateOf, type FilterLayout, KeyedFilter } from './keyed-filter.ts';

const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
const otherKey = new Uint8Array(32).map((_, i) => i * 5 + 3);
const now = new Date('2026-11-28T12:00:00Z');
const phones = Array.from({ length: 2000 }, (_, i) => `+3161${String(i).padStart(7, '0')}`);

function build(values = phones, p = 0.001, layout: FilterLayout = 'blocked512') {
  const f = KeyedFilter.create(key, values.length, p, layout);
  for (const v of values) f.add('phone', v);
  const header = filterHeader(
    {
      setId: 'set-1',
      setName: 'NL watchlist',
      ownerCountry: 'NL',
      sharingGroupId: 'empact-thb',
      createdAt: '2026-11-28T00:00:00Z',
      expiresAt: '2026-12-28T00:00:00Z',
      n: values.length,
      selectorTypes: ['phone'],
      filterVersion: 3,
    },
    f.bloom,
    key,
  );
  return { file: encodeFilterFile(header, f.bloom, key), header };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof FilterFileError) return error.code;
    throw error;
  }
  return undefined;
}

describe('filter file', () => {
  it('round-trips: every member is found, header survives', () => {
    const { file, header } = build();
    const loaded = decodeFilterFile(file, key, now);
    expect(loaded.header).toEqual(header);
    expect(loaded.header.keyId).toBe(filterKeyId(key));
    expect(phones.every((p) => loaded.filter.has('phone', p))).toBe(true);
    expect(loaded.filter.has('email', phones[0]!)).toBe(false);
    expect([...loaded.filter.hasMany('phone', phones.slice(0, 5))]).toEqual([1, 1, 1, 1, 1]);
  });

  it('never contains the key or a plain value', () => {
    const { file } = build();
    const text = Buffer.from(file).toString('latin1');
    expect(text).not.toContain(phones[0]);
    expect(text).not.toContain(Buffer.from(key).toString('hex'));
  });

  it('rejects a wrong key naming both key ids', () => {
    const { file } = build();
    expect(codeOf(() => decodeFilterFile(file, otherKey, now))).toBe('wrong-key');
    expect(() => decodeFilterFile(file, otherKey, now)).toThrow(filterKeyId(otherKey));
  });

  it('rejects a tampered bit array, header or tag', () => {
    const { file } = build();
    const headerLen = new DataView(file.buffer).getUint32(10);
    for (const pos of [14 + headerLen + 10, file.length - 1]) {
      const bad = file.slice();
      bad[pos]! ^= 1;
      expect(codeOf(() => decodeFilterFile(bad, key, now))).toBe('tampered');
    }
    // Push the expiry out by editing the header: same length, still valid JSON.
    const text = Buffer.from(file).toString('latin1').replace('2026-12-28', '2027-12-28');
    expect(codeOf(() => decodeFilterFile(Buffer.from(text, 'latin1'), key, now))).toBe('tampered');
  });

  it('rejects expired, truncated and foreign files', () => {
    const { file } = build();
    expect(codeOf(() => decodeFilterFile(file, key, new Date('2026-12-28T00:00:00Z')))).toBe('expired');
    expect(codeOf(() => decodeFilterFile(file.subarray(0, file.length - 40), key, now))).toBe('truncated');
    expect(codeOf(() => decodeFilterFile(Buffer.from('hello world, not a filter'), key, now))).toBe(
      'not-a-filter',
    );
    const v3 = file.slice();
    v3[9] = 3;
    expect(codeOf(() => decodeFilterFile(v3, key, now))).toBe('unsupported-version');
  });

  it('survives random corruption with a FilterFileError, never a crash', () => {
    const { file } = build(phones.slice(0, 50));
    for (let i = 0; i < 300; i++) {
      const bad = file.slice(0, Math.max(0, file.length - ((i * 37) % file.length)));
      const at = (i * 131) % Math.max(1, bad.length);
      if (bad.length > 0) bad[at] = bad[at]! ^ 0xff;
      expect(() => decodeFilterFile(bad, key, now)).toThrow(FilterFileError);
    }
  });

  for (const layout of ['classic', 'blocked512'] as const) {
    it(`${layout}: measured false-positive rate on 100k non-members is close to the stated rate`, () => {
      for (const p of [0.01, 0.001]) {
        const members = Array.from({ length: 50_000 }, (_, i) => `user${i}@example.org`);
        const f = KeyedFilter.create(key, members.length, p, layout);
        for (const v of members) f.add('email', v);
        const stated = expectedRateOf(f.bloom, members.length);
        let hits = 0;
        const trials = 100_000;
        for (let i = 0; i < trials; i++) if (f.has('email', `other${i}@example.net`)) hits++;
        const measured = hits / trials;
        // Binomial standard deviation; allow 5 sigma plus 10% model slack.
        const sigma = Math.sqrt((stated * (1 - stated)) / trials);
        expect(Math.abs(measured - stated)).toBeLessThan(5 * sigma + stated * 0.1);
        expect(stated).toBeLessThanOrEqual(p);
      }
    });
  }

  it('reads format version 1 (classic layout) and version 2 (blocked), and names a layout mismatch', () => {
    const classic = build(phones, 0.001, 'classic');
    expect(new DataView(classic.file.buffer).getUint16(8)).toBe(1);
    expect(classic.header.layout).toBeUndefined();
    const blocked = build(phones, 0.001, 'blocked512');
    expect(new DataView(blocked.file.buffer).getUint16(8)).toBe(2);
    expect(blocked.header).toMatchObject({ layout: 'blocked512' });
    for (const { file } of [classic, blocked]) {
      const loaded = decodeFilterFile(file, key, now);
      expect([...loaded.filter.hasMany('phone', phones.slice(0, 50))].every((x) => x === 1)).toBe(true);
    }
    // A version-2 preamble on a classic body (header without layout) is refused as a bad header.
    const relabelled = classic.file.slice();
    new DataView(relabelled.buffer).setUint16(8, 2);
    expect(codeOf(() => decodeFilterFile(relabelled, key, now))).toBe('bad-header');
  });
});

describe('filter key file', () => {
  it('round-trips through its text form and rejects short or garbled keys', () => {
    expect(parseFilterKey(formatFilterKey(key, 'EMPACT THB group'))).toEqual(key);
    expect(parseFilterKey(Buffer.from(key).toString('base64'))).toEqual(key);
    expect(() => parseFilterKey('abcd')).toThrow(/at least 32 bytes/);
    expect(() => parseFilterKey('')).toThrow(/empty/);
    expect(() => parseFilterKey('not a key!')).toThrow(/hex or base64/);
  });
});
