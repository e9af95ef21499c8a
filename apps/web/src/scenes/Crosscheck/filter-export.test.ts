import { describe, expect, it } from 'vitest';
import { base64ToBytes, filterExportBody, filterFileName, usableGroups } from './filter-export.ts';
import { bytesToBase64 } from './hit-display.ts';
import type { SharingKey } from './sharing-api.ts';

const key = (sharingGroup: string, revokedAt: string | null): SharingKey => ({
  id: `${sharingGroup}-${revokedAt ?? 'live'}`,
  sharingGroup,
  keyId: 'ab12',
  note: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  exportedAt: null,
  revokedAt,
});

const form = { sharingGroup: ' jit-north ', expiresInDays: 30, fpRate: '', contact: '' };

describe('filter export form', () => {
  it('offers each group with an unrevoked key once, sorted', () => {
    const keys = [
      key('nl-pl', null),
      key('gone', '2026-02-01T00:00:00.000Z'),
      key('de', null),
      key('nl-pl', null),
    ];
    expect(usableGroups(keys)).toEqual(['de', 'nl-pl']);
  });

  it('builds the body the API takes, leaving out empty optional fields', () => {
    expect(filterExportBody(form)).toEqual({ sharingGroup: 'jit-north', expiresInDays: 30 });
    expect(filterExportBody({ ...form, fpRate: '1e-4', contact: ' desk@example.test ' })).toEqual({
      sharingGroup: 'jit-north',
      expiresInDays: 30,
      fpRate: 1e-4,
      contact: 'desk@example.test',
    });
  });

  it('refuses what the API would refuse', () => {
    expect(filterExportBody({ ...form, sharingGroup: '  ' })).toHaveProperty('error');
    expect(filterExportBody({ ...form, expiresInDays: 0 })).toHaveProperty('error');
    expect(filterExportBody({ ...form, expiresInDays: '2.5' })).toHaveProperty('error');
    expect(filterExportBody({ ...form, expiresInDays: 3651 })).toHaveProperty('error');
    expect(filterExportBody({ ...form, fpRate: '0.5' })).toHaveProperty('error');
    expect(filterExportBody({ ...form, fpRate: 'often' })).toHaveProperty('error');
  });

  it('names the file after set, group and version', () => {
    expect(filterFileName({ setName: 'NL Watch list!', sharingGroupId: 'JIT/North', filterVersion: 3 })).toBe(
      'nl-watch-list.jit-north.v3.vgf',
    );
  });

  it('decodes the base64 file back to the same bytes', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 255, 86, 71, 70]);
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
  });
});
