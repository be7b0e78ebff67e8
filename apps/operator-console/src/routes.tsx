import {
  CallTakerSoftphone,
  RingingBanner,
  BACK_OFFICE,
  BillingPage,
  BoardPage,
  CALL_MANAGERS,
  CALL_TAKERS,
  CallsPage,
  ChangeRequestsPage,
  ClientDetailPage,
  ClientListPage,
  DispatchBoardPage,
  HistoryPage,
  MessageLogPage,
  NewClientPage,
  NotFoundPage,
  PlansPage,
  RequireRole,
  SCRIPT_EDITORS,
  STAFF_ROLES,
  useHasRole,
  type NavItem,
} from '@dengon/web';
import { Navigate, Route, Routes } from 'react-router';

/** Operators take calls and read clients' scripts and FAQ; supervisors and back office keep them. */
export const consoleNavigation: readonly NavItem[] = [
  { to: '/calls', labelKey: 'nav.calls', roles: CALL_TAKERS },
  { to: '/board', labelKey: 'nav.board', roles: CALL_MANAGERS },
  { to: '/dispatches', labelKey: 'nav.dispatches', roles: STAFF_ROLES },
  { to: '/history', labelKey: 'nav.history' },
  { to: '/clients', labelKey: 'nav.clients' },
  { to: '/change-requests', labelKey: 'nav.changeRequests', roles: SCRIPT_EDITORS },
  { to: '/plans', labelKey: 'nav.plans', roles: SCRIPT_EDITORS },
  { to: '/messages', labelKey: 'nav.messages', roles: CALL_MANAGERS },
  { to: '/billing', labelKey: 'nav.billing', roles: BACK_OFFICE },
];

/** Operators open the console on the call screen; everyone else on the clients. */
function Home() {
  return <Navigate to={useHasRole(['OPERATOR']) ? '/calls' : '/clients'} replace />;
}

export function ConsoleRoutes() {
  return (
    <CallTakerSoftphone>
      <RingingBanner />
      <Routes>
        <Route index element={<Home />} />
        <Route
          path="calls"
          element={
            <RequireRole roles={CALL_TAKERS}>
              <CallsPage />
            </RequireRole>
          }
        />
        <Route
          path="board"
          element={
            <RequireRole roles={CALL_MANAGERS}>
              <BoardPage />
            </RequireRole>
          }
        />
        <Route
          path="dispatches"
          element={
            <RequireRole roles={STAFF_ROLES}>
              <DispatchBoardPage />
            </RequireRole>
          }
        />
        <Route
          path="messages"
          element={
            <RequireRole roles={CALL_MANAGERS}>
              <MessageLogPage />
            </RequireRole>
          }
        />
        <Route
          path="billing"
          element={
            <RequireRole roles={BACK_OFFICE}>
              <BillingPage />
            </RequireRole>
          }
        />
        <Route path="history/:id?" element={<HistoryPage />} />
        <Route path="clients" element={<ClientListPage />} />
        <Route
          path="clients/new"
          element={
            <RequireRole roles={BACK_OFFICE}>
              <NewClientPage />
            </RequireRole>
          }
        />
        <Route path="clients/:clientId/:tab?" element={<ClientDetailPage />} />
        <Route
          path="change-requests"
          element={
            <RequireRole roles={SCRIPT_EDITORS}>
              <ChangeRequestsPage />
            </RequireRole>
          }
        />
        <Route
          path="plans"
          element={
            <RequireRole roles={SCRIPT_EDITORS}>
              <PlansPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </CallTakerSoftphone>
  );
}
