import type { Permission } from '@dengon/domain';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_RULE = 'dengon:access';
export type AccessRule = { permission: Permission } | 'signed-in' | 'public';

/**
 * Who may call this operation: whoever holds the permission (by role, or
 * granted; the table is libs/domain's permissions). Every resolver and
 * controller states one rule.
 */
export const Allow = (permission: Permission) =>
  SetMetadata<string, AccessRule>(ACCESS_RULE, { permission });

/** Any signed-in user: what is theirs to see is decided by their company (row-level security). */
export const SignedIn = () => SetMetadata<string, AccessRule>(ACCESS_RULE, 'signed-in');

/** No sign-in needed: said out loud, never assumed. */
export const Public = () => SetMetadata<string, AccessRule>(ACCESS_RULE, 'public');
