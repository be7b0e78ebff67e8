import {
  BACK_OFFICE,
  ChangeRequestsPage,
  ClientDetailPage,
  ClientListPage,
  NewClientPage,
  NotFoundPage,
  PlansPage,
  RequireRole,
  SCRIPT_EDITORS,
  type NavItem,
} from '@dengon/web';
import { Navigate, Route, Routes } from 'react-router';

/** Operators read clients' scripts and FAQ; supervisors and back office keep them. */
export const consoleNavigation: readonly NavItem[] = [
  { to: '/clients', labelKey: 'nav.clients' },
  { to: '/change-requests', labelKey: 'nav.changeRequests', roles: SCRIPT_EDITORS },
  { to: '/plans', labelKey: 'nav.plans', roles: SCRIPT_EDITORS },
];

export function ConsoleRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="/clients" replace />} />
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
  );
}
