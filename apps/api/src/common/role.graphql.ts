import { ALL_PERMISSIONS, ALL_ROLES } from '@dengon/domain';
import { graphqlEnum } from './graphql-enum';

export const RoleEnum = graphqlEnum(ALL_ROLES, 'Role');
export const PermissionEnum = graphqlEnum(ALL_PERMISSIONS, 'Permission');
