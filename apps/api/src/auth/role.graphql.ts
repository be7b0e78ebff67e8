import { ALL_ROLES, type Role } from '@dengon/domain';
import { registerEnumType } from '@nestjs/graphql';

/** The Role enum for GraphQL, named by its values (OPERATOR, …) as the clients see them. */
export const RoleEnum = Object.fromEntries(ALL_ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role' });
