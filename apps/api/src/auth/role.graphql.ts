import { ALL_ROLES } from '@dengon/domain';
import { graphqlEnum } from '../common/graphql-enum';

export const RoleEnum = graphqlEnum(ALL_ROLES, 'Role');
