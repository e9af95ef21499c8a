import { notifications } from '@mantine/notifications';
import { ApiError, errorMessage } from './api.ts';

export function notifyError(error: unknown, title = 'Something went wrong'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 3000 });
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** Optimistic concurrency lost: someone else saved first. The caller refetches. */
export function notifyConflict(): void {
  notifications.show({
    color: 'orange',
    title: 'Changed by someone else — reloaded',
    message: 'Another user saved this record first. Check the current values and try again.',
    autoClose: 8000,
  });
}
