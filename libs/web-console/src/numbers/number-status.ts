import type { NumberStatus } from '../gql/graphql';

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
