import {
  ALL_PERMISSIONS,
  can,
  grantablePermissions,
  grantProblem,
  isPermission,
  Permission,
  permissionsOf,
  rolesWith,
} from './permissions';
import { ALL_ROLES, CLIENT_ROLES, Role } from './roles';

describe('permissions', () => {
  it('gives every permission to at least one role', () => {
    for (const permission of ALL_PERMISSIONS)
      expect(rolesWith(permission).length).toBeGreaterThan(0);
  });

  it('keeps money from supervisors unless granted (least privilege)', () => {
    const supervisor = { role: Role.Supervisor };
    expect(can(supervisor, Permission.ViewInvoices)).toBe(false);
    expect(can(supervisor, Permission.ViewAging)).toBe(false);
    const granted = { role: Role.Supervisor, grantedPermissions: [Permission.ViewInvoices] };
    expect(can(granted, Permission.ViewInvoices)).toBe(true);
    expect(can(granted, Permission.ViewAging)).toBe(false);
    expect(can(granted, Permission.RunBilling)).toBe(false);
  });

  it('lets a grant count only while the role may hold it', () => {
    const demoted = { role: Role.Operator, grantedPermissions: [Permission.ViewInvoices] };
    expect(can(demoted, Permission.ViewInvoices)).toBe(false);
    expect(permissionsOf(demoted)).not.toContain(Permission.ViewInvoices);
  });

  it('keeps the running of the business to the back office', () => {
    for (const permission of [
      Permission.RunBilling,
      Permission.ManageClients,
      Permission.ManagePlans,
    ]) {
      expect(rolesWith(permission)).toEqual([Role.BackOffice]);
    }
  });

  it('never lets a client role work across clients or take calls', () => {
    for (const role of CLIENT_ROLES) {
      for (const permission of [
        Permission.ViewAllClients,
        Permission.TakeCalls,
        Permission.RecordIntake,
        Permission.Dispatch,
        Permission.SuperviseCalls,
        Permission.EditScripts,
        Permission.ViewDeliveryReports,
      ]) {
        expect(can({ role }, permission)).toBe(false);
      }
    }
  });

  it('lets every role read its calls and dispatches', () => {
    for (const role of ALL_ROLES) {
      expect(can({ role }, Permission.ViewCalls)).toBe(true);
      expect(can({ role }, Permission.ViewDispatches)).toBe(true);
    }
  });

  it('lists what a user may do, in the order of the table', () => {
    expect(permissionsOf({ role: Role.ClientMember })).toEqual([
      Permission.ViewCalls,
      Permission.UpdateCalls,
      Permission.RequestScriptChanges,
      Permission.ViewChangeRequests,
      Permission.ViewDispatches,
      Permission.ViewMessages,
      Permission.ViewInvoices,
    ]);
  });

  it('grants only what the role may be granted', () => {
    expect(grantablePermissions(Role.Supervisor)).toEqual([
      Permission.ViewInvoices,
      Permission.ViewAging,
    ]);
    expect(grantProblem(Role.Supervisor, [Permission.ViewAging])).toBeNull();
    expect(grantProblem(Role.Supervisor, [])).toBeNull();
    expect(grantProblem(Role.Supervisor, [Permission.RunBilling])).toEqual({
      rule: 'notGrantable',
      args: { permissions: [Permission.RunBilling], role: Role.Supervisor },
      message: 'RUN_BILLING cannot be granted to SUPERVISOR',
    });
    expect(grantProblem(Role.Operator, [Permission.ViewInvoices])?.message).toBe(
      'VIEW_INVOICES cannot be granted to OPERATOR',
    );
  });

  it('recognises permission names', () => {
    expect(isPermission('VIEW_AGING')).toBe(true);
    expect(isPermission('view_aging')).toBe(false);
    expect(isPermission(1)).toBe(false);
  });
});
