import { HANDLING_CODES, type Handled } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { invalid } from './errors.ts';

export interface HandlingInput {
  ownerCountry?: string | null;
  handling?: string;
  sharedWith?: string[];
}

/** The handling of a new record: the creator's country owns it unless they name another. */
export function resolveHandling(
  actor: Actor,
  input: HandlingInput,
): Handled & { ownerCountry: string; sharedWith: string[] } {
  const handling = input.handling ?? 'operation';
  if (!(HANDLING_CODES as readonly string[]).includes(handling)) {
    throw invalid(`handling must be one of ${HANDLING_CODES.join(', ')}`);
  }
  const ownerCountry = input.ownerCountry ?? actor.country;
  if (!ownerCountry) throw invalid('ownerCountry is required for a user without a country');
  return {
    ownerCountry,
    handling,
    sharedWith: handling === 'countries' ? [...(input.sharedWith ?? [])] : [],
  };
}
