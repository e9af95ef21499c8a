import { Type } from 'typebox';

export const LoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  country: Type.Union([Type.String(), Type.Null()]),
  agencyId: Type.Union([Type.String(), Type.Null()]),
  permissions: Type.Array(Type.String()),
});

export const SessionResponse = Type.Object({ user: UserView, csrfToken: Type.String() });
export const BootstrapResponse = Type.Object({ empty: Type.Boolean(), demoAvailable: Type.Boolean() });
