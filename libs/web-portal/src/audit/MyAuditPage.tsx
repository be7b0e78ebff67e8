import { AuditLogPage } from '@dengon/web';

/** The company's own audit entries: who of the service or the company did what, and when. */
export function MyAuditPage() {
  return <AuditLogPage />;
}
