import { ALL_ROLES, Role } from '../auth/roles';
import {
  allowedIntakeTransitions,
  INTAKE_STATUSES,
  type IntakeStatus,
  intakeTransitionProblem,
} from './intake-status';

/** The whole table, written out by hand: every role, every pair of states. */
const STAFF_TABLE: Record<IntakeStatus, IntakeStatus[]> = {
  RECEIVED: [
    'REPORTED',
    'CALLBACK_PENDING',
    'IN_PROGRESS',
    'DISPATCHED',
    'COMPLETED',
    'CANCELLED',
    'WRONG_OR_PRANK',
  ],
  REPORTED: [
    'CALLBACK_PENDING',
    'IN_PROGRESS',
    'DISPATCHED',
    'COMPLETED',
    'CANCELLED',
    'WRONG_OR_PRANK',
  ],
  CALLBACK_PENDING: ['IN_PROGRESS', 'DISPATCHED', 'COMPLETED', 'CANCELLED'],
  IN_PROGRESS: ['CALLBACK_PENDING', 'DISPATCHED', 'COMPLETED', 'CANCELLED'],
  DISPATCHED: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
  WRONG_OR_PRANK: [],
};
const SUPERVISOR_TABLE: Record<IntakeStatus, IntakeStatus[]> = {
  ...STAFF_TABLE,
  COMPLETED: ['IN_PROGRESS'],
  CANCELLED: ['RECEIVED'],
  WRONG_OR_PRANK: ['RECEIVED'],
};
const CLIENT_TABLE: Record<IntakeStatus, IntakeStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  REPORTED: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  CALLBACK_PENDING: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED'],
  DISPATCHED: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  WRONG_OR_PRANK: [],
};
const TABLES: Record<Role, Record<IntakeStatus, IntakeStatus[]>> = {
  OPERATOR: STAFF_TABLE,
  BACK_OFFICE: STAFF_TABLE,
  SUPERVISOR: SUPERVISOR_TABLE,
  CLIENT_ADMIN: CLIENT_TABLE,
  CLIENT_MEMBER: CLIENT_TABLE,
};

describe('intake status transitions', () => {
  const cases = ALL_ROLES.flatMap((role) =>
    INTAKE_STATUSES.flatMap((from) => INTAKE_STATUSES.map((to) => [role, from, to] as const)),
  );

  it.each(cases)('%s: %s → %s', (role, from, to) => {
    const allowed = TABLES[role][from].includes(to);
    const problem = intakeTransitionProblem(role, from, to);
    if (allowed) expect(problem).toBeNull();
    else
      expect(problem).toBe(
        from === to
          ? `the record is already ${to}`
          : `${role} may not move a record from ${from} to ${to}`,
      );
  });

  it('lists the allowed next states per role', () => {
    for (const role of ALL_ROLES) {
      for (const from of INTAKE_STATUSES)
        expect(allowedIntakeTransitions(role, from)).toEqual(TABLES[role][from]);
    }
  });

  it('keeps wrong-call verdicts with the answering service', () => {
    for (const role of [Role.ClientAdmin, Role.ClientMember]) {
      for (const from of INTAKE_STATUSES)
        expect(allowedIntakeTransitions(role, from)).not.toContain('WRONG_OR_PRANK');
    }
  });
});
