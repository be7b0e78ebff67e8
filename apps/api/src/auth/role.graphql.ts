import { ALL_PERMISSIONS, ALL_ROLES } from '@dengon/domain';
import { graphqlEnum } from '../common/graphql-enum';

export const RoleEnum = graphqlEnum(ALL_ROLES, 'Role');
export const PermissionEnum = graphqlEnum(ALL_PERMISSIONS, 'Permission');
