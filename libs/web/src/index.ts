// The public surface of @dengon/web; apps import only from here.
export { mountDengonApp, type DengonAppOptions } from './mount';
// Apps write their own documents with the same generated function (see codegen.ts).
export { graphql } from './gql';
export type { Role } from './gql/graphql';

// The frame: navigation, role checks.
export { RequireRole } from './shell/RequireRole';
export { NotFoundPage } from './shell/NotFoundPage';
export {
  BACK_OFFICE,
  CLIENT_ROLES,
  SCRIPT_EDITORS,
  STAFF_ROLES,
  type NavItem,
} from './shell/navigation';

// Operator console screens.
export { ClientListPage } from './clients/ClientListPage';
export { NewClientPage } from './clients/NewClientPage';
export { ClientDetailPage } from './clients/ClientDetailPage';
export { PlansPage } from './plans/PlansPage';
export { ChangeRequestsPage } from './change-requests/ChangeRequestsPage';

// Client portal screens.
export { MyContractPage } from './contracts/MyContractPage';
export { MyScriptPage } from './scripts/MyScriptPage';
export { MyFaqPage } from './faq/MyFaqPage';
export { MyChangeRequestsPage } from './change-requests/MyChangeRequestsPage';
export { HistoryPage } from './history/HistoryPage';
