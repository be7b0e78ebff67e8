import { INTAKE_STATUS_LABELS_JA } from '@dengon/domain';
import type { IntakeStatus } from '../gql/graphql';

export const INTAKE_STATUSES: readonly IntakeStatus[] = [
  'RECEIVED',
  'REPORTED',
  'CALLBACK_PENDING',
  'IN_PROGRESS',
  'DISPATCHED',
  'COMPLETED',
  'CANCELLED',
  'WRONG_OR_PRANK',
];

const INTAKE_STATUS_LABELS_EN: Record<IntakeStatus, string> = {
  RECEIVED: 'Received',
  REPORTED: 'Reported',
  CALLBACK_PENDING: 'Callback pending',
  IN_PROGRESS: 'In progress',
  DISPATCHED: 'Dispatched',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  WRONG_OR_PRANK: 'Wrong or prank call',
};

/** The status as the reader's language names it; Japanese comes from the domain, as exports use it. */
export function intakeStatusLabel(status: IntakeStatus, language: string): string {
  return language === 'en' ? INTAKE_STATUS_LABELS_EN[status] : INTAKE_STATUS_LABELS_JA[status];
}

const STATUS_COLORS: Record<IntakeStatus, string> = {
  RECEIVED: 'blue',
  REPORTED: 'cyan',
  CALLBACK_PENDING: 'orange',
  IN_PROGRESS: 'yellow',
  DISPATCHED: 'grape',
  COMPLETED: 'green',
  CANCELLED: 'gray',
  WRONG_OR_PRANK: 'gray',
};

export function intakeStatusColor(status: IntakeStatus): string {
  return STATUS_COLORS[status];
}
