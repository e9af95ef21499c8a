import { Type } from 'typebox';
import { CountryCode, Handling } from '../../schemas.ts';

export const ItemBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 1_000_000 }),
  title: Type.Optional(Type.String({ maxLength: 2000 })),
  url: Type.Optional(Type.String({ maxLength: 4000 })),
  platformId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  itemType: Type.Optional(
    Type.Union([Type.Literal('ad'), Type.Literal('post'), Type.Literal('profile'), Type.Literal('channel')]),
  ),
  capturedAt: Type.Optional(Type.String({ format: 'date-time' })),
  postedAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  images: Type.Optional(Type.Array(Type.String({ maxLength: 4000 }), { maxItems: 100 })),
  country: Type.Optional(CountryCode),
  ownerCountry: Type.Optional(CountryCode),
  handling: Type.Optional(Handling),
  sharedWith: Type.Optional(Type.Array(CountryCode, { maxItems: 60 })),
});

export const ItemQuery = Type.Object({
  minScore: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  platformId: Type.Optional(Type.String({ format: 'uuid' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  before: Type.Optional(Type.String({ format: 'date-time' })),
});

export const ImportQuery = Type.Object({
  format: Type.Optional(Type.Union([Type.Literal('jsonl'), Type.Literal('csv')])),
  ownerCountry: Type.Optional(CountryCode),
  platformId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const ImportReport = Type.Object({
  imported: Type.Integer(),
  duplicates: Type.Integer(),
  errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
});
