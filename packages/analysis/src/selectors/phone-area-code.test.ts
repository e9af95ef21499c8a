import { describe, expect, it } from 'vitest';
import { phoneKind } from './phone.ts';
import { areaCodeCandidates, mayHaveAreaCode } from './phone-area-code.ts';

const values = (text: string, opts = {}) => phoneKind.extract(text, opts).map((m) => m.value);

describe('phoneKind.extract: area code written apart', () => {
  it('joins the named area code and the local number', () => {
    expect(values('Houston area code 713, then 555 0148', { lang: 'en' })).toEqual(['+17135550148']);
    expect(values('area code is 713 and the rest 5550148', { country: 'US' })).toEqual(['+17135550148']);
    expect(values('Area-Code (312) rest 555.0163', { country: 'US' })).toEqual(['+13125550163']);
    const [m] = phoneKind.extract('Houston area code 713 then 555-0148!', { country: 'US' });
    expect(m?.raw).toBe('713 then 555-0148');
    expect(m?.flags).toContain('obfuscated');
  });

  it('needs a whole local number right after, on the same line, and passes the context rules', () => {
    expect(values('area code 713, 150 roses 1 hr', { country: 'US' })).toEqual([]);
    expect(values('area code 713. Rates 1500 2000', { country: 'US' })).toEqual([]);
    expect(values('area code 713 only, $250-300', { country: 'US' })).toEqual([]);
    expect(values('area code 713, age 23 5ft4', { country: 'US' })).toEqual([]);
    expect(values('area code 713 for incall, 5550148 cm', { country: 'US' })).toEqual([]);
    expect(values('seaarea code 713 then 5550148', { country: 'US' })).toEqual([]);
  });

  it('leaves a whole number after the cue alone', () => {
    expect(values('in the 713 area code. call 832-555-0148', { country: 'US' })).toEqual(['+18325550148']);
  });

  it('finds a cue wherever there is a candidate', () => {
    for (const text of [
      'area code 713 then 5550148',
      'areacode 713 then 5550148',
      'area-code 713 then 5550148',
      'code area code 713 then 5550148',
    ]) {
      expect(areaCodeCandidates(text), text).not.toEqual([]);
      expect(mayHaveAreaCode(text), text).toBe(true);
    }
    expect(mayHaveAreaCode('area 713 then 5550148')).toBe(false);
    expect(mayHaveAreaCode('code area 5550148')).toBe(false);
  });
});
