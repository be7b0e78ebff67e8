import type { DispatchStatus } from '../gql/graphql';

export const DISPATCH_STATUS_COLORS: Record<DispatchStatus, string> = {
  SENDING: 'blue',
  SENT: 'cyan',
  CALL_CONTRACTOR: 'orange',
  ACKNOWLEDGED: 'green',
  DECLINED: 'red',
  FAILED: 'red',
};
