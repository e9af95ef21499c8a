import type { ReferenceCollector } from './reference-collector.ts';
import type { ReferenceValueType } from './reference-value.ts';

/** FollowTheMoney properties we match on, by our type. Other properties are context, not selectors. */
const PROPERTY_TYPES: Record<string, ReferenceValueType> = {
  phone: 'phone',
  email: 'email',
  website: 'url',
  sourceUrl: 'url',
  iban: 'iban',
  ibanNumber: 'iban',
};
const NAME_PROPERTIES = ['name', 'alias', 'weakAlias', 'previousName', 'firstName'];
const NAMED_SCHEMATA = new Set(['Person', 'LegalEntity', 'Company', 'Organization', 'PublicBody']);
const SELECTOR_SCHEMATA = new Set([...NAMED_SCHEMATA, 'BankAccount', 'CryptoWallet', 'UserAccount']);

/**
 * FollowTheMoney entities, one JSON object per line (as `ftm` and Aleph export them). Names of
 * people and organisations become `name` values; phone, email, website and IBAN properties become
 * selectors; UserAccount gives a handle (or bare username), CryptoWallet a crypto address.
 * Entities of other schemata (Ownership, Address, …) are skipped.
 */
export function parseFtmSet(text: string, into: ReferenceCollector): void {
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, i) => {
    const line = i + 1;
    if (lineText.trim() === '') return;
    let entity: { schema?: unknown; properties?: unknown; caption?: unknown };
    try {
      entity = JSON.parse(lineText);
    } catch {
      into.issue({ line, message: 'not a JSON object' });
      return;
    }
    if (typeof entity !== 'object' || entity === null || typeof entity.schema !== 'string') {
      into.issue({ line, field: 'schema', message: 'entity has no schema' });
      return;
    }
    const props = entity.properties;
    if (typeof props !== 'object' || props === null || Array.isArray(props)) {
      into.issue({ line, field: 'properties', message: 'entity has no properties object' });
      return;
    }
    if (!SELECTOR_SCHEMATA.has(entity.schema)) {
      into.skipped++;
      return;
    }
    const p = props as Record<string, unknown>;
    const values = (name: string): string[] | undefined => {
      const v = p[name];
      if (v === undefined) return [];
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
        into.issue({ line, field: `properties.${name}`, message: 'must be a list of strings' });
        return undefined;
      }
      return v;
    };
    const label =
      (values('name') ?? [])[0] ?? (typeof entity.caption === 'string' ? entity.caption : undefined);
    const country =
      (values('country') ?? [])[0] ?? (values('nationality') ?? [])[0] ?? (values('jurisdiction') ?? [])[0];
    const ctx = { line, label, country: country && /^[a-z]{2}$/i.test(country) ? country : undefined };
    if (NAMED_SCHEMATA.has(entity.schema)) {
      for (const prop of NAME_PROPERTIES)
        for (const v of values(prop) ?? []) into.add('name', v, { ...ctx, field: `properties.${prop}` });
    }
    for (const [prop, type] of Object.entries(PROPERTY_TYPES)) {
      for (const v of values(prop) ?? []) into.add(type, v, { ...ctx, field: `properties.${prop}` });
    }
    if (entity.schema === 'CryptoWallet') {
      const currency = (values('currency') ?? [])[0]?.toLowerCase();
      for (const v of values('publicKey') ?? []) {
        into.add('crypto', currency ? `${currency}:${v}` : v, { ...ctx, field: 'properties.publicKey' });
      }
    }
    if (entity.schema === 'UserAccount') {
      const service = (values('service') ?? [])[0]?.toLowerCase();
      for (const v of values('username') ?? []) {
        const handle = service ? `${service}:${v.replace(/^@/, '')}` : v;
        if (service) into.add('handle', handle, { ...ctx, field: 'properties.username' }, 'username');
        else into.add('username', v, { ...ctx, field: 'properties.username' });
      }
      for (const v of values('number') ?? []) into.add('phone', v, { ...ctx, field: 'properties.number' });
    }
  });
}
