import type {
  ClientCompanyDetailsFragment,
  ClientStatus,
  CreateClientCompanyInput,
  ReportMethod,
} from '../gql/graphql';
import { nationalPhone } from '@dengon/web';

export const CLIENT_STATUSES: readonly ClientStatus[] = [
  'TRIAL',
  'ACTIVE',
  'SUSPENDED',
  'TERMINATED',
];
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

/** The form's state: every text as typed, '' when empty. */
export interface ClientFormValues {
  name: string;
  nameKana: string;
  postalCode: string;
  address: string;
  invoiceRecipientName: string;
  billingEmail: string;
  reportMethod: ReportMethod;
  reportEmail: string;
  reportFax: string;
  digestTime: string;
  status: ClientStatus;
  escalationContacts: EscalationContactValues[];
}

export const CLIENT_FORM_FIELDS = [
  'name',
  'nameKana',
  'postalCode',
  'address',
  'invoiceRecipientName',
  'billingEmail',
  'reportMethod',
  'reportEmail',
  'reportFax',
  'digestTime',
  'status',
  'escalationContacts',
] as const;

export const emptyClient: ClientFormValues = {
  name: '',
  nameKana: '',
  postalCode: '',
  address: '',
  invoiceRecipientName: '',
  billingEmail: '',
  reportMethod: 'EMAIL',
  reportEmail: '',
  reportFax: '',
  digestTime: '18:00',
  status: 'TRIAL',
  escalationContacts: [],
};

export function valuesOf(company: ClientCompanyDetailsFragment): ClientFormValues {
  return {
    name: company.name,
    nameKana: company.nameKana,
    postalCode: company.postalCode ?? '',
    address: company.address ?? '',
    invoiceRecipientName: company.invoiceRecipientName ?? '',
    billingEmail: company.billingEmail ?? '',
    reportMethod: company.reportMethod,
    reportEmail: company.reportEmail ?? '',
    reportFax: company.reportFax ?? '',
    digestTime: company.digestTime ?? '',
    status: company.status,
    // Edited as people write numbers, not as the API stores them.
    escalationContacts: company.escalationContacts.map((contact) => ({
      name: contact.name,
      phone: nationalPhone(contact.phone),
      note: contact.note ?? '',
    })),
  };
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

/** The API input: blank optional texts become null, so an edit can clear them. */
export function inputOf(values: ClientFormValues): CreateClientCompanyInput {
  const blankToNull = (text: string) => (text.trim() ? text.trim() : null);
  const uses = reportFieldsFor(values.reportMethod);
  return {
    name: values.name.trim(),
    nameKana: values.nameKana.trim(),
    postalCode: blankToNull(values.postalCode),
    address: blankToNull(values.address),
    invoiceRecipientName: blankToNull(values.invoiceRecipientName),
    billingEmail: blankToNull(values.billingEmail),
    reportMethod: values.reportMethod,
    ...(uses.email && { reportEmail: blankToNull(values.reportEmail) }),
    ...(uses.fax && { reportFax: blankToNull(values.reportFax) }),
    ...(uses.digestTime && { digestTime: blankToNull(values.digestTime) }),
    status: values.status,
    escalationContacts: values.escalationContacts.map((contact) => ({
      name: contact.name.trim(),
      phone: contact.phone.trim(),
      note: blankToNull(contact.note),
    })),
  };
}
