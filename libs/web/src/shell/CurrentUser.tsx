import type { Permission } from '@dengon/domain';
import { createContext, use, type ReactNode } from 'react';
import type { SessionUser } from '../session/documents';

const CurrentUserContext = createContext<SessionUser | null>(null);

export function CurrentUserProvider({
  user,
  children,
}: {
  user: SessionUser;
  children: ReactNode;
}) {
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

/** The signed-in user; only screens behind sign-in render, so there always is one. */
export function useCurrentUser(): SessionUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() must be used inside the signed-in app');
  return user;
}

/**
 * Whether the signed-in user holds the permission (by role or granted; the
 * table is libs/domain's). The API decides; this only hides what it would refuse.
 */
export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
