import type { OperatorState } from '../gql/graphql';

/** The states an operator picks; on-call and after-call work come from the call itself. */
export const SELECTABLE_STATES = [
  'AVAILABLE',
  'BREAK',
  'OFFLINE',
] as const satisfies readonly OperatorState[];

const COLORS: Record<OperatorState, string> = {
  AVAILABLE: 'green',
  ON_CALL: 'blue',
  AFTER_CALL_WORK: 'orange',
  BREAK: 'gray',
  OFFLINE: 'dark',
};

export const operatorStateColor = (state: OperatorState): string => COLORS[state];
