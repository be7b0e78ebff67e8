import { nationalPhone } from '../format/format';
import type { CompanySettingsFragment, ReportMethod } from '../gql/graphql';

export const REPORT_METHODS: readonly ReportMethod[] = ['EMAIL', 'FAX', 'DAILY_DIGEST'];

/** One 緊急連絡先 as typed; the API stores the phone as E.164. */
export interface EscalationContactValues {
  name: string;
  phone: string;
  note: string;
}

/** The API keeps at most this many escalation contacts per client. */
export const MAX_ESCALATION_CONTACTS = 10;

export const emptyEscalationContact: EscalationContactValues = { name: '', phone: '', note: '' };

/** How a company is told of each intake, every text as typed ('' when empty). */
export interface ReportSettingsValues {
  reportMethod: ReportMethod;
  reportEmail: string;
  reportFax: string;
  digestTime: string;
  escalationContacts: EscalationContactValues[];
}

/** Which report settings the chosen method uses; the others are not sent. */
export function reportFieldsFor(method: ReportMethod): {
  email: boolean;
  fax: boolean;
  digestTime: boolean;
} {
  return {
    email: method === 'EMAIL' || method === 'DAILY_DIGEST',
    fax: method === 'FAX',
    digestTime: method === 'DAILY_DIGEST',
  };
}

const blankToNull = (text: string) => (text.trim() ? text.trim() : null);

/** The settings as the form edits them: numbers as people write them, not as the API stores them. */
export function reportSettingsValuesOf(
  company: Omit<CompanySettingsFragment, 'id' | 'version'>,
): ReportSettingsValues {
  return {
    reportMethod: company.reportMethod,
    reportEmail: company.reportEmail ?? '',
    reportFax: company.reportFax ?? '',
    digestTime: company.digestTime ?? '',
    escalationContacts: company.escalationContacts.map((contact) => ({
      name: contact.name,
      phone: nationalPhone(contact.phone),
      note: contact.note ?? '',
    })),
  };
}

/** The API input: blank texts become null, settings the method does not use are not sent. */
export function reportSettingsInputOf(values: ReportSettingsValues) {
  const uses = reportFieldsFor(values.reportMethod);
  return {
    reportMethod: values.reportMethod,
    ...(uses.email && { reportEmail: blankToNull(values.reportEmail) }),
    ...(uses.fax && { reportFax: blankToNull(values.reportFax) }),
    ...(uses.digestTime && { digestTime: blankToNull(values.digestTime) }),
    escalationContacts: values.escalationContacts.map((contact) => ({
      name: contact.name.trim(),
      phone: contact.phone.trim(),
      note: blankToNull(contact.note),
    })),
  };
}
