import { ALL_ROLES, type Role } from '@dengon/domain';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_RULE = 'dengon:access';
export type AccessRule = readonly Role[] | 'public';

/** The roles that may call this operation. Every resolver and controller states one rule. */
export const Roles = (...roles: Role[]) => SetMetadata<string, AccessRule>(ACCESS_RULE, roles);

/** Any signed-in user. */
export const SignedIn = () => SetMetadata<string, AccessRule>(ACCESS_RULE, ALL_ROLES);

/** No sign-in needed: said out loud, never assumed. */
export const Public = () => SetMetadata<string, AccessRule>(ACCESS_RULE, 'public');
