import { describe, expect, it } from 'vitest';
import { bindField } from './form-field.ts';

describe('bindField', () => {
  it('reads one field and writes a new form with only that field changed', () => {
    const form = { name: 'Anna', country: 'NL' };
    let next: typeof form | undefined;
    const props = bindField(
      form,
      (f) => {
        next = f;
      },
      'country',
    );
    expect(props.value).toBe('NL');
    props.onChange({ currentTarget: { value: 'BE' } });
    expect(next).toEqual({ name: 'Anna', country: 'BE' });
    expect(form.country).toBe('NL');
  });
});
