import { describe, expect, it } from 'vitest';
import { bytesToBase64, matchedText, strengthLabel } from './hit-display.ts';

describe('hit display', () => {
  it('labels strong, weaker and possible hits differently', () => {
    expect(strengthLabel({ strength: 'strong', score: 1 })).toBe('exact · 100%');
    expect(strengthLabel({ strength: 'weaker', score: 0.734 })).toBe('fuzzy (weaker) · 73%');
    expect(strengthLabel({ strength: 'possible', score: 0.9999 })).toBe('possible · owner to confirm');
  });

  it('shows the matched value, or whom to ask when it is hidden', () => {
    expect(matchedText({ matchedValue: '+31611223344', confirmWith: null })).toBe('+31611223344');
    expect(matchedText({ matchedValue: null, confirmWith: 'NL' })).toBe('ask NL to confirm');
    expect(matchedText({ matchedValue: '', confirmWith: null })).toBe('ask the owner to confirm');
  });

  it('encodes bytes as base64 like Node does, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) & 255);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
