/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AckVia =
  | 'FAX'
  | 'LINK'
  | 'PHONE';

export type AuthResult =
  | 'fail'
  | 'neutral'
  | 'none'
  | 'pass'
  | 'permerror'
  | 'policy'
  | 'softfail'
  | 'temperror';

export type ChangeIntakeStatusInput = {
  id: string | number;
  note?: string;
  status: IntakeStatus;
  version: number;
};

export type ChangeRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type ChangeSubject =
  | 'CLOSING_PHRASE'
  | 'CONTACT_NOTE'
  | 'CONTACT_PHONE'
  | 'FAQ_ANSWER'
  | 'FAQ_QUESTION'
  | 'FIELD_HELP'
  | 'GREETING'
  | 'SPECIAL_INSTRUCTIONS';

export type ChangeTarget =
  | 'CONTACT'
  | 'FAQ'
  | 'SCRIPT';

export type ChannelHoursInput = {
  end: string;
  start: string;
};

export type CompanySettingsInput = {
  /** Staff name the company; a client admin changes their own */
  clientCompanyId?: string | number | null | undefined;
  digestTime?: string | null | undefined;
  escalationContacts?: Array<EscalationContactInput> | null | undefined;
  reportEmail?: string | null | undefined;
  reportFax?: string | null | undefined;
  reportMethod?: ReportMethod | null | undefined;
  version: number;
};

export type ContractorAreaInput = {
  city?: string | null | undefined;
  prefecture: string;
};

export type ContractorChannelInput = {
  address: string;
  hours?: ChannelHoursInput | null | undefined;
  kind: DispatchChannelKind;
};

export type CreateUserInput = {
  /** For client users created by back office; a client admin always creates in their own company */
  clientCompanyId?: string | number | null | undefined;
  email: string;
  locale?: string | null | undefined;
  name: string;
  /** Initial password, at least 10 characters; without one the person is e-mailed an invitation to set their own */
  password?: string | null | undefined;
  role: Role;
};

export type DispatchChannelKind =
  | 'EMAIL'
  | 'FAX'
  | 'PHONE';

export type DispatchStatus =
  | 'ACKNOWLEDGED'
  | 'CALL_CONTRACTOR'
  | 'DECLINED'
  | 'FAILED'
  | 'SENDING'
  | 'SENT';

export type EquipmentAcquisition =
  | 'PURCHASE'
  | 'RENTAL';

export type EscalationContactInput = {
  name: string;
  note?: string | null | undefined;
  /** Japanese phone number in any common notation */
  phone: string;
};

export type HolidayRule =
  | 'AS_USUAL'
  | 'CLOSED'
  | 'SUNDAY_HOURS';

export type InboundAddressKind =
  | 'EMAIL'
  | 'FAX';

export type IntakeChannel =
  | 'EMAIL'
  | 'FAX'
  | 'PHONE'
  | 'VOICEMAIL';

export type IntakeFieldType =
  | 'CHOICE'
  | 'DATETIME'
  | 'EMAIL'
  | 'KANA'
  | 'LONG_TEXT'
  | 'NUMBER'
  | 'PHONE'
  | 'POSTAL_ADDRESS'
  | 'TEXT';

export type IntakeStatus =
  | 'CALLBACK_PENDING'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DISPATCHED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REPORTED'
  | 'WRONG_OR_PRANK';

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

export type InvoiceState =
  | 'DRAFT'
  | 'ISSUED'
  | 'VOID';

export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type MessageChannel =
  | 'EMAIL'
  | 'FAX';

export type MessageStatus =
  | 'BOUNCED'
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type NumberKind =
  | 'DIRECT'
  | 'REPRESENTATIVE'
  | 'TOLL_FREE';

export type NumberStatus =
  | 'ACTIVE'
  | 'MOVING'
  | 'PROVISIONING'
  | 'RELEASED'
  | 'REQUESTED';

export type OptionKind =
  | 'EQUIPMENT'
  | 'EXTRA_FIELDS'
  | 'MAIL_HANDLING'
  | 'ONE_OFF'
  | 'TOLL_FREE_NUMBER';

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CASH'
  | 'OTHER';

export type PaymentSource =
  | 'BANK_FILE'
  | 'CREDIT_NOTE'
  | 'MANUAL';

export type Permission =
  | 'DISPATCH'
  | 'EDIT_SCRIPTS'
  | 'MANAGE_CLIENTS'
  | 'MANAGE_COMPANY_SETTINGS'
  | 'MANAGE_CONTRACTORS'
  | 'MANAGE_PLANS'
  | 'MANAGE_USERS'
  | 'RECORD_INTAKE'
  | 'REQUEST_SCRIPT_CHANGES'
  | 'RUN_BILLING'
  | 'SET_BILLABLE'
  | 'SUPERVISE_CALLS'
  | 'TAKE_CALLS'
  | 'UPDATE_CALLS'
  | 'VIEW_AGING'
  | 'VIEW_ALL_CLIENTS'
  | 'VIEW_AUDIT'
  | 'VIEW_CALLS'
  | 'VIEW_CHANGE_REQUESTS'
  | 'VIEW_CLIENT_ACCOUNTS'
  | 'VIEW_DELIVERY_REPORTS'
  | 'VIEW_DISPATCHES'
  | 'VIEW_INBOUND_MAIL'
  | 'VIEW_INVOICES'
  | 'VIEW_MESSAGES'
  | 'VIEW_USERS';

export type RecordingKind =
  | 'CALL'
  | 'VOICEMAIL';

export type ReportMethod =
  | 'DAILY_DIGEST'
  | 'EMAIL'
  | 'FAX';

export type RequestChangeInput = {
  faqItemId?: string | number | null | undefined;
  /** Why (optional with a subject) */
  message?: string;
  /** The new text, for a request with a subject */
  proposedText?: string | null | undefined;
  /** What to change; without one the message is the whole request */
  subject?: ChangeSubject | null | undefined;
  /** The intake field's key (FIELD_HELP) or the contact's name (CONTACT_*) */
  subjectKey?: string | null | undefined;
  /** Where a free-form request belongs; a subject's own target otherwise */
  target?: ChangeTarget | null | undefined;
};

export type Role =
  | 'BACK_OFFICE'
  | 'CLIENT_ADMIN'
  | 'CLIENT_MEMBER'
  | 'OPERATOR'
  | 'SUPERVISOR';

/** A new contractor (no id), or the changes to one (id and version) */
export type SaveContractorInput = {
  active?: boolean;
  areas: Array<ContractorAreaInput>;
  categories: Array<string>;
  channels: Array<ContractorChannelInput>;
  /** Staff name the client; client admins get their own */
  clientCompanyId?: string | number | null | undefined;
  id?: string | number | null | undefined;
  name: string;
  note?: string;
  priority?: number;
  version?: number | null | undefined;
};

export type ScriptVariant =
  | 'DEFAULT'
  | 'HOLIDAY'
  | 'NIGHT'
  | 'YEAR_END';

export type SenderTrust =
  | 'AUTHENTICATED'
  | 'SUSPICIOUS'
  | 'UNVERIFIED';

export type UpdateUserInput = {
  /** false deactivates: no sign-in, sessions end at once */
  active?: boolean | null | undefined;
  /** Replaces the grants beyond the role (back office; e.g. a supervisor may see invoices) */
  grantedPermissions?: Array<Permission> | null | undefined;
  id: string | number;
  locale?: string | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
  /** The version read; a stale one is refused */
  version: number;
};

export type MyContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyContactsQuery = { clientCompany: { id: string, escalationContacts: Array<{ name: string, phone: string, note: string | null }> } | null };

export type StartTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorSetupMutation = { startTwoFactorSetup: { secret: string, uri: string, qrSvg: string } };

export type ConfirmTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTwoFactorMutation = { confirmTwoFactor: { id: string, totpEnabledAt: string | null } };

export type DisableTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: { id: string, totpEnabledAt: string | null } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  before?: string | number | null | undefined;
  action?: string | null | undefined;
  clientCompanyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, createdAt: string, actorName: string | null, actorRole: Role | null, systemEntry: string | null, clientCompanyId: string | null, clientName: string | null, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> };

export type InvoiceDetailsFragment = { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null };

export type InvoicesQueryVariables = Exact<{
  month?: string | null | undefined;
  clientCompanyId?: string | number | null | undefined;
}>;


export type InvoicesQuery = { invoices: Array<{ id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null }> };

export type PaymentsQueryVariables = Exact<{
  unmatchedOnly?: boolean | null | undefined;
  clientCompanyId?: string | number | null | undefined;
}>;


export type PaymentsQuery = { payments: Array<{ id: string, clientCompanyId: string | null, receivedOn: string, amount: number, unallocated: number, payerName: string, method: PaymentMethod, source: PaymentSource }> };

export type WriteOffBankFeeMutationVariables = Exact<{
  invoiceId: string | number;
}>;


export type WriteOffBankFeeMutation = { writeOffBankFee: { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null } };

export type ChangeRequestDetailsFragment = { id: string, clientCompanyId: string, target: ChangeTarget, subject: ChangeSubject | null, subjectKey: string | null, faqItemId: string | null, currentText: string | null, proposedText: string | null, appliedText: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string };

export type ChangeRequestsQueryVariables = Exact<{
  status?: ChangeRequestStatus | null | undefined;
}>;


export type ChangeRequestsQuery = { changeRequests: Array<{ id: string, clientCompanyId: string, target: ChangeTarget, subject: ChangeSubject | null, subjectKey: string | null, faqItemId: string | null, currentText: string | null, proposedText: string | null, appliedText: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string }> };

export type RequestChangeMutationVariables = Exact<{
  input: RequestChangeInput;
}>;


export type RequestChangeMutation = { requestChange: { id: string, clientCompanyId: string, target: ChangeTarget, subject: ChangeSubject | null, subjectKey: string | null, faqItemId: string | null, currentText: string | null, proposedText: string | null, appliedText: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string } };

export type CompanySettingsFragment = { id: string, version: number, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, escalationContacts: Array<{ name: string, phone: string, note: string | null }> };

export type CompanySettingsOfQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type CompanySettingsOfQuery = { clientCompany: { id: string, version: number, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, escalationContacts: Array<{ name: string, phone: string, note: string | null }> } | null };

export type UpdateCompanySettingsMutationVariables = Exact<{
  input: CompanySettingsInput;
}>;


export type UpdateCompanySettingsMutation = { updateCompanySettings: { id: string, version: number, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, escalationContacts: Array<{ name: string, phone: string, note: string | null }> } };

export type ContractorDetailsFragment = { id: string, clientCompanyId: string, name: string, categories: Array<string>, priority: number, active: boolean, note: string, version: number, areas: Array<{ prefecture: string, city: string | null }>, channels: Array<{ kind: DispatchChannelKind, address: string, hours: { start: string, end: string } | null }> };

export type ContractorsQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type ContractorsQuery = { contractors: Array<{ id: string, clientCompanyId: string, name: string, categories: Array<string>, priority: number, active: boolean, note: string, version: number, areas: Array<{ prefecture: string, city: string | null }>, channels: Array<{ kind: DispatchChannelKind, address: string, hours: { start: string, end: string } | null }> }> };

export type SaveContractorMutationVariables = Exact<{
  input: SaveContractorInput;
}>;


export type SaveContractorMutation = { saveContractor: { id: string, clientCompanyId: string, name: string, categories: Array<string>, priority: number, active: boolean, note: string, version: number, areas: Array<{ prefecture: string, city: string | null }>, channels: Array<{ kind: DispatchChannelKind, address: string, hours: { start: string, end: string } | null }> } };

export type ContractOptionDetailsFragment = { id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null };

export type PlanTermDetailsFragment = { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null };

export type ContractDetailsFragment = { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, billingTerms: Record<string, unknown>, serviceLevelPercent: number, serviceLevelSeconds: number, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> };

export type ContractQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type ContractQuery = { contract: { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, billingTerms: Record<string, unknown>, serviceLevelPercent: number, serviceLevelSeconds: number, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> } | null };

export type DispatchDetailsFragment = { id: string, dispatchNo: number, intakeId: string, clientCompanyId: string, status: DispatchStatus, alert: string | null, category: string, siteAddress: string, urgent: boolean, instructions: string, overrideReason: string | null, acknowledgedAt: string | null, acknowledgedVia: AckVia | null, replyNote: string | null, createdAt: string, version: number, contractor: { id: string, name: string, channels: Array<{ kind: DispatchChannelKind, address: string }> } | null, messages: Array<{ id: string, channel: MessageChannel, recipient: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> };

export type DispatchesQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
  intakeId?: string | number | null | undefined;
  statuses?: Array<DispatchStatus> | DispatchStatus | null | undefined;
}>;


export type DispatchesQuery = { dispatches: Array<{ id: string, dispatchNo: number, intakeId: string, clientCompanyId: string, status: DispatchStatus, alert: string | null, category: string, siteAddress: string, urgent: boolean, instructions: string, overrideReason: string | null, acknowledgedAt: string | null, acknowledgedVia: AckVia | null, replyNote: string | null, createdAt: string, version: number, contractor: { id: string, name: string, channels: Array<{ kind: DispatchChannelKind, address: string }> } | null, messages: Array<{ id: string, channel: MessageChannel, recipient: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> }> };

export type DispatchChangedSubscriptionVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type DispatchChangedSubscription = { dispatchChanged: { id: string, dispatchNo: number, intakeId: string, clientCompanyId: string, status: DispatchStatus, alert: string | null, category: string, siteAddress: string, urgent: boolean, instructions: string, overrideReason: string | null, acknowledgedAt: string | null, acknowledgedVia: AckVia | null, replyNote: string | null, createdAt: string, version: number, contractor: { id: string, name: string, channels: Array<{ kind: DispatchChannelKind, address: string }> } | null, messages: Array<{ id: string, channel: MessageChannel, recipient: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> } };

export type FaqItemDetailsFragment = { id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number };

export type FaqItemsQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
  search?: string | null | undefined;
  includeDisabled?: boolean;
}>;


export type FaqItemsQuery = { faqItems: Array<{ id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number }> };

export type IntakeRowFragment = { id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> };

export type IntakeRecordsQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  statuses?: Array<IntakeStatus> | IntakeStatus | null | undefined;
  callingNumber?: string | null | undefined;
  text?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IntakeRecordsQuery = { intakeRecords: { nextCursor: string | null, items: Array<{ id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> }> } };

export type IntakeRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type IntakeRecordQuery = { intakeRecord: { memo: string, scriptVersionId: string, correctedAfterReport: boolean, id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus>, corrections: Array<{ id: string, reason: string, afterReport: boolean, createdAt: string, changes: Array<{ key: string, label: string, before: unknown, after: unknown }> }>, statusHistory: Array<{ id: string, fromStatus: IntakeStatus | null, toStatus: IntakeStatus, note: string, changedAt: string }>, comments: Array<{ id: string, body: string, createdAt: string }>, recordings: Array<{ id: string, kind: RecordingKind, createdAt: string, durationSeconds: number, deleteOn: string, playUrl: string }>, mail: { id: string, kind: InboundAddressKind, fromText: string, subject: string, textMisdecoded: boolean, senderTrust: SenderTrust | null, spf: AuthResult | null, dkim: AuthResult | null, dmarc: AuthResult | null, takenBy: string | null, attachments: Array<{ fileName: string, contentType: string, size: number, pages: number }>, replies: Array<{ id: string, subject: string, body: string, sentBy: string | null, createdAt: string }> } | null } | null };

export type IntakeRecordChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IntakeRecordChangedSubscription = { intakeRecordChanged: { id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> } };

export type ChangeIntakeStatusMutationVariables = Exact<{
  input: ChangeIntakeStatusInput;
}>;


export type ChangeIntakeStatusMutation = { changeIntakeStatus: { id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus>, statusHistory: Array<{ id: string, fromStatus: IntakeStatus | null, toStatus: IntakeStatus, note: string, changedAt: string }> } };

export type AddIntakeCommentMutationVariables = Exact<{
  intakeId: string | number;
  body: string;
}>;


export type AddIntakeCommentMutation = { addIntakeComment: { id: string, body: string, createdAt: string } };

export type PhoneNumberDetailsFragment = { id: string, national: string, kind: NumberKind, status: NumberStatus, label: string, forwardToNational: string | null, expectedOpenDate: string | null, movingUntil: string | null, approvalNote: string | null, version: number };

export type PhoneNumbersQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type PhoneNumbersQuery = { phoneNumbers: Array<{ id: string, national: string, kind: NumberKind, status: NumberStatus, label: string, forwardToNational: string | null, expectedOpenDate: string | null, movingUntil: string | null, approvalNote: string | null, version: number }> };

export type PlanSummaryFragment = { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean };

export type IntakeFieldDetailsFragment = { key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null };

export type PublishedScriptFragment = { id: string, versionNo: number, publishedAt: string, greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> };

export type PublishedScriptQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
  variant?: ScriptVariant;
}>;


export type PublishedScriptQuery = { publishedScript: { id: string, versionNo: number, publishedAt: string, greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } | null };

export type SessionUserFragment = { id: string, email: string, name: string, role: Role, permissions: Array<Permission>, locale: string, totpEnabledAt: string | null, twoFactorRequired: boolean, clientCompany: { id: string, name: string } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  code?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, user: { id: string, email: string, name: string, role: Role, permissions: Array<Permission>, locale: string, totpEnabledAt: string | null, twoFactorRequired: boolean, clientCompany: { id: string, name: string } | null } } };

export type RefreshTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, user: { id: string, email: string, name: string, role: Role, permissions: Array<Permission>, locale: string, totpEnabledAt: string | null, twoFactorRequired: boolean, clientCompany: { id: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordWithLinkMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordWithLinkMutation = { resetPasswordWithLink: boolean };

export type UsageThisMonthQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type UsageThisMonthQuery = { usageThisMonth: { month: string, calls: number, mails: number, includedCalls: number, overCalls: number, mailsBilledApart: boolean, includedMails: number, overMails: number } | null };

export type CompanyUsersQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type CompanyUsersQuery = { users: Array<{ id: string, name: string, email: string, role: Role, createdAt: string, active: boolean, version: number, totpEnabledAt: string | null }> };

export type SetUserActiveMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type SetUserActiveMutation = { updateUser: { id: string, active: boolean, version: number } };

export type ResetTwoFactorMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetTwoFactorMutation = { resetTwoFactor: { id: string, totpEnabledAt: string | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, email: string, role: Role, createdAt: string } };

export const InvoiceDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailsFragment, unknown>;
export const ChangeRequestDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"appliedText"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeRequestDetailsFragment, unknown>;
export const CompanySettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CompanySettingsFragment, unknown>;
export const ContractorDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contractor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContractorDetailsFragment, unknown>;
export const PlanSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}}]} as unknown as DocumentNode<PlanSummaryFragment, unknown>;
export const PlanTermDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}}]} as unknown as DocumentNode<PlanTermDetailsFragment, unknown>;
export const ContractOptionDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<ContractOptionDetailsFragment, unknown>;
export const ContractDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"billingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelPercent"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<ContractDetailsFragment, unknown>;
export const DispatchDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchNo"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVia"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DispatchDetailsFragment, unknown>;
export const FaqItemDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FaqItemDetailsFragment, unknown>;
export const IntakeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRowFragment, unknown>;
export const PhoneNumberDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PhoneNumberDetailsFragment, unknown>;
export const IntakeFieldDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<IntakeFieldDetailsFragment, unknown>;
export const PublishedScriptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<PublishedScriptFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const MyContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<MyContactsQuery, MyContactsQueryVariables>;
export const StartTwoFactorSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>;
export const ConfirmTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmTwoFactorMutation, ConfirmTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}}]}}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"systemEntry"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const PaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unmatchedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmatchedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unmatchedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unallocated"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<PaymentsQuery, PaymentsQueryVariables>;
export const WriteOffBankFeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffBankFee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffBankFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WriteOffBankFeeMutation, WriteOffBankFeeMutationVariables>;
export const ChangeRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"appliedText"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeRequestsQuery, ChangeRequestsQueryVariables>;
export const RequestChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"appliedText"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RequestChangeMutation, RequestChangeMutationVariables>;
export const CompanySettingsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanySettingsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CompanySettingsOfQuery, CompanySettingsOfQueryVariables>;
export const UpdateCompanySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompanySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompanySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<UpdateCompanySettingsMutation, UpdateCompanySettingsMutationVariables>;
export const ContractorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contractors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contractor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContractorsQuery, ContractorsQueryVariables>;
export const SaveContractorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveContractor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveContractorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveContractor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contractor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveContractorMutation, SaveContractorMutationVariables>;
export const ContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"billingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelPercent"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}}]} as unknown as DocumentNode<ContractQuery, ContractQueryVariables>;
export const DispatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dispatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"intakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchNo"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVia"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DispatchesQuery, DispatchesQueryVariables>;
export const DispatchChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DispatchChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchNo"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVia"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DispatchChangedSubscription, DispatchChangedSubscriptionVariables>;
export const FaqItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqItemDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FaqItemsQuery, FaqItemsQueryVariables>;
export const IntakeRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callingNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"callingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRecordsQuery, IntakeRecordsQueryVariables>;
export const IntakeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"scriptVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAfterReport"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"afterReport"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"deleteOn"}},{"kind":"Field","name":{"kind":"Name","value":"playUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textMisdecoded"}},{"kind":"Field","name":{"kind":"Name","value":"senderTrust"}},{"kind":"Field","name":{"kind":"Name","value":"spf"}},{"kind":"Field","name":{"kind":"Name","value":"dkim"}},{"kind":"Field","name":{"kind":"Name","value":"dmarc"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRecordQuery, IntakeRecordQueryVariables>;
export const IntakeRecordChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IntakeRecordChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecordChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRecordChangedSubscription, IntakeRecordChangedSubscriptionVariables>;
export const ChangeIntakeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeIntakeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeIntakeStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeIntakeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<ChangeIntakeStatusMutation, ChangeIntakeStatusMutationVariables>;
export const AddIntakeCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIntakeComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIntakeComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"intakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddIntakeCommentMutation, AddIntakeCommentMutationVariables>;
export const PhoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PhoneNumbersQuery, PhoneNumbersQueryVariables>;
export const PublishedScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVariant"}}},"defaultValue":{"kind":"EnumValue","value":"DEFAULT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedScript"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]} as unknown as DocumentNode<PublishedScriptQuery, PublishedScriptQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordWithLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordWithLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPasswordWithLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordWithLinkMutation, ResetPasswordWithLinkMutationVariables>;
export const UsageThisMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageThisMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageThisMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"mails"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overCalls"}},{"kind":"Field","name":{"kind":"Name","value":"mailsBilledApart"}},{"kind":"Field","name":{"kind":"Name","value":"includedMails"}},{"kind":"Field","name":{"kind":"Name","value":"overMails"}}]}}]}}]} as unknown as DocumentNode<UsageThisMonthQuery, UsageThisMonthQueryVariables>;
export const CompanyUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}}]}}]}}]} as unknown as DocumentNode<CompanyUsersQuery, CompanyUsersQueryVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ResetTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}}]}}]}}]} as unknown as DocumentNode<ResetTwoFactorMutation, ResetTwoFactorMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;