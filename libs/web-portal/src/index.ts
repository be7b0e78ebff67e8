// @dengon/web-portal: the client portal's screens, each loaded when first opened.
// Portal code imports only @dengon/web (lint: audience tags), so no console
// screen or operation reaches a client's browser.
import { lazyPage } from '@dengon/web';

export const MyHistoryPage = lazyPage(() => import('./history/MyHistoryPage'), 'MyHistoryPage');
export const MyContractPage = lazyPage(
  () => import('./contracts/MyContractPage'),
  'MyContractPage',
);
export const MyScriptPage = lazyPage(() => import('./scripts/MyScriptPage'), 'MyScriptPage');
export const MyFaqPage = lazyPage(() => import('./faq/MyFaqPage'), 'MyFaqPage');
export const MyContractorsPage = lazyPage(
  () => import('./contractors/MyContractorsPage'),
  'MyContractorsPage',
);
export const MyInvoicesPage = lazyPage(() => import('./billing/MyInvoicesPage'), 'MyInvoicesPage');
export const MyChangeRequestsPage = lazyPage(
  () => import('./change-requests/MyChangeRequestsPage'),
  'MyChangeRequestsPage',
);
export const MyAuditPage = lazyPage(() => import('./audit/MyAuditPage'), 'MyAuditPage');
export const MySettingsPage = lazyPage(() => import('./settings/MySettingsPage'), 'MySettingsPage');
export const MyUsersPage = lazyPage(() => import('./settings/MyUsersPage'), 'MyUsersPage');
