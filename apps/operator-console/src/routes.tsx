import { Permission } from '@dengon/domain';
import { NotFoundPage, RequirePermission, useCurrentUser, type NavItem } from '@dengon/web';
import {
  AuditPage,
  BillingPage,
  BoardPage,
  CallsPage,
  CallTakerSoftphone,
  ChangeRequestsPage,
  ClientDetailPage,
  ClientListPage,
  DispatchBoardPage,
  MessageLogPage,
  InboundMailPage,
  NewClientPage,
  PlansPage,
  RingingBanner,
  SkillsPage,
  StaffHistoryPage,
} from '@dengon/web-console';
import { Navigate, Route, Routes } from 'react-router';

/** Operators take calls and read clients' scripts and FAQ; supervisors and back office keep them. */
export const consoleNavigation: readonly NavItem[] = [
  { to: '/calls', labelKey: 'nav.calls', permission: Permission.TakeCalls },
  { to: '/board', labelKey: 'nav.board', permission: Permission.SuperviseCalls },
  { to: '/skills', labelKey: 'nav.skills', permission: Permission.SuperviseCalls },
  { to: '/dispatches', labelKey: 'nav.dispatches', permission: Permission.ViewDispatches },
  { to: '/history', labelKey: 'nav.history' },
  { to: '/clients', labelKey: 'nav.clients' },
  { to: '/change-requests', labelKey: 'nav.changeRequests', permission: Permission.EditScripts },
  { to: '/plans', labelKey: 'nav.plans', permission: Permission.ViewClientAccounts },
  { to: '/messages', labelKey: 'nav.messages', permission: Permission.ViewDeliveryReports },
  { to: '/inbound-mail', labelKey: 'nav.inboundMail', permission: Permission.ViewInboundMail },
  // The back office runs billing; a supervisor granted it sees what is owed.
  { to: '/billing', labelKey: 'nav.billing', permission: Permission.ViewAging },
  { to: '/audit', labelKey: 'nav.audit', permission: Permission.ViewAudit },
];

/** Operators open the console on the call screen; everyone else on the clients. */
function Home() {
  return <Navigate to={useCurrentUser().role === 'OPERATOR' ? '/calls' : '/clients'} replace />;
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
            <RequirePermission permission={Permission.TakeCalls}>
              <CallsPage />
            </RequirePermission>
          }
        />
        <Route
          path="board"
          element={
            <RequirePermission permission={Permission.SuperviseCalls}>
              <BoardPage />
            </RequirePermission>
          }
        />
        <Route
          path="audit"
          element={
            <RequirePermission permission={Permission.ViewAudit}>
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route
          path="skills"
          element={
            <RequirePermission permission={Permission.SuperviseCalls}>
              <SkillsPage />
            </RequirePermission>
          }
        />
        <Route
          path="dispatches"
          element={
            <RequirePermission permission={Permission.ViewDispatches}>
              <DispatchBoardPage />
            </RequirePermission>
          }
        />
        <Route
          path="messages"
          element={
            <RequirePermission permission={Permission.ViewDeliveryReports}>
              <MessageLogPage />
            </RequirePermission>
          }
        />
        <Route
          path="inbound-mail"
          element={
            <RequirePermission permission={Permission.ViewInboundMail}>
              <InboundMailPage />
            </RequirePermission>
          }
        />
        <Route
          path="billing"
          element={
            <RequirePermission permission={Permission.ViewAging}>
              <BillingPage />
            </RequirePermission>
          }
        />
        <Route path="history/:id?" element={<StaffHistoryPage />} />
        <Route path="clients" element={<ClientListPage />} />
        <Route
          path="clients/new"
          element={
            <RequirePermission permission={Permission.ManageClients}>
              <NewClientPage />
            </RequirePermission>
          }
        />
        <Route path="clients/:clientId/:tab?" element={<ClientDetailPage />} />
        <Route
          path="change-requests"
          element={
            <RequirePermission permission={Permission.EditScripts}>
              <ChangeRequestsPage />
            </RequirePermission>
          }
        />
        <Route
          path="plans"
          element={
            <RequirePermission permission={Permission.ViewClientAccounts}>
              <PlansPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </CallTakerSoftphone>
  );
}
