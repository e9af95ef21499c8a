import { NativeSelect, TextInput } from '@mantine/core';
import { HANDLING_CODES } from '@vigil/model';
import { options, splitList } from '../lib/format.ts';

export interface HandlingValue {
  handling: string;
  sharedWith: string;
}

export const DEFAULT_HANDLING: HandlingValue = { handling: 'operation', sharedWith: '' };

/** Handling code (who may read the record) and, for "named countries", which ones. */
export function HandlingFields({
  value,
  onChange,
}: {
  value: HandlingValue;
  onChange: (value: HandlingValue) => void;
}) {
  return (
    <>
      <NativeSelect
        label="Handling code"
        data={options(HANDLING_CODES)}
        value={value.handling}
        onChange={(event) => onChange({ ...value, handling: event.currentTarget.value })}
      />
      {value.handling === 'countries' && (
        <TextInput
          label="Shared with countries"
          description="ISO country codes, separated by commas"
          value={value.sharedWith}
          onChange={(event) => onChange({ ...value, sharedWith: event.currentTarget.value })}
        />
      )}
    </>
  );
}

export function handlingBody(value: HandlingValue): { handling: string; sharedWith?: string[] } {
  return value.handling === 'countries'
    ? { handling: value.handling, sharedWith: splitList(value.sharedWith).map((c) => c.toUpperCase()) }
    : { handling: value.handling };
}
