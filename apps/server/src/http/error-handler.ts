import type { FastifyError } from 'fastify';
import { ServiceError } from '../services/errors.ts';
import type { AppInstance } from './app-instance.ts';

/** Validation errors name the field; unexpected errors are logged and answered without detail. */
export function registerErrorHandler(app: AppInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ServiceError) {
      return reply
        .code(error.status)
        .send({ statusCode: error.status, error: reasonPhrase(error.status), message: error.message });
    }
    if (error.validation) {
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: error.message });
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({
      statusCode: status,
      error: reasonPhrase(status),
      message: status === 500 ? 'internal error (logged on the server)' : error.message,
    });
  });
}

function reasonPhrase(status: number): string {
  const phrases: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    413: 'Payload Too Large',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
  };
  return phrases[status] ?? 'Error';
}
