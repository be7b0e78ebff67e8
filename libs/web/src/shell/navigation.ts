import type { Role } from '../gql/graphql';
import type ja from '../i18n/ja.json';

/** One entry of an app's navbar; shown only to the roles given (everyone when omitted). */
export interface NavItem {
  to: string;
  labelKey: `nav.${keyof typeof ja.nav}`;
  roles?: readonly Role[];
}

export const STAFF_ROLES = [
  'OPERATOR',
  'SUPERVISOR',
  'BACK_OFFICE',
] as const satisfies readonly Role[];
export const CLIENT_ROLES = ['CLIENT_ADMIN', 'CLIENT_MEMBER'] as const satisfies readonly Role[];
/** Who edits scripts and FAQ and reviews change requests (the manual assistants). */
export const SCRIPT_EDITORS = ['SUPERVISOR', 'BACK_OFFICE'] as const satisfies readonly Role[];
/** Who keeps clients, contracts, numbers and users. */
export const BACK_OFFICE = ['BACK_OFFICE'] as const satisfies readonly Role[];
/** Who takes calls: the call screen, offers, operator states. */
export const CALL_TAKERS = ['OPERATOR', 'SUPERVISOR'] as const satisfies readonly Role[];
/** Who watches the queue, operators and service level on the supervisor board. */
export const CALL_MANAGERS = ['SUPERVISOR', 'BACK_OFFICE'] as const satisfies readonly Role[];
