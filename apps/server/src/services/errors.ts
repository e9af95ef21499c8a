/** Failures a service reports on purpose; the HTTP layer maps `status` to the response code. */
export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    message: string,
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new ServiceError(400, message);
export const unauthenticated = () => new ServiceError(401, 'not signed in');
export const forbidden = (permission: string) =>
  new ServiceError(403, `your role may not do this (needs ${permission})`);
/** Hidden records answer exactly like unknown ids, so their existence does not leak. */
export const notFound = (what: string) => new ServiceError(404, `${what} not found`);
export const conflict = (message: string) => new ServiceError(409, message);
