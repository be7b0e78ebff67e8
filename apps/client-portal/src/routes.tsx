import { Permission } from '@dengon/domain';
import { NotFoundPage, RequirePermission, type NavItem } from '@dengon/web';
import {
  MyAuditPage,
  MyChangeRequestsPage,
  MyContractorsPage,
  MyContractPage,
  MyFaqPage,
  MyHistoryPage,
  MyInvoicesPage,
  MyScriptPage,
  MySettingsPage,
  MyUsersPage,
} from '@dengon/web-portal';
import { Navigate, Route, Routes } from 'react-router';

// Call history first: what the answering service took for the client, live.
export const portalNavigation: readonly NavItem[] = [
  { to: '/history', labelKey: 'nav.history' },
  { to: '/contract', labelKey: 'nav.contract' },
  { to: '/script', labelKey: 'nav.script' },
  { to: '/faq', labelKey: 'nav.faq' },
  { to: '/contractors', labelKey: 'nav.contractors' },
  { to: '/invoices', labelKey: 'nav.invoices' },
  { to: '/change-requests', labelKey: 'nav.myChangeRequests' },
  { to: '/settings', labelKey: 'nav.mySettings', permission: Permission.ManageCompanySettings },
  { to: '/users', labelKey: 'nav.myUsers', permission: Permission.ManageUsers },
  { to: '/audit', labelKey: 'nav.myAudit', permission: Permission.ViewAudit },
];

export function PortalRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="/history" replace />} />
      <Route path="history/:id?" element={<MyHistoryPage />} />
      <Route path="contract" element={<MyContractPage />} />
      <Route path="script" element={<MyScriptPage />} />
      <Route path="faq" element={<MyFaqPage />} />
      <Route path="contractors" element={<MyContractorsPage />} />
      <Route path="invoices" element={<MyInvoicesPage />} />
      <Route path="change-requests" element={<MyChangeRequestsPage />} />
      <Route
        path="audit"
        element={
          <RequirePermission permission={Permission.ViewAudit}>
            <MyAuditPage />
          </RequirePermission>
        }
      />
      <Route
        path="settings"
        element={
          <RequirePermission permission={Permission.ManageCompanySettings}>
            <MySettingsPage />
          </RequirePermission>
        }
      />
      <Route
        path="users"
        element={
          <RequirePermission permission={Permission.ManageUsers}>
            <MyUsersPage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
