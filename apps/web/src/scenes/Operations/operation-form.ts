import type { OperationSummary } from '../../lib/types.ts';

/** The operation form's fields as typed, and how they become an API body. */
export interface OperationFormValues {
  name: string;
  description: string;
  startsAt: string;
  endsAt: string;
  focus: string[];
  focusGroupLabel: string;
  focusGroupNationality: string;
  countries: string;
}

export const EMPTY_OPERATION: OperationFormValues = {
  name: '',
  description: '',
  startsAt: '',
  endsAt: '',
  focus: [],
  focusGroupLabel: '',
  focusGroupNationality: '',
  countries: '',
};

/** An ISO time as the value of a datetime-local input (local time, minutes). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function fromOperation(operation: OperationSummary): OperationFormValues {
  return {
    name: operation.name,
    description: operation.description,
    startsAt: toLocalInput(operation.startsAt),
    endsAt: toLocalInput(operation.endsAt),
    focus: operation.focus,
    focusGroupLabel: operation.focusGroup?.label ?? '',
    focusGroupNationality: operation.focusGroup?.nationality ?? '',
    countries: operation.countries.join(', '),
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** The body for POST /api/operations (PATCH adds the version); throws a message for the user. */
export function toOperationBody(values: OperationFormValues) {
  const startsAt = values.startsAt ? new Date(values.startsAt).toISOString() : null;
  const endsAt = values.endsAt ? new Date(values.endsAt).toISOString() : null;
  if (startsAt && endsAt && endsAt < startsAt) throw new Error('The end must not be before the start');
  const countries = values.countries
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const wrong = countries.find((code) => !/^[A-Z]{2}$/.test(code));
  if (wrong) throw new Error(`"${wrong}" is not a two-letter country code`);
  const nationality = values.focusGroupNationality.trim().toUpperCase();
  if (nationality && !/^[A-Z]{2}$/.test(nationality))
    throw new Error(`"${nationality}" is not a two-letter country code`);
  const label = values.focusGroupLabel.trim();
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    startsAt,
    endsAt,
    focus: values.focus,
    focusGroup: label
      ? { key: slug(label) || 'focus_group', label, ...(nationality ? { nationality } : {}) }
      : null,
    countries: [...new Set(countries)],
  };
}
