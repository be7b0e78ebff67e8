import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import { useHasRole } from './CurrentUser';
import { NotFoundPage } from './NotFoundPage';

/** A route for some roles only; others see "not found" rather than a screen the API would refuse. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return useHasRole(roles) ? children : <NotFoundPage />;
}
