import type {
  ClientCompanyDetailsFragment,
  ClientStatus,
  CreateClientCompanyInput,
} from '../gql/graphql';
import {
  reportSettingsInputOf,
  reportSettingsValuesOf,
  type ReportSettingsValues,
} from '@dengon/web';

export const CLIENT_STATUSES: readonly ClientStatus[] = [
  'TRIAL',
  'ACTIVE',
  'SUSPENDED',
  'TERMINATED',
];
/** The form's state: every text as typed, '' when empty. */
export interface ClientFormValues extends ReportSettingsValues {
  name: string;
  nameKana: string;
  postalCode: string;
  address: string;
  invoiceRecipientName: string;
  billingEmail: string;
  status: ClientStatus;
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
    status: company.status,
    ...reportSettingsValuesOf(company),
  };
}

/** The API input: blank optional texts become null, so an edit can clear them. */
export function inputOf(values: ClientFormValues): CreateClientCompanyInput {
  const blankToNull = (text: string) => (text.trim() ? text.trim() : null);
  return {
    name: values.name.trim(),
    nameKana: values.nameKana.trim(),
    postalCode: blankToNull(values.postalCode),
    address: blankToNull(values.address),
    invoiceRecipientName: blankToNull(values.invoiceRecipientName),
    billingEmail: blankToNull(values.billingEmail),
    status: values.status,
    ...reportSettingsInputOf(values),
  };
}
