import { createContext, use, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';
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

/** Whether the signed-in user has one of these roles. The API decides; this only hides what it would refuse. */
export function useHasRole(roles: readonly Role[]): boolean {
  return roles.includes(useCurrentUser().role);
}
