import { describe, expect, it } from 'vitest';
import { detailPath, parseRoute } from './route.ts';

describe('parseRoute', () => {
  it('maps paths to scenes and detail ids', () => {
    expect(parseRoute('/')).toEqual({ scene: 'command', id: null });
    expect(parseRoute('/platforms')).toEqual({ scene: 'platforms', id: null });
    expect(parseRoute('/items/abc')).toEqual({ scene: 'items', id: 'abc' });
    expect(parseRoute('/leads/a%20b/')).toEqual({ scene: 'leads', id: 'a b' });
  });

  it('rejects unknown and malformed paths', () => {
    expect(parseRoute('/nope').scene).toBe('missing');
    expect(parseRoute('/platforms/x').scene).toBe('missing');
    expect(parseRoute('/items/%E0%A4%A').scene).toBe('missing');
    expect(parseRoute('/items/a/b').scene).toBe('missing');
  });

  it('round-trips ids through detailPath', () => {
    const id = 'x/y?z#<script>';
    expect(parseRoute(detailPath('people', id))).toEqual({ scene: 'people', id });
  });
});
