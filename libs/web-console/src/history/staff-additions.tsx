import type { RecordAdditions } from '@dengon/web';
import { ReportNuisanceButton } from '../callers/ReportNuisanceButton';
import { IntakeDispatches } from '../dispatch/IntakeDispatches';
import { MailReplyForm } from '../inbound/MailReplyForm';
import { CallbackButton } from '../voice/CallbackButton';
import { CorrectIntakeForm } from './CorrectIntakeForm';

/** What staff may do on a record: call the caller back, report a nuisance caller, correct it, dispatch the job, answer its mail. */
export const STAFF_RECORD_ADDITIONS: RecordAdditions = {
  actions: (record) => (
    <>
      {(record.fields['callback_number'] || record.callingNational) && (
        <CallbackButton intakeId={record.id} />
      )}
      {record.callingNational && <ReportNuisanceButton intakeId={record.id} />}
    </>
  ),
  correction: (record, labels, onCorrected) => (
    <CorrectIntakeForm record={record} labels={labels} onCorrected={onCorrected} />
  ),
  dispatches: (record) => <IntakeDispatches intake={record} />,
  mailReply: (record, mail, onSent) => (
    <MailReplyForm
      mail={{ id: mail.id, takenBy: mail.takenBy ?? null }}
      clientCompanyId={record.clientCompanyId}
      onSent={onSent}
    />
  ),
};
