// The public surface of @dengon/web; apps import only from here.
export { mountDengonApp, type DengonAppOptions } from './mount';
// Apps write their own documents with the same generated function (see codegen.ts).
export { graphql } from './gql';
export type { Role } from './gql/graphql';

// The frame: navigation, permission checks.
export { RequirePermission } from './shell/RequirePermission';
export { useCan, useCurrentUser } from './shell/CurrentUser';
export { NotFoundPage } from './shell/NotFoundPage';
export { CLIENT_ROLES, STAFF_ROLES, type NavItem } from './shell/navigation';

// Operator console screens.
export { CallsPage } from './calls/CallsPage';
export { RingingBanner } from './calls/RingingBanner';
export { CallTakerSoftphone } from './voice/SoftphoneProvider';
export { BoardPage } from './board/BoardPage';
export { ClientListPage } from './clients/ClientListPage';
export { NewClientPage } from './clients/NewClientPage';
export { ClientDetailPage } from './clients/ClientDetailPage';
export { PlansPage } from './plans/PlansPage';
export { ChangeRequestsPage } from './change-requests/ChangeRequestsPage';
export { DispatchBoardPage } from './dispatch/DispatchBoardPage';
export { MessageLogPage } from './dispatch/MessageLogPage';
export { BillingPage } from './billing/BillingPage';

// Client portal screens.
export { MyContractPage } from './contracts/MyContractPage';
export { MyScriptPage } from './scripts/MyScriptPage';
export { MyFaqPage } from './faq/MyFaqPage';
export { MyChangeRequestsPage } from './change-requests/MyChangeRequestsPage';
export { MyContractorsPage } from './contractors/MyContractorsPage';
export { MyInvoicesPage } from './billing/MyInvoicesPage';

// Both: client users see their own company's history, staff every client's.
export { HistoryPage } from './history/HistoryPage';
