import { Type } from 'typebox';

/** Schemas shared by several routes. */
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });
export const Version = Type.Integer({
  minimum: 1,
  description: 'the version you read (optimistic concurrency)',
});
export const Handling = Type.Union([
  Type.Literal('operation'),
  Type.Literal('countries'),
  Type.Literal('owner'),
]);
export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
});
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
export const AnyObject = Type.Object({}, { additionalProperties: true });
export const AnyArray = Type.Array(Type.Object({}, { additionalProperties: true }));
