import {
  ALL_ROLES,
  assignableRoles,
  companyRuleViolation,
  isClientRole,
  isRole,
  Role,
} from './roles';

describe('roles', () => {
  it('splits roles into staff and client', () => {
    expect(ALL_ROLES.filter(isClientRole)).toEqual([Role.ClientAdmin, Role.ClientMember]);
  });

  it.each([
    [Role.BackOffice, ALL_ROLES],
    [Role.ClientAdmin, [Role.ClientAdmin, Role.ClientMember]],
    [Role.Supervisor, []],
    [Role.Operator, []],
    [Role.ClientMember, []],
  ])('%s may assign %j', (actor, roles) => {
    expect(assignableRoles(actor)).toEqual(roles);
  });

  it.each(ALL_ROLES)('%s has a company rule', (role) => {
    if (isClientRole(role)) {
      expect(companyRuleViolation(role, null)?.rule).toBe('clientUserNeedsCompany');
      expect(companyRuleViolation(role, 'c1')).toBeNull();
    } else {
      expect(companyRuleViolation(role, 'c1')?.rule).toBe('staffUserHasNoCompany');
      expect(companyRuleViolation(role, null)).toBeNull();
    }
  });

  it('recognises role names only', () => {
    expect(isRole('OPERATOR')).toBe(true);
    expect(isRole('operator')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});
