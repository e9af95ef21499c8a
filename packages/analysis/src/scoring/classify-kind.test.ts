import { describe, expect, it } from 'vitest';
import type { SelectorMatch } from '../types.ts';
import { classifyKind } from './classify-kind.ts';
import { assess } from './test-helpers.ts';

describe('classifyKind', () => {
  it('recognises a commercial-sex ad with its evidence', () => {
    const r = assess('sexy girl, gfe, incall and outcall, roses', 'en');
    expect(r.kind).toBe('commercial_sex');
    expect(r.kindReasons[0]).toMatch(/commercial-sex terms: .*"gfe"/);
  });

  it('recognises a massage ad', () => {
    expect(assess('nuru massage and body to body, open daily', 'en').kind).toBe('massage');
    const phone: SelectorMatch = {
      type: 'phone',
      value: '+31612345678',
      raw: '0612345678',
      start: 0,
      end: 10,
    };
    expect(classifyKind(assess('relaxing massage', 'en').indicators, [phone]).kind).toBe('massage');
    expect(classifyKind(assess('relaxing massage', 'en').indicators, []).kind).toBe('other');
  });

  it('recognises recruitment, also a lure without neutral job words', () => {
    expect(assess('we are hiring, salary 2000 per month', 'en').kind).toBe('recruitment');
    expect(assess('easy money abroad! free flights, women only', 'en').kind).toBe('recruitment');
  });

  it('puts a job offer for massage salon staff under recruitment', () => {
    expect(assess('hiring massage staff, high salary, free accommodation', 'en').kind).toBe('recruitment');
  });

  it('needs more than one stray word', () => {
    const r = assess('a bouquet of roses for my mother', 'en');
    expect(r.kind).toBe('other');
    expect(r.kindReasons[0]).toMatch(/only one commercial-sex term/);
  });

  it('uses an adult-platform handle as supporting evidence', () => {
    const of: SelectorMatch = {
      type: 'handle',
      value: 'onlyfans:anna',
      raw: 'onlyfans.com/anna',
      start: 0,
      end: 17,
    };
    expect(classifyKind(assess('escort', 'en').indicators, [of]).kind).toBe('commercial_sex');
  });
});
