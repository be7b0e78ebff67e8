import type { Permission } from '@dengon/domain';
import type { Role } from '../gql/graphql';
import type ja from '../i18n/ja.json';

/** One entry of an app's navbar; shown only to holders of the permission (everyone when omitted). */
export interface NavItem {
  to: string;
  labelKey: `nav.${keyof typeof ja.nav}`;
  permission?: Permission;
}

/** Who signs in to the operator console. */
export const STAFF_ROLES = [
  'OPERATOR',
  'SUPERVISOR',
  'BACK_OFFICE',
] as const satisfies readonly Role[];
/** Who signs in to the client portal. */
export const CLIENT_ROLES = ['CLIENT_ADMIN', 'CLIENT_MEMBER'] as const satisfies readonly Role[];
