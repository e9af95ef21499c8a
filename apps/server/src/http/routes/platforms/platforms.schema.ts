import { Type } from 'typebox';
import { Version } from '../../schemas.ts';

const fields = {
  name: Type.String({ minLength: 1, maxLength: 300 }),
  kind: Type.String({
    description: 'social_media | dating | classifieds | help_aid | forum | messaging | dark_web',
  }),
  addresses: Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 }),
  languages: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 50 }),
  countries: Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { maxItems: 60 }),
  targetGroups: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 }),
  notes: Type.String({ maxLength: 20_000 }),
  teamId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  cse: Type.Boolean({ description: 'child sexual exploitation content (dark web)' }),
};

export const PlatformBody = Type.Object({
  name: fields.name,
  kind: fields.kind,
  addresses: Type.Optional(fields.addresses),
  languages: Type.Optional(fields.languages),
  countries: Type.Optional(fields.countries),
  targetGroups: Type.Optional(fields.targetGroups),
  notes: Type.Optional(fields.notes),
  teamId: Type.Optional(fields.teamId),
  cse: Type.Optional(fields.cse),
});

export const PlatformPatch = Type.Object({
  version: Version,
  name: Type.Optional(fields.name),
  kind: Type.Optional(fields.kind),
  addresses: Type.Optional(fields.addresses),
  languages: Type.Optional(fields.languages),
  countries: Type.Optional(fields.countries),
  targetGroups: Type.Optional(fields.targetGroups),
  notes: Type.Optional(fields.notes),
  teamId: Type.Optional(fields.teamId),
  cse: Type.Optional(fields.cse),
});

export const StatusBody = Type.Object({
  version: Version,
  status: Type.String({ description: 'registered | monitored | checked | suspected | confirmed' }),
  reason: Type.String({ minLength: 1, maxLength: 5000 }),
});

export const FlagBody = Type.Object({
  version: Version,
  flagged: Type.Boolean(),
  reason: Type.String({ minLength: 1, maxLength: 5000 }),
  monitoringSchedule: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
});

export const ImportResult = Type.Object({
  imported: Type.Integer(),
  errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
});
