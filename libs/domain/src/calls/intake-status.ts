import { type Role, Role as R } from '../auth/roles';

/**
 * The status of an intake record (受付), shared by operators and the client's
 * users: received → reported to the client → callback pending / in progress /
 * dispatched → completed; or cancelled; or closed as a wrong or prank call
 * (間違い電話・いたずら電話, common on 0120), which billing may exclude.
 */
export const INTAKE_STATUSES = [
  'RECEIVED',
  'REPORTED',
  'CALLBACK_PENDING',
  'IN_PROGRESS',
  'DISPATCHED',
  'COMPLETED',
  'CANCELLED',
  'WRONG_OR_PRANK',
] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

type Moves = Partial<Record<IntakeStatus, readonly IntakeStatus[]>>;

/** What operators and back office may do: the whole forward workflow. */
const STAFF: Moves = {
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
};

/** Supervisors also correct closed records: reopen, or take back a wrong-call verdict. */
const SUPERVISOR: Moves = {
  ...STAFF,
  COMPLETED: ['IN_PROGRESS'],
  CANCELLED: ['RECEIVED'],
  WRONG_OR_PRANK: ['RECEIVED'],
};

/**
 * A client's users follow up on what they were told: they take a record in
 * hand, close it once they have called back, or cancel it as not needed.
 * Wrong-call verdicts stay with the answering service, since billing depends on them.
 */
const CLIENT: Moves = {
  RECEIVED: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  REPORTED: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  CALLBACK_PENDING: ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED'],
  DISPATCHED: ['COMPLETED'],
};

const BY_ROLE: Record<Role, Moves> = {
  [R.Operator]: STAFF,
  [R.BackOffice]: STAFF,
  [R.Supervisor]: SUPERVISOR,
  [R.ClientAdmin]: CLIENT,
  [R.ClientMember]: CLIENT,
};

export function allowedIntakeTransitions(role: Role, from: IntakeStatus): readonly IntakeStatus[] {
  return BY_ROLE[role][from] ?? [];
}

/** Why the role may not move a record from → to, naming both; null when it may. */
export function intakeTransitionProblem(
  role: Role,
  from: IntakeStatus,
  to: IntakeStatus,
): string | null {
  if (from === to) return `the record is already ${to}`;
  return allowedIntakeTransitions(role, from).includes(to)
    ? null
    : `${role} may not move a record from ${from} to ${to}`;
}

/** Statuses that end the work on a record (a supervisor may still reopen some). */
export const CLOSED_INTAKE_STATUSES: readonly IntakeStatus[] = [
  'COMPLETED',
  'CANCELLED',
  'WRONG_OR_PRANK',
];

/** Japanese names of the statuses, as people read them on screens and in exports. */
export const INTAKE_STATUS_LABELS_JA: Record<IntakeStatus, string> = {
  RECEIVED: '受付済み',
  REPORTED: '報告済み',
  CALLBACK_PENDING: '折り返し待ち',
  IN_PROGRESS: '対応中',
  DISPATCHED: '手配済み',
  COMPLETED: '完了',
  CANCELLED: 'キャンセル',
  WRONG_OR_PRANK: '間違い・いたずら電話',
};
