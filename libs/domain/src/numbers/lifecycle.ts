import { type FieldRefusal, refusal } from '../text/field-rules';
import type { NumberKind } from './phone';

/**
 * A number's life with its holder: requested from the carrier, provisioning
 * (a new 0120 takes 1–2 months), active, moving (about 2 weeks), released.
 * A released number may later be held by someone else as a new holding.
 */
export type NumberStatus = 'REQUESTED' | 'PROVISIONING' | 'ACTIVE' | 'MOVING' | 'RELEASED';
export const NUMBER_STATUSES: readonly NumberStatus[] = [
  'REQUESTED',
  'PROVISIONING',
  'ACTIVE',
  'MOVING',
  'RELEASED',
];

const NEXT: Record<NumberStatus, readonly NumberStatus[]> = {
  REQUESTED: ['PROVISIONING', 'RELEASED'],
  PROVISIONING: ['ACTIVE', 'RELEASED'],
  ACTIVE: ['MOVING', 'RELEASED'],
  MOVING: ['ACTIVE', 'RELEASED'],
  RELEASED: [],
};

/** Statuses in which the number is held: at most one holder at a time. */
export const HELD_STATUSES: readonly NumberStatus[] = [
  'REQUESTED',
  'PROVISIONING',
  'ACTIVE',
  'MOVING',
];
/** Statuses in which calls to the number reach the answering service. */
export const RINGING_STATUSES: readonly NumberStatus[] = ['ACTIVE', 'MOVING'];

export interface TransitionFacts {
  kind: NumberKind;
  forwardToE164: string | null;
  expectedOpenDate: string | null;
  /** 'YYYY-MM-DD' in Asia/Tokyo. */
  today: string;
}

export interface TransitionProblem extends FieldRefusal {
  field: 'status' | 'forwardTo' | 'expectedOpenDate';
}

export function allowedNextStatuses(from: NumberStatus): readonly NumberStatus[] {
  return NEXT[from];
}

/** Why the number cannot move from → to, or null. */
export function numberTransitionProblem(
  from: NumberStatus,
  to: NumberStatus,
  facts: TransitionFacts,
): TransitionProblem | null {
  if (!NEXT[from].includes(to))
    return { field: 'status', ...refusal('numberStatusTransition', { from, to }) };
  if (to === 'ACTIVE' && facts.kind === 'TOLL_FREE' && !facts.forwardToE164) {
    return { field: 'forwardTo', ...refusal('tollFreeNeedsForwarding') };
  }
  if (to === 'PROVISIONING' && !facts.expectedOpenDate) {
    return { field: 'expectedOpenDate', ...refusal('isNotEmpty') };
  }
  if (to === 'PROVISIONING' && facts.expectedOpenDate && facts.expectedOpenDate < facts.today) {
    return { field: 'expectedOpenDate', ...refusal('inThePast', { date: facts.expectedOpenDate }) };
  }
  return null;
}

/** Default dates the back office starts from: a new 0120 opens in about a month, a move takes about 2 weeks. */
export const PROVISIONING_DAYS = 30;
export const MOVING_DAYS = 14;
