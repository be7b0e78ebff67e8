import type { Permission } from '@dengon/domain';
import type { ReactNode } from 'react';
import { useCan } from './CurrentUser';
import { NotFoundPage } from './NotFoundPage';

/** A route for holders of the permission; others see "not found" rather than a screen the API would refuse. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  return useCan(permission) ? children : <NotFoundPage />;
}
