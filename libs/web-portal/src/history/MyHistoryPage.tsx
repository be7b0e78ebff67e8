import { HistoryPage, IntakeDispatchList } from '@dengon/web';
/** The client's own call history; dispatches of a record are shown read-only. */
export function MyHistoryPage() {
  return (
    <HistoryPage additions={{ dispatches: (record) => <IntakeDispatchList intake={record} /> }} />
  );
}
