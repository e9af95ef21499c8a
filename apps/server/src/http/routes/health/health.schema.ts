import { Type } from 'typebox';

export const HealthResponse = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  database: Type.Object({
    kind: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')]),
    migration: Type.Object({
      version: Type.Integer({ description: 'Number of migrations applied' }),
      tag: Type.Union([Type.String(), Type.Null()]),
    }),
  }),
  uptimeSeconds: Type.Number(),
});
