// @dengon/web: what both front ends share: the app frame and session, the
// GraphQL client, forms, formatting, and the screens and parts the console and
// the portal both show. The audience libraries (@dengon/web-console,
// @dengon/web-portal) and the apps import only from here.
export { mountDengonApp, type DengonAppOptions } from './mount';
export type { Role } from './gql/graphql';

// The frame: navigation, permission checks, pages loaded on demand.
export { RequirePermission } from './shell/RequirePermission';
export { useCan, useCurrentUser } from './shell/CurrentUser';
export { NotFoundPage } from './shell/NotFoundPage';
export { CLIENT_ROLES, STAFF_ROLES, type NavItem } from './shell/navigation';
export { lazyPage } from './shell/lazy-page';

// Building blocks.
export { DetailTable } from './ui/DetailTable';
export { EmptyRow } from './ui/EmptyRow';
export { PageHeader } from './ui/PageHeader';
export { PdfButton } from './ui/PdfButton';
export { QueryStatus } from './ui/QueryStatus';
export { useNow } from './ui/useNow';
export { usePhone } from './ui/usePhone';
export { useRetained } from './ui/useRetained';
export { FormProblem } from './forms/FormProblem';
export { type ApiProblem, toApiProblem } from './forms/api-problem';
export { fileToBase64 } from './forms/base64';
export { type SubmitState, useSubmit } from './forms/useSubmit';
export {
  clock,
  dateTime,
  firstOfNextMonth,
  nationalPhone,
  recipientLabel,
  tokyoDate,
  tokyoDateIn,
  tokyoMinute,
  tokyoSecond,
  yearMonth,
  yen,
} from './format/format';

// Call history: each audience adds what it may do on a record.
export { HistoryPage } from './history/HistoryPage';
export { NameWithReading } from './history/NameWithReading';
export { AuditLogPage } from './audit/AuditLogPage';
export {
  type CorrectableRecord,
  IntakeDetailDrawer,
  type RecordAdditions,
} from './history/IntakeDetailDrawer';
export { IntakeStatusActions } from './history/IntakeStatusActions';
export { IntakeStatusBadge } from './history/IntakeStatusBadge';
export { SenderTrustBadge } from './history/SenderTrustBadge';
export { intakeRecordQuery } from './history/documents';
export { type DispatchIntake, IntakeDispatchList } from './dispatch/IntakeDispatchList';
export { DispatchStatusBadge } from './dispatch/DispatchStatusBadge';
export { dispatchChangedSubscription, dispatchesQuery } from './dispatch/documents';

// What a client bought and what it is told, read by staff and the client alike.
export { ContractOverview } from './contracts/ContractOverview';
export { OptionsTable } from './contracts/OptionsTable';
export { contractQuery } from './contracts/documents';
export { usePlanName } from './plans/usePlanName';
export { UsageThisMonth } from './usage/UsageThisMonth';
export { usageThisMonthQuery } from './usage/documents';
export { NumberTable } from './numbers/NumberTable';
export { phoneNumbersQuery } from './numbers/documents';
export { InvoiceStatusBadge } from './billing/InvoiceStatusBadge';
export { invoicesQuery, paymentsQuery } from './billing/documents';
export { Contractors } from './contractors/Contractors';

// Scripts, FAQ and the changes a client asks for.
export { PreviewField } from './scripts/PreviewField';
export { PublishedScriptView } from './scripts/PublishedScriptView';
export { ScriptPreview } from './scripts/ScriptPreview';
export { publishedScriptQuery } from './scripts/documents';
export { GREETING_VARIABLES } from './scripts/greeting';
export type { ScriptContentView } from './scripts/script-content';
export { FaqList } from './faq/FaqList';
export { FaqSearchInput } from './faq/FaqSearchInput';
export { faqItemsQuery } from './faq/documents';
export { useFaqSearch } from './faq/useFaqSearch';
export { ChangeRequestTable, ChangeSubjectName } from './change-requests/ChangeRequestTable';
export { TextDiff } from './change-requests/TextDiff';
export { changeRequestsQuery, requestChangeMutation } from './change-requests/documents';
export { ReportSettingsFields } from './clients/ReportSettingsFields';
export {
  REPORT_METHODS,
  reportSettingsInputOf,
  reportSettingsValuesOf,
  type ReportSettingsValues,
} from './clients/report-settings';
export { companySettingsQuery, updateCompanySettingsMutation } from './clients/documents';
export { CompanyUsers } from './users/CompanyUsers';
