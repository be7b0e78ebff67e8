// @dengon/web-console: the operator console's screens for operators,
// supervisors and the back office, each loaded when first opened. The
// softphone and the ringing banner live for the whole console.
import { lazyPage } from '@dengon/web';

export { CallTakerSoftphone } from './voice/SoftphoneProvider';
export { RingingBanner } from './calls/RingingBanner';

// Operators.
export const CallsPage = lazyPage(() => import('./calls/CallsPage'), 'CallsPage');
export const StaffHistoryPage = lazyPage(
  () => import('./history/StaffHistoryPage'),
  'StaffHistoryPage',
);
export const ClientListPage = lazyPage(() => import('./clients/ClientListPage'), 'ClientListPage');
export const ClientDetailPage = lazyPage(
  () => import('./clients/ClientDetailPage'),
  'ClientDetailPage',
);

// Supervisors.
export const BoardPage = lazyPage(() => import('./board/BoardPage'), 'BoardPage');
export const SkillsPage = lazyPage(() => import('./skills/SkillsPage'), 'SkillsPage');
export const DispatchBoardPage = lazyPage(
  () => import('./dispatch/DispatchBoardPage'),
  'DispatchBoardPage',
);
export const ChangeRequestsPage = lazyPage(
  () => import('./change-requests/ChangeRequestsPage'),
  'ChangeRequestsPage',
);

// The back office.
export const NewClientPage = lazyPage(() => import('./clients/NewClientPage'), 'NewClientPage');
export const PlansPage = lazyPage(() => import('./plans/PlansPage'), 'PlansPage');
export const MessageLogPage = lazyPage(() => import('./dispatch/MessageLogPage'), 'MessageLogPage');
export const InboundMailPage = lazyPage(
  () => import('./inbound/InboundMailPage'),
  'InboundMailPage',
);
export const BillingPage = lazyPage(() => import('./billing/BillingPage'), 'BillingPage');
export const AuditPage = lazyPage(() => import('./audit/AuditPage'), 'AuditPage');
