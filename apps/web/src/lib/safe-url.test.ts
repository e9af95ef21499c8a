import { describe, expect, it } from 'vitest';
import { safeHttpUrl, sameOriginImagePath } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('accepts http and https URLs', () => {
    expect(safeHttpUrl('https://example.test/ad?id=1')).toBe('https://example.test/ad?id=1');
    expect(safeHttpUrl('HTTP://Example.test')).toBe('http://example.test/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.test/x',
    '/relative',
    'http:/missing-slash',
    'https://',
    '',
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl({ href: 'https://x.test' })).toBeNull();
  });
});

describe('sameOriginImagePath', () => {
  it('accepts evidence paths on our API', () => {
    expect(sameOriginImagePath('/api/evidence/ab12cd/image')).toBe('/api/evidence/ab12cd/image');
  });

  it.each([
    'https://tracker.test/pixel.gif',
    '//tracker.test/pixel.gif',
    '/api/../admin',
    'javascript:alert(1)',
    '/api/x" onerror="alert(1)',
  ])('refuses %j', (raw) => {
    expect(sameOriginImagePath(raw)).toBeNull();
  });
});
