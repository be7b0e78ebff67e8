import { type FieldRefusal, refusal } from '../text/field-rules';

/**
 * Who a user is to Dengon. Staff roles work in the operator console for every
 * client company; client roles work in the client portal for exactly one.
 */
export const Role = {
  Operator: 'OPERATOR',
  Supervisor: 'SUPERVISOR',
  BackOffice: 'BACK_OFFICE',
  ClientAdmin: 'CLIENT_ADMIN',
  ClientMember: 'CLIENT_MEMBER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);
export const STAFF_ROLES: readonly Role[] = [Role.Operator, Role.Supervisor, Role.BackOffice];
export const CLIENT_ROLES: readonly Role[] = [Role.ClientAdmin, Role.ClientMember];

export function isClientRole(role: Role): boolean {
  return CLIENT_ROLES.includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

/**
 * Which roles an actor may give to users they create or edit. Back office
 * manages everyone; a client admin manages only users of their own company
 * (the company check is the caller's, this answers only the role question).
 */
export function assignableRoles(actor: Role): readonly Role[] {
  switch (actor) {
    case Role.BackOffice:
      return ALL_ROLES;
    case Role.ClientAdmin:
      return CLIENT_ROLES;
    case Role.Operator:
    case Role.Supervisor:
    case Role.ClientMember:
      return [];
  }
}

/** A client role needs a client company; a staff role must not have one. */
export function companyRuleViolation(
  role: Role,
  clientCompanyId: string | null,
): FieldRefusal | null {
  if (isClientRole(role) && !clientCompanyId) return refusal('clientUserNeedsCompany');
  if (!isClientRole(role) && clientCompanyId) return refusal('staffUserHasNoCompany');
  return null;
}

/**
 * WebSocket close code of a subscription whose access token expired or whose
 * user's rights changed: the apps take a fresh token and subscribe again.
 */
export const SESSION_ENDED_CLOSE = 4001;
