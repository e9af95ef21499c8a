import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, del, get, post, setCsrfToken } from './api.ts';
import { keys } from './query-keys.ts';
import type { Bootstrap, Session, User } from './types.ts';

/** The signed-in user, or null. The CSRF token comes with the session and stays in memory. */
export function useSession() {
  return useQuery({
    queryKey: keys.session,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await get<Session>('/api/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useUser(): User | null {
  return useSession().data?.user ?? null;
}

export function useBootstrap() {
  return useQuery({ queryKey: keys.bootstrap, queryFn: () => get<Bootstrap>('/api/bootstrap') });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      post<Session>('/api/session', credentials),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(keys.session, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => del<unknown>('/api/session'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(keys.session, null);
    },
  });
}
