import {
  MyChangeRequestsPage,
  MyContractPage,
  MyFaqPage,
  MyScriptPage,
  NotFoundPage,
  type NavItem,
} from '@dengon/web';
import { Navigate, Route, Routes } from 'react-router';

// Usage this month comes with call history; until then the portal shows what was bought and how calls are answered.
export const portalNavigation: readonly NavItem[] = [
  { to: '/contract', labelKey: 'nav.contract' },
  { to: '/script', labelKey: 'nav.script' },
  { to: '/faq', labelKey: 'nav.faq' },
  { to: '/change-requests', labelKey: 'nav.myChangeRequests' },
];

export function PortalRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="/contract" replace />} />
      <Route path="contract" element={<MyContractPage />} />
      <Route path="script" element={<MyScriptPage />} />
      <Route path="faq" element={<MyFaqPage />} />
      <Route path="change-requests" element={<MyChangeRequestsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
