import { Type } from 'typebox';
import { CountryCode, Version } from '../../schemas.ts';

const FocusGroup = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 100 }),
  label: Type.String({ minLength: 1, maxLength: 200 }),
  nationality: Type.Optional(CountryCode),
});

export const OperationBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  startsAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  endsAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  focus: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
  focusGroup: Type.Optional(Type.Union([FocusGroup, Type.Null()])),
  countries: Type.Optional(Type.Array(CountryCode, { maxItems: 60 })),
});

export const OperationPatch = Type.Object({
  version: Version,
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  startsAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  endsAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  focus: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
  focusGroup: Type.Optional(Type.Union([FocusGroup, Type.Null()])),
  countries: Type.Optional(Type.Array(CountryCode, { maxItems: 60 })),
});

export const TeamBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()])),
});

export const MemberBody = Type.Object({ userId: Type.String({ format: 'uuid' }) });

export const MemberParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid' }),
});
