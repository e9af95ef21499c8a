import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unrolledSource } from './sha256-unrolled.generate.ts';

describe('sha256-unrolled.ts', () => {
  it('is what its generator writes (formatting aside): nobody edited the generated code by hand', () => {
    const file = readFileSync(new URL('./sha256-unrolled.ts', import.meta.url), 'utf8');
    const strip = (text: string) => text.replace(/\s+/g, '');
    expect(strip(file)).toBe(strip(unrolledSource()));
  });
});
