import { useQuery } from '@tanstack/react-query';
import { meSchema, type Me } from '../../../common/platform/auth.js';
import { api, ApiError } from '../../app/api';

/** Other modules invalidate this key when they change something the menus depend on. */
export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get('/me', meSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function isAdmin(me: Me | null | undefined): boolean {
  return me?.roles.includes('admin') ?? false;
}

/** Administrators and auditors may check the audit log's hash chain (the server decides too). */
export function canVerifyAudit(me: Me | null | undefined): boolean {
  return isAdmin(me) || (me?.roles.includes('auditor') ?? false);
}
