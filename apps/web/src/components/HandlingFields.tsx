import { NativeSelect, TextInput } from '@mantine/core';
import { HANDLING_CODES } from '@vigil/model';
import { options, splitList } from '../lib/format.ts';
import { useUser } from '../lib/session.ts';

export interface HandlingValue {
  handling: string;
  sharedWith: string;
  ownerCountry: string;
}

export const DEFAULT_HANDLING: HandlingValue = { handling: 'operation', sharedWith: '', ownerCountry: '' };

/**
 * Owner country and handling code (who may read the record) and, for "named countries", which
 * ones. The owner defaults to the user's own country on the server; a user without one must name it.
 */
export function HandlingFields({
  value,
  onChange,
}: {
  value: HandlingValue;
  onChange: (value: HandlingValue) => void;
}) {
  const user = useUser();
  return (
    <>
      <TextInput
        label="Owner country"
        description={user?.country ? `Defaults to your country (${user.country})` : 'ISO code, e.g. NL'}
        required={!user?.country}
        maxLength={2}
        value={value.ownerCountry}
        onChange={(event) => onChange({ ...value, ownerCountry: event.currentTarget.value.toUpperCase() })}
      />
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

export function handlingBody(value: HandlingValue): {
  handling: string;
  sharedWith?: string[];
  ownerCountry?: string;
} {
  const owner = value.ownerCountry.trim().toUpperCase();
  return {
    handling: value.handling,
    ...(owner ? { ownerCountry: owner } : {}),
    ...(value.handling === 'countries'
      ? { sharedWith: splitList(value.sharedWith).map((c) => c.toUpperCase()) }
      : {}),
  };
}
