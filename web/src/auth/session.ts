import { useQuery, useQueryClient } from '@tanstack/react-query';
import { me, type Role, type SessionUser } from '../api/auth';

export const SESSION_KEY = ['session'] as const;

/** The signed-in user (null: nobody); undefined while the first answer is on its way. */
export function useSession(): { user: SessionUser | null | undefined; isError: boolean } {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: me, staleTime: 60_000, retry: false });
  return { user: query.data, isError: query.isError };
}

export function useSetSession(): (user: SessionUser | null) => void {
  const client = useQueryClient();
  return (user) => {
    if (user === null) client.clear();
    client.setQueryData(SESSION_KEY, user);
  };
}

/** Each role's home page: coordinators start at their candidates. */
export const homeOf = (role: Role): string => (role === 'coordinator' ? '/kandidater' : '/hjem');
