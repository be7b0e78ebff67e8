import type { RecordAdditions } from '@dengon/web';
import { IntakeDispatches } from '../dispatch/IntakeDispatches';
import { CallbackButton } from '../voice/CallbackButton';

/** What staff may do on a record: call the caller back, dispatch the job. */
export const STAFF_RECORD_ADDITIONS: RecordAdditions = {
  actions: (record) =>
    (record.fields['callback_number'] || record.callingNational) && (
      <CallbackButton intakeId={record.id} />
    ),
  dispatches: (record) => <IntakeDispatches intake={record} />,
};
