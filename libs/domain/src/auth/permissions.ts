import { type FieldRefusal, refusal } from '../text/field-rules';
import { ALL_ROLES, CLIENT_ROLES, Role, STAFF_ROLES } from './roles';

/**
 * What a user may do. The API's resolvers and controllers each require one
 * (`@Allow`), and the apps show an action only to whoever may take it
 * (`useCan`): both read the table below, the one place that says it.
 */
export const Permission = {
  /** Call records (受付記録) of one's company, or all for staff: read, export, live updates, recordings. */
  ViewCalls: 'VIEW_CALLS',
  /** Change a record's status and comment on it. */
  UpdateCalls: 'UPDATE_CALLS',
  /** Answer calls: operator state, offers, the softphone, callbacks (折り返し). */
  TakeCalls: 'TAKE_CALLS',
  /** Save an intake (受付) taken on a call. */
  RecordIntake: 'RECORD_INTAKE',
  /** Work across all clients: the client list, drafts of scripts, callers' history, dispatch candidates. */
  ViewAllClients: 'VIEW_ALL_CLIENTS',
  /** Say whether a record is billed. */
  SetBillable: 'SET_BILLABLE',
  /** The supervisors' board, client groups and operators' skills. */
  SuperviseCalls: 'SUPERVISE_CALLS',
  /** A client's account in the console: contract, numbers, profile, the plan catalogue. */
  ViewClientAccounts: 'VIEW_CLIENT_ACCOUNTS',
  /** Client companies, contracts and numbers. */
  ManageClients: 'MANAGE_CLIENTS',
  /** A company's report destinations and emergency contacts: the back office, or the client's admin for their own. */
  ManageCompanySettings: 'MANAGE_COMPANY_SETTINGS',
  /** Plan prices. */
  ManagePlans: 'MANAGE_PLANS',
  /** Scripts, FAQ and the review of change requests. */
  EditScripts: 'EDIT_SCRIPTS',
  /** Ask for a change of one's script. */
  RequestScriptChanges: 'REQUEST_SCRIPT_CHANGES',
  ViewChangeRequests: 'VIEW_CHANGE_REQUESTS',
  /** Send a job to a contractor (手配) and record the reply. */
  Dispatch: 'DISPATCH',
  ViewDispatches: 'VIEW_DISPATCHES',
  ManageContractors: 'MANAGE_CONTRACTORS',
  ViewUsers: 'VIEW_USERS',
  ManageUsers: 'MANAGE_USERS',
  ViewAudit: 'VIEW_AUDIT',
  /** Reports and notifications sent to clients. */
  ViewMessages: 'VIEW_MESSAGES',
  /** Mail and fax that came in to the intake addresses: offered, held and refused. */
  ViewInboundMail: 'VIEW_INBOUND_MAIL',
  /** Bounces and delivery reports of the service's mail and fax. */
  ViewDeliveryReports: 'VIEW_DELIVERY_REPORTS',
  /** Invoice runs, invoices, credit notes, payments and bank files. */
  RunBilling: 'RUN_BILLING',
  /** Invoices and payments: one's own company's, or all for the back office. */
  ViewInvoices: 'VIEW_INVOICES',
  /** What is owed by days past due (売掛金年齢表). */
  ViewAging: 'VIEW_AGING',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

const { Operator, Supervisor, BackOffice, ClientAdmin, ClientMember } = Role;

/** Who holds each permission by role alone. */
const HELD_BY: Record<Permission, readonly Role[]> = {
  VIEW_CALLS: ALL_ROLES,
  UPDATE_CALLS: ALL_ROLES,
  TAKE_CALLS: [Operator, Supervisor],
  RECORD_INTAKE: STAFF_ROLES,
  VIEW_ALL_CLIENTS: STAFF_ROLES,
  SET_BILLABLE: [Supervisor, BackOffice],
  SUPERVISE_CALLS: [Supervisor, BackOffice],
  VIEW_CLIENT_ACCOUNTS: [Supervisor, BackOffice],
  MANAGE_CLIENTS: [BackOffice],
  MANAGE_COMPANY_SETTINGS: [BackOffice, ClientAdmin],
  MANAGE_PLANS: [BackOffice],
  EDIT_SCRIPTS: [Supervisor, BackOffice],
  REQUEST_SCRIPT_CHANGES: CLIENT_ROLES,
  VIEW_CHANGE_REQUESTS: [Supervisor, BackOffice, ...CLIENT_ROLES],
  DISPATCH: STAFF_ROLES,
  VIEW_DISPATCHES: ALL_ROLES,
  MANAGE_CONTRACTORS: [Supervisor, BackOffice, ClientAdmin],
  VIEW_USERS: [Supervisor, BackOffice, ClientAdmin],
  MANAGE_USERS: [BackOffice, ClientAdmin],
  VIEW_AUDIT: [Supervisor, BackOffice, ClientAdmin],
  VIEW_MESSAGES: [Supervisor, BackOffice, ClientAdmin, ClientMember],
  VIEW_INBOUND_MAIL: [Supervisor, BackOffice],
  VIEW_DELIVERY_REPORTS: [Supervisor, BackOffice],
  RUN_BILLING: [BackOffice],
  VIEW_INVOICES: [BackOffice, ClientAdmin, ClientMember],
  VIEW_AGING: [BackOffice],
};

/**
 * What the back office may grant a user beyond their role: least privilege,
 * so a supervisor sees money only when asked to.
 */
const GRANTABLE: Record<Role, readonly Permission[]> = {
  OPERATOR: [],
  SUPERVISOR: [Permission.ViewInvoices, Permission.ViewAging],
  BACK_OFFICE: [],
  CLIENT_ADMIN: [],
  CLIENT_MEMBER: [],
};

/** The roles that hold the permission without a grant. */
export function rolesWith(permission: Permission): readonly Role[] {
  return HELD_BY[permission];
}

interface Holder {
  role: Role;
  grantedPermissions?: readonly Permission[];
}

/** A grant counts only while the user's role may be granted it (a role change ends it). */
export function can({ role, grantedPermissions = [] }: Holder, permission: Permission): boolean {
  return (
    HELD_BY[permission].includes(role) ||
    (GRANTABLE[role].includes(permission) && grantedPermissions.includes(permission))
  );
}

/** Everything a user may do: their role's permissions and what was granted them. */
export function permissionsOf(user: Holder): Permission[] {
  return ALL_PERMISSIONS.filter((p) => can(user, p));
}

export function grantablePermissions(role: Role): readonly Permission[] {
  return GRANTABLE[role];
}

/** Why these grants cannot be given to a user of the role, or null. */
export function grantProblem(role: Role, granted: readonly Permission[]): FieldRefusal | null {
  const refused = granted.filter((p) => !GRANTABLE[role].includes(p));
  if (refused.length === 0) return null;
  return refusal('notGrantable', { permissions: refused, role });
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (ALL_PERMISSIONS as readonly string[]).includes(value);
}
