import { Type } from 'typebox';
import { CountryCode } from '../../schemas.ts';

/** Handling codes a set may carry: the record codes plus the Traffic Light Protocol. */
export const SetHandling = Type.Union(
  [
    'operation',
    'countries',
    'owner',
    'tlp:clear',
    'tlp:green',
    'tlp:amber',
    'tlp:amber+strict',
    'tlp:red',
  ].map((code) => Type.Literal(code)),
);

export const SetFormat = Type.Union([
  Type.Literal('csv'),
  Type.Literal('json'),
  Type.Literal('ftm'),
  Type.Literal('misp'),
]);

const fileFields = {
  content: Type.String({
    minLength: 1,
    maxLength: 40 * 1024 * 1024,
    description: 'the set file as text: CSV, JSON, FollowTheMoney (JSON lines) or a MISP event',
  }),
  format: Type.Optional(SetFormat),
  fileName: Type.Optional(Type.String({ maxLength: 500, description: 'helps to detect the format' })),
  country: Type.Optional(CountryCode),
  handling: Type.Optional(SetHandling),
  validFrom: Type.Optional(Type.String({ format: 'date-time' })),
  validUntil: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
};

export const SetImportBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 300 }),
  ownerCountry: Type.Optional(CountryCode),
  scope: Type.Optional(Type.Union([Type.Literal('operation'), Type.Literal('global')])),
  ...fileFields,
});

export const SetVersionBody = Type.Object(fileFields);

export const SetParams = Type.Object({
  id: Type.String({ format: 'uuid', description: 'operation' }),
  setId: Type.String({ format: 'uuid' }),
});

export const FilterImportBody = Type.Object({
  file: Type.String({ minLength: 1, maxLength: 60 * 1024 * 1024, description: 'the filter file, base64' }),
  handling: Type.Optional(SetHandling),
});

export const FilterExportBody = Type.Object({
  sharingGroup: Type.String({ minLength: 1, maxLength: 200 }),
  fpRate: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 0.1 })),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  contact: Type.Optional(Type.String({ maxLength: 300 })),
});

export const ImportIssueSchema = Type.Object({
  line: Type.Optional(Type.Integer()),
  entry: Type.Optional(Type.Integer()),
  field: Type.Optional(Type.String()),
  message: Type.String(),
});

/** A rejected file: nothing was imported; each issue names its line (or entry) and field. */
export const SetFileRejectedResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  issues: Type.Optional(Type.Array(ImportIssueSchema)),
  totalIssues: Type.Optional(Type.Integer()),
});
