import { describe, expect, it } from 'vitest';
import { selectorKind } from '../selectors/index.ts';
import { canonicalize } from './canonicalize.ts';
import { parseSetFile } from './set-file.parser.ts';

describe('canonicalize', () => {
  it.skipIf(!selectorKind('phone'))('makes the NL forms of one mobile number one phone', () => {
    const forms = ['+31 6-12 34 56 78', '0031612345678', '06 12345678'];
    const values = forms.map((v) => canonicalize('phone', v, { country: 'NL' }));
    expect(values[0]).toBe('+31612345678');
    expect(new Set(values).size).toBe(1);
    const set = parseSetFile(forms.map((f) => `phone,"${f}"`).join('\n'), {
      canonicalize,
      format: 'csv',
      country: 'NL',
    });
    expect(set.values).toHaveLength(1);
    expect(set.duplicates).toBe(2);
  });

  it('uses the selector registry for every selector type', () => {
    expect(canonicalize('email', ' Anna@Example.ORG ')).toBe('anna@example.org');
    expect(canonicalize('iban', 'nl91 abna 0417 1643 00')).toBe('NL91ABNA0417164300');
    expect(canonicalize('email', 'not an email')).toBeNull();
    expect(canonicalize('name', 'Olena  PETRENKO')).toBe('olena petrenko');
    expect(canonicalize('username', '@Katya_99')).toBe('katya_99');
    expect(canonicalize('name', ' -- ')).toBeNull();
  });
});
