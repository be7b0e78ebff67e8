import type { NumberKind, NumberStatus } from '../gql/graphql';

/**
 * The steps a number may take next. Mirrors `allowedNextStatuses` in
 * libs/domain (numbers/lifecycle.ts), which the front ends cannot import yet;
 * the API refuses any other step, so a drift shows as an error, never as a wrong state.
 */
const NEXT: Record<NumberStatus, readonly NumberStatus[]> = {
  REQUESTED: ['PROVISIONING', 'RELEASED'],
  PROVISIONING: ['ACTIVE', 'RELEASED'],
  ACTIVE: ['MOVING', 'RELEASED'],
  MOVING: ['ACTIVE', 'RELEASED'],
  RELEASED: [],
};

export function nextStatuses(from: NumberStatus): readonly NumberStatus[] {
  return NEXT[from];
}

export const NUMBER_KINDS: readonly NumberKind[] = ['TOLL_FREE', 'REPRESENTATIVE', 'DIRECT'];

/** The label of the button that moves a number from → to (e.g. MOVING → ACTIVE is "move done"). */
export function stepKey(
  from: NumberStatus,
  to: NumberStatus,
): `numbers.step.${'provision' | 'activate' | 'moveDone' | 'move' | 'release'}` {
  switch (to) {
    case 'PROVISIONING':
      return 'numbers.step.provision';
    case 'ACTIVE':
      return from === 'MOVING' ? 'numbers.step.moveDone' : 'numbers.step.activate';
    case 'MOVING':
      return 'numbers.step.move';
    default:
      return 'numbers.step.release';
  }
}
