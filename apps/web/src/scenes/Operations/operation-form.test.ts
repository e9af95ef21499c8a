import { describe, expect, it } from 'vitest';
import { EMPTY_OPERATION, fromOperation, toLocalInput, toOperationBody } from './operation-form.ts';

describe('operation form', () => {
  it('builds the API body: trimmed, upper-case unique countries, a focus group key from its label', () => {
    const body = toOperationBody({
      ...EMPTY_OPERATION,
      name: '  Action day  ',
      countries: 'nl, pl;NL  de',
      focus: ['labour_exploitation'],
      focusGroupLabel: 'Ukrainian refugees',
      focusGroupNationality: 'ua',
    });
    expect(body).toMatchObject({
      name: 'Action day',
      countries: ['NL', 'PL', 'DE'],
      focus: ['labour_exploitation'],
      focusGroup: { key: 'ukrainian_refugees', label: 'Ukrainian refugees', nationality: 'UA' },
      startsAt: null,
      endsAt: null,
    });
  });

  it('refuses a wrong country code and an end before the start, saying which', () => {
    expect(() => toOperationBody({ ...EMPTY_OPERATION, name: 'x', countries: 'NLD' })).toThrow(/NLD/);
    expect(() =>
      toOperationBody({
        ...EMPTY_OPERATION,
        name: 'x',
        startsAt: '2026-05-02T10:00',
        endsAt: '2026-05-01T10:00',
      }),
    ).toThrow(/end/);
  });

  it('round-trips an operation through the form (times in local time)', () => {
    const startsAt = new Date(2026, 4, 1, 8, 30).toISOString();
    const values = fromOperation({
      id: 'o',
      name: 'Day',
      description: '',
      startsAt,
      endsAt: null,
      focus: [],
      focusGroup: null,
      countries: ['NL'],
      synthetic: false,
      version: 1,
    });
    expect(values.startsAt).toBe('2026-05-01T08:30');
    expect(toOperationBody(values).startsAt).toBe(startsAt);
    expect(toLocalInput(null)).toBe('');
  });
});
