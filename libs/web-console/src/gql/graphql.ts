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

export type AddCallerMarkInput = {
  clientCompanyId: string | number;
  isPrefix?: boolean;
  kind: CallerMarkKind;
  note?: string;
  /** A number, or the start of numbers when isPrefix (e.g. 050-1234) */
  number: string;
};

export type AddContractOptionInput = {
  acquisition?: EquipmentAcquisition | null | undefined;
  contractId: string | number;
  description?: string | null | undefined;
  /** GXP1628, KX_HDV230N, POE_HUB, FAX_ADAPTER */
  equipmentModel?: string | null | undefined;
  kind: OptionKind;
  /** Yen per month per unit; set by Dengon for numbers and equipment */
  monthlyFee?: number | null | undefined;
  /** Yen once per unit; set by Dengon for purchased equipment */
  oneOffFee?: number | null | undefined;
  phoneNumberId?: string | number | null | undefined;
  quantity?: number;
  startDate: string;
};

export type AddInboundAddressInput = {
  /** Under the service’s intake domain, e.g. sample-shoji@in.dengon.example */
  address: string;
  clientCompanyId: string | number;
  /** FAX: the carrier mails faxes to it (fax-to-mail) */
  kind?: InboundAddressKind;
  label?: string;
};

export type AddMailRoutingRuleInput = {
  clientCompanyId: string | number;
  /** Where a keyword sends the mail (営業部) */
  department?: string;
  kind: MailRoutingKind;
  /** The subject keyword (見積), or the sender domain (example.co.jp) */
  pattern: string;
};

export type AddMailboxInput = {
  clientCompanyId: string | number;
  folder?: string;
  /** The IMAP server, e.g. imap.example.com */
  host: string;
  /** FAX: the carrier mails faxes to it */
  kind?: InboundAddressKind;
  label?: string;
  /** Sealed as it is saved, and never shown again */
  password: string;
  port?: number;
  /** Implicit TLS (993); false for a plain connection */
  tls?: boolean;
  username: string;
};

export type AddPlanPriceInput = {
  /** 'YYYY-MM-DD', after today: a price change never touches a running or billed period */
  effectiveFrom: string;
  includedCalls: number;
  includedMails?: number;
  monthlyFee: number;
  overagePerCall: number;
  /** Yen per mail over the included mails; 0 counts a handled mail as a call */
  overagePerMail?: number;
  planCode: string;
};

export type AdjustInvoiceInput = {
  /** Yen: a charge if positive, a credit (値引き) if negative */
  amount: number;
  id: string | number;
  reason: string;
  /** The amount includes tax (8,250 → 7,500) */
  taxIncluded?: boolean;
  /** 10, 8 or 0 */
  taxRate?: number;
  version: number;
};

export type AuthResult =
  | 'fail'
  | 'neutral'
  | 'none'
  | 'pass'
  | 'permerror'
  | 'policy'
  | 'softfail'
  | 'temperror';

export type BankFileInput = {
  /** The file as received from the bank, base64 */
  contentBase64: string;
  fileName: string;
};

/** When the contract is invoiced (docs/billing.md) */
export type BillingTermsInput = {
  /** END_OF_ISSUE_MONTH, END_OF_NEXT_MONTH or DAYS_AFTER_ISSUE */
  due: string;
  /** With DAYS_AFTER_ISSUE */
  dueDays?: number | null | undefined;
  /** DAILY: a partial month by days; NONE: any day is the whole month */
  prorate: string;
};

export type CallState =
  | 'BLOCKED'
  | 'BUSY'
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'QUEUED'
  | 'UNASSIGNED'
  | 'VOICEMAIL';

export type CallbackCallerId =
  | 'CLIENT_NUMBER'
  | 'SERVICE_NUMBER';

export type CallerMarkKind =
  | 'NUISANCE'
  | 'VIP';

export type CallerMarkStatus =
  | 'ACTIVE'
  | 'PROPOSED';

export type CallerMarkVersionInput = {
  id: string | number;
  version: number;
};

export type ChangeIntakeStatusInput = {
  id: string | number;
  note?: string;
  status: IntakeStatus;
  version: number;
};

export type ChangeNumberStatusInput = {
  /** For provisioning; defaults to a month ahead */
  expectedOpenDate?: string | null | undefined;
  id: string | number;
  /** For moving; defaults to two weeks ahead */
  movingUntil?: string | null | undefined;
  status: NumberStatus;
  version: number;
};

export type ChangePlanInput = {
  contractId: string | number;
  /** The day the new plan starts; a mid-month change splits that month */
  effectiveFrom: string;
  overrides?: PriceOverridesInput | null | undefined;
  planCode: string;
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

export type ClientStatus =
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'TRIAL';

export type ClosedDaysInput = {
  /** First day, YYYY-MM-DD */
  from: string;
  /** What callers' records say, e.g. 臨時休業（社員研修） */
  reason: string;
  /** Last day, YYYY-MM-DD */
  until: string;
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

/** A correction of a saved record: the whole of what may change, and why */
export type CorrectIntakeInput = {
  /** The caller's number, national or E.164 */
  callingNumber?: string | null | undefined;
  /** All intake field values, as corrected */
  fields: Record<string, unknown>;
  id: string | number;
  memo?: string;
  /** Why it is corrected; the client reads it when told */
  reason: string;
  version: number;
};

export type CoverageWindowInput = {
  end: string;
  start: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
};

export type CreateClientCompanyInput = {
  address?: string | null | undefined;
  billingEmail?: string | null | undefined;
  closedDays?: Array<ClosedDaysInput> | null | undefined;
  digestTime?: string | null | undefined;
  escalationContacts?: Array<EscalationContactInput> | null | undefined;
  invoiceRecipientName?: string | null | undefined;
  name: string;
  /** フリガナ in katakana */
  nameKana: string;
  /** When the night script applies; null for none */
  nightHours?: NightHoursInput | null | undefined;
  /** '123-4567' */
  postalCode?: string | null | undefined;
  /** 受付番号の接頭辞, 2–6 capitals or digits starting with a capital; none: C001, C002, … */
  recordPrefix?: string | null | undefined;
  reportEmail?: string | null | undefined;
  reportFax?: string | null | undefined;
  reportMethod?: ReportMethod | null | undefined;
  status?: ClientStatus | null | undefined;
};

export type CreateContractInput = {
  clientCompanyId: string | number;
  coverageWindows: Array<CoverageWindowInput>;
  endDate?: string | null | undefined;
  holidayRule: HolidayRule;
  overrides?: PriceOverridesInput | null | undefined;
  planCode: string;
  startDate: string;
};

export type CreateDispatchInput = {
  category: string;
  /** Another contractor than the one proposed */
  contractorId?: string | number | null | undefined;
  /** What the contractor is asked to do */
  instructions: string;
  intakeId: string | number;
  /** Required with another contractor */
  overrideReason?: string | null | undefined;
  siteAddress: string;
  /** Urgent intakes are always urgent */
  urgent?: boolean;
};

export type CreateFaqItemInput = {
  answer: string;
  clientCompanyId: string | number;
  enabled?: boolean;
  question: string;
  /** Defaults to the end of the list */
  sortOrder?: number | null | undefined;
  tags?: Array<string>;
};

export type CreateIntakeInput = {
  /** The call this intake was taken on; its numbers are used when none are given */
  callSessionId?: string | number | null | undefined;
  callingNumber?: string | null | undefined;
  channel: IntakeChannel;
  clientCompanyId: string | number;
  dialedNumber?: string | null | undefined;
  faqItemIds?: Array<string | number> | null | undefined;
  /** Values by intake field key */
  fields: Record<string, unknown>;
  /** A UUID the client makes once per intake and sends again when it retries the save: the record is stored once */
  idempotencyKey?: string | number | null | undefined;
  memo?: string | null | undefined;
  /** When the call or message arrived; defaults to now */
  receivedAt?: string | null | undefined;
  /** The script version on screen; defaults to the client's latest published one */
  scriptVersionId?: string | number | null | undefined;
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

export type CreditAmountInput = {
  /** Tax-excluded yen to credit */
  amount: number;
  /** 10, 8 or 0 */
  taxRate: number;
};

export type CreditNoteInput = {
  amounts: Array<CreditAmountInput>;
  invoiceId: string | number;
  reason: string;
};

export type DeliveryOutcome =
  | 'BOUNCED'
  | 'DELAYED'
  | 'DELIVERED';

export type DeliveryReportSource =
  | 'FAX_JOB'
  | 'MAIL';

export type DispatchChannelKind =
  | 'EMAIL'
  | 'FAX'
  | 'PHONE';

export type DispatchReplyInput = {
  id: string | number;
  note?: string;
  /** ACCEPTED, DECLINED, or NO_ANSWER (the phone was not answered) */
  outcome: DispatchReplyOutcome;
  version: number;
  /** PHONE or FAX: what the operator heard or received */
  via: AckVia;
};

export type DispatchReplyOutcome =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'NO_ANSWER';

export type DispatchStatus =
  | 'ACKNOWLEDGED'
  | 'CALL_CONTRACTOR'
  | 'DECLINED'
  | 'FAILED'
  | 'SENDING'
  | 'SENT';

export type EndContractOptionInput = {
  endDate: string;
  id: string | number;
};

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

export type InboundMailReason =
  | 'NO_FAX_PAGES'
  | 'NO_MAIL_HANDLING'
  | 'TOO_LARGE'
  | 'UNKNOWN_ADDRESS';

export type InboundMailStatus =
  | 'HELD'
  | 'OFFERED'
  | 'REFUSED';

export type IntakeChannel =
  | 'EMAIL'
  | 'FAX'
  | 'PHONE'
  | 'VOICEMAIL';

export type IntakeFieldInput = {
  helpText?: string | null | undefined;
  key: string;
  label: string;
  options?: Array<string> | null | undefined;
  required: boolean;
  type: IntakeFieldType;
};

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

export type InvoiceRunState =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

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

export type MailRoutingKind =
  | 'FAX_SENDER'
  | 'SUBJECT_KEYWORD'
  | 'VIP_DOMAIN';

export type MailboxProblem =
  | 'NO_SUCH_FOLDER'
  | 'OTHER'
  | 'SIGN_IN_REFUSED'
  | 'UNREACHABLE';

export type MailboxStatus =
  | 'FAILING'
  | 'NEW'
  | 'OK';

export type MessageChannel =
  | 'EMAIL'
  | 'FAX';

export type MessagePurpose =
  | 'CHANGE_REQUEST'
  | 'DISPATCH'
  | 'INTAKE_DIGEST'
  | 'INTAKE_REPORT'
  | 'INVOICE'
  | 'MAIL_REPLY'
  | 'SECURITY_NOTICE';

export type MessageStatus =
  | 'BOUNCED'
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

export type NightHoursInput = {
  /** 'HH:MM' in Asia/Tokyo */
  from: string;
  /** 'HH:MM'; at or before from is the next morning */
  until: string;
};

export type NotOffered =
  | 'NOBODY_AVAILABLE'
  | 'NO_TRAINED_OPERATOR';

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

export type OfferState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'OFFERED';

export type OperatorState =
  | 'AFTER_CALL_WORK'
  | 'AVAILABLE'
  | 'BREAK'
  | 'OFFLINE'
  | 'ON_CALL';

export type OperatorStateReason =
  | 'CHOSEN'
  | 'DISCONNECTED'
  | 'MISSED_OFFER'
  | 'SUPERVISOR';

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

export type PriceOverridesInput = {
  includedCalls?: number | null | undefined;
  monthlyFee?: number | null | undefined;
  overagePerCall?: number | null | undefined;
};

export type PublishScriptInput = {
  clientCompanyId: string | number;
  variant?: ScriptVariant;
  /** The draft version being published */
  version: number;
};

export type RecordPaymentInput = {
  amount: number;
  clientCompanyId: string | number;
  /** Applied to this invoice first */
  invoiceId?: string | number | null | undefined;
  method: PaymentMethod;
  note?: string | null | undefined;
  payerName: string;
  /** 'YYYY-MM-DD' */
  receivedOn: string;
};

export type RecordingKind =
  | 'CALL'
  | 'VOICEMAIL';

/** Call recording (通話録音), an option of the contract */
export type RecordingTermsInput = {
  /** The client's users may play recordings in the portal */
  inPortal: boolean;
  /** Record calls, after the consent announcement */
  recordCalls: boolean;
  /** Days a recording is kept, 1 to 3650 */
  retentionDays: number;
};

export type ReplyToMailInput = {
  body: string;
  inboundMailId: string | number;
  subject: string;
};

export type ReportMethod =
  | 'DAILY_DIGEST'
  | 'EMAIL'
  | 'FAX';

export type ReportNuisanceCallerInput = {
  /** The record of the call */
  intakeId: string | number;
  /** What happened, for the supervisor who confirms */
  note: string;
};

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

export type RequestPhoneNumberInput = {
  /** Purpose, required beyond 3 representative numbers */
  approvalNote?: string | null | undefined;
  /** The holder; none for the answering service's own lines */
  clientCompanyId?: string | number | null | undefined;
  /** For a toll-free number: the fixed number it forwards to */
  forwardTo?: string | null | undefined;
  kind: NumberKind;
  label?: string | null | undefined;
  /** The number as written, e.g. 0120-123-456 */
  number: string;
};

export type ResendDispatchInput = {
  /** Which of the current contractor's channels, from 0 */
  channelIndex: number;
  id: string | number;
  /** @deprecated Not checked: a resend acts on the dispatch as it is now (refused only once it no longer waits), as the sending pipeline changes its version on its own */
  version?: number | null | undefined;
};

export type ReviewChangeInput = {
  /** Approving a proposal as edited by the supervisor; the proposal as it is when omitted */
  appliedText?: string | null | undefined;
  approve: boolean;
  comment: string;
  id: string | number;
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

export type SaveReplyTemplateInput = {
  autoReply?: boolean;
  body: string;
  clientCompanyId: string | number;
  /** The template to change; none for a new one */
  id?: string | number | null | undefined;
  name: string;
  /** Empty: 「Re: 」 and the subject of the mail answered */
  subject: string;
  /** The version read, when changing one */
  version?: number | null | undefined;
};

export type SaveScriptDraftInput = {
  clientCompanyId: string | number;
  content: ScriptContentInput;
  variant?: ScriptVariant;
  /** The draft version read (0 when there is none yet) */
  version: number;
};

export type ScriptContentInput = {
  closingPhrase: string;
  fields: Array<IntakeFieldInput>;
  greeting: string;
  specialInstructions: string;
  urgentKeywords: Array<string>;
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

/** The service-level target the supervisors’ board holds the client to */
export type ServiceLevelTermsInput = {
  /** Percentage of calls to answer within the seconds, 1 to 100 */
  percent: number;
  /** Seconds a call may wait and still count as in time, 5 to 600 */
  withinSeconds: number;
};

export type UpdateClientCompanyInput = {
  address?: string | null | undefined;
  billingEmail?: string | null | undefined;
  closedDays?: Array<ClosedDaysInput> | null | undefined;
  digestTime?: string | null | undefined;
  escalationContacts?: Array<EscalationContactInput> | null | undefined;
  id: string | number;
  invoiceRecipientName?: string | null | undefined;
  name?: string | null | undefined;
  /** フリガナ in katakana */
  nameKana?: string | null | undefined;
  /** When the night script applies; null for none */
  nightHours?: NightHoursInput | null | undefined;
  /** '123-4567' */
  postalCode?: string | null | undefined;
  reportEmail?: string | null | undefined;
  reportFax?: string | null | undefined;
  reportMethod?: ReportMethod | null | undefined;
  status?: ClientStatus | null | undefined;
  version: number;
};

export type UpdateContractInput = {
  billingTerms?: BillingTermsInput | null | undefined;
  callbackCallerId?: CallbackCallerId | null | undefined;
  coverageWindows?: Array<CoverageWindowInput> | null | undefined;
  endDate?: string | null | undefined;
  holidayRule?: HolidayRule | null | undefined;
  id: string | number;
  recording?: RecordingTermsInput | null | undefined;
  serviceLevel?: ServiceLevelTermsInput | null | undefined;
  version: number;
  waiting?: WaitingTermsInput | null | undefined;
};

export type UpdateFaqItemInput = {
  answer?: string | null | undefined;
  enabled?: boolean | null | undefined;
  id: string | number;
  question?: string | null | undefined;
  sortOrder?: number | null | undefined;
  tags?: Array<string> | null | undefined;
  version: number;
};

export type UpdatePhoneNumberInput = {
  forwardTo?: string | null | undefined;
  id: string | number;
  label?: string | null | undefined;
  version: number;
};

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

export type VoicemailGreetingInput = {
  clientCompanyId: string | number;
  /** 16-bit PCM mono WAV, 1–30 s, base64; null returns to the standard greeting */
  wavBase64?: string | null | undefined;
};

export type VoidInvoiceInput = {
  id: string | number;
  reason: string;
  /** Build a new draft for the month */
  replace?: boolean;
  version: number;
};

/** How long callers wait, and what they hear meanwhile */
export type WaitingTermsInput = {
  /** Seconds of ringing before the busy announcement, 0 to 600 (0: at once) */
  announcementAfterSeconds: number;
  /** Seconds waiting for an operator before voicemail, 30 to 3600 */
  voicemailAfterSeconds: number;
};

export type InvoiceRunQueryVariables = Exact<{
  month: string;
}>;


export type InvoiceRunQuery = { invoiceRun: { id: string, month: string, state: InvoiceRunState, total: number, done: number, error: string | null } | null };

export type InvoiceRunChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InvoiceRunChangedSubscription = { invoiceRunChanged: { id: string, month: string, state: InvoiceRunState, total: number, done: number, error: string | null } };

export type StartInvoiceRunMutationVariables = Exact<{
  month: string;
}>;


export type StartInvoiceRunMutation = { startInvoiceRun: { id: string, month: string, state: InvoiceRunState, total: number, done: number, error: string | null } };

export type IssueInvoiceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null } };

export type RebuildInvoiceDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RebuildInvoiceDraftMutation = { rebuildInvoiceDraft: { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null } };

export type AdjustInvoiceDraftMutationVariables = Exact<{
  input: AdjustInvoiceInput;
}>;


export type AdjustInvoiceDraftMutation = { adjustInvoiceDraft: { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null } };

export type IssueAllInvoicesMutationVariables = Exact<{
  month: string;
}>;


export type IssueAllInvoicesMutation = { issueAllInvoices: number };

export type CreateCreditNoteMutationVariables = Exact<{
  input: CreditNoteInput;
}>;


export type CreateCreditNoteMutation = { createCreditNote: { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null } };

export type VoidInvoiceMutationVariables = Exact<{
  input: VoidInvoiceInput;
}>;


export type VoidInvoiceMutation = { voidInvoice: { id: string, kind: InvoiceKind, state: InvoiceState, status: InvoiceStatus, month: string, number: string | null, issueDate: string | null, dueDate: string | null, recipientName: string, lines: unknown, totals: Record<string, unknown>, total: number, paidAmount: number, balance: number, reason: string | null, version: number, clientCompany: { id: string, name: string } | null } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { id: string, amount: number } };

export type ImportBankFileMutationVariables = Exact<{
  input: BankFileInput;
}>;


export type ImportBankFileMutation = { importBankFile: { bankImport: { deposits: number, matched: number } } };

export type MatchPaymentMutationVariables = Exact<{
  paymentId: string | number;
  invoiceId: string | number;
}>;


export type MatchPaymentMutation = { matchPayment: { id: string } };

export type AgingReportQueryVariables = Exact<{ [key: string]: never; }>;


export type AgingReportQuery = { agingReport: Array<{ bucket: string, invoices: number, amount: number }> };

export type PendingCatchUpsQueryVariables = Exact<{
  month: string;
}>;


export type PendingCatchUpsQuery = { pendingCatchUps: Array<{ clientCompanyId: string, clientName: string, lines: unknown, subtotal: number }> };

export type CallCenterBoardDetailsFragment = { queue: Array<{ clientName: string | null, waitingSeconds: number, targetSeconds: number, offeredTo: string | null, notOffered: NotOffered | null, trainedOnBreak: number, call: { id: string, state: CallState, startedAt: string, callingE164: string | null, dialedE164: string | null, callerMark: CallerMarkKind | null } }>, operators: Array<{ userId: string, name: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, callRecordId: string | null }>, serviceLevel: { answeredWithinTarget: number, answeredLate: number, abandoned: number, waitingOverTarget: number, share: number | null }, clients: Array<{ clientCompanyId: string, clientName: string, targetPercent: number, targetSeconds: number, answeredWithinTarget: number, answeredLate: number, abandoned: number, waitingOverTarget: number, share: number | null, belowTarget: boolean }> };

export type CallCenterBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type CallCenterBoardQuery = { callCenterBoard: { queue: Array<{ clientName: string | null, waitingSeconds: number, targetSeconds: number, offeredTo: string | null, notOffered: NotOffered | null, trainedOnBreak: number, call: { id: string, state: CallState, startedAt: string, callingE164: string | null, dialedE164: string | null, callerMark: CallerMarkKind | null } }>, operators: Array<{ userId: string, name: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, callRecordId: string | null }>, serviceLevel: { answeredWithinTarget: number, answeredLate: number, abandoned: number, waitingOverTarget: number, share: number | null }, clients: Array<{ clientCompanyId: string, clientName: string, targetPercent: number, targetSeconds: number, answeredWithinTarget: number, answeredLate: number, abandoned: number, waitingOverTarget: number, share: number | null, belowTarget: boolean }> } };

export type CallCenterBoardChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CallCenterBoardChangedSubscription = { callCenterBoardChanged: { queue: Array<{ clientName: string | null, waitingSeconds: number, targetSeconds: number, offeredTo: string | null, notOffered: NotOffered | null, trainedOnBreak: number, call: { id: string, state: CallState, startedAt: string, callingE164: string | null, dialedE164: string | null, callerMark: CallerMarkKind | null } }>, operators: Array<{ userId: string, name: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, callRecordId: string | null }>, serviceLevel: { answeredWithinTarget: number, answeredLate: number, abandoned: number, waitingOverTarget: number, share: number | null }, clients: Array<{ clientCompanyId: string, clientName: string, targetPercent: number, targetSeconds: number, answeredWithinTarget: number, answeredLate: number, abandoned: number, waitingOverTarget: number, share: number | null, belowTarget: boolean }> } };

export type SetOperatorStateMutationVariables = Exact<{
  operatorId: string | number;
  state: OperatorState;
  note: string;
}>;


export type SetOperatorStateMutation = { setOperatorState: { userId: string, state: OperatorState, reason: OperatorStateReason | null, note: string | null } };

export type AssignCallMutationVariables = Exact<{
  callSessionId: string | number;
  operatorId: string | number;
  clientCompanyId?: string | number | null | undefined;
}>;


export type AssignCallMutation = { assignCall: { id: string } };

export type CallerMarkDetailsFragment = { id: string, clientCompanyId: string, label: string, isPrefix: boolean, kind: CallerMarkKind, status: CallerMarkStatus, note: string, createdAt: string, version: number };

export type CallerMarksQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type CallerMarksQuery = { callerMarks: Array<{ id: string, clientCompanyId: string, label: string, isPrefix: boolean, kind: CallerMarkKind, status: CallerMarkStatus, note: string, createdAt: string, version: number }> };

export type ProposedCallerMarksQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposedCallerMarksQuery = { proposedCallerMarks: Array<{ id: string, clientCompanyId: string, label: string, isPrefix: boolean, kind: CallerMarkKind, status: CallerMarkStatus, note: string, createdAt: string, version: number }> };

export type AddCallerMarkMutationVariables = Exact<{
  input: AddCallerMarkInput;
}>;


export type AddCallerMarkMutation = { addCallerMark: { id: string, clientCompanyId: string, label: string, isPrefix: boolean, kind: CallerMarkKind, status: CallerMarkStatus, note: string, createdAt: string, version: number } };

export type ConfirmCallerMarkMutationVariables = Exact<{
  input: CallerMarkVersionInput;
}>;


export type ConfirmCallerMarkMutation = { confirmCallerMark: { id: string, clientCompanyId: string, label: string, isPrefix: boolean, kind: CallerMarkKind, status: CallerMarkStatus, note: string, createdAt: string, version: number } };

export type RemoveCallerMarkMutationVariables = Exact<{
  input: CallerMarkVersionInput;
}>;


export type RemoveCallerMarkMutation = { removeCallerMark: { id: string } };

export type ReportNuisanceCallerMutationVariables = Exact<{
  input: ReportNuisanceCallerInput;
}>;


export type ReportNuisanceCallerMutation = { reportNuisanceCaller: { id: string, clientCompanyId: string, label: string, isPrefix: boolean, kind: CallerMarkKind, status: CallerMarkStatus, note: string, createdAt: string, version: number } };

export type MyOperatorStatusFragment = { userId: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, version: number };

export type MyOperatorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOperatorStatusQuery = { myOperatorStatus: { userId: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, version: number } };

export type SetMyOperatorStateMutationVariables = Exact<{
  state: OperatorState;
}>;


export type SetMyOperatorStateMutation = { setMyOperatorState: { userId: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, version: number } };

export type OfferDetailsFragment = { greeting: string, scriptReason: string | null, coverageSummary: string | null, callingNational: string | null, offer: { id: string, callSessionId: string, state: OfferState, offeredAt: string, expiresAt: string }, client: { id: string, name: string, escalationContacts: Array<{ name: string, phone: string, note: string | null }> }, script: { id: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } | null, callerHistory: Array<{ memo: string, id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> }> };

export type MyOfferQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOfferQuery = { myOffer: { greeting: string, scriptReason: string | null, coverageSummary: string | null, callingNational: string | null, offer: { id: string, callSessionId: string, state: OfferState, offeredAt: string, expiresAt: string }, client: { id: string, name: string, escalationContacts: Array<{ name: string, phone: string, note: string | null }> }, script: { id: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } | null, callerHistory: Array<{ memo: string, id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> }> } | null };

export type OfferForMeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OfferForMeSubscription = { offerForMe: { greeting: string, scriptReason: string | null, coverageSummary: string | null, callingNational: string | null, offer: { id: string, callSessionId: string, state: OfferState, offeredAt: string, expiresAt: string }, client: { id: string, name: string, escalationContacts: Array<{ name: string, phone: string, note: string | null }> }, script: { id: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } | null, callerHistory: Array<{ memo: string, id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> }> } };

export type AcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptOfferMutation = { acceptOffer: { greeting: string, scriptReason: string | null, coverageSummary: string | null, callingNational: string | null, offer: { id: string, callSessionId: string, state: OfferState, offeredAt: string, expiresAt: string }, client: { id: string, name: string, escalationContacts: Array<{ name: string, phone: string, note: string | null }> }, script: { id: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } | null, callerHistory: Array<{ memo: string, id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> }> } };

export type FinishCallMutationVariables = Exact<{ [key: string]: never; }>;


export type FinishCallMutation = { finishCall: { userId: string, state: OperatorState, since: string, afterCallWorkUntil: string | null, reason: OperatorStateReason | null, note: string | null, version: number } };

export type CreateIntakeMutationVariables = Exact<{
  input: CreateIntakeInput;
}>;


export type CreateIntakeMutation = { createIntake: { urgentKeywords: Array<string>, id: string, recordNumber: string, clientCompanyId: string, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> } };

export type RingTestCallMutationVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type RingTestCallMutation = { ringTestCall: { id: string, state: CallState, dialedE164: string | null } };

export type ReviewChangeRequestMutationVariables = Exact<{
  input: ReviewChangeInput;
}>;


export type ReviewChangeRequestMutation = { reviewChangeRequest: { id: string, clientCompanyId: string, target: ChangeTarget, subject: ChangeSubject | null, subjectKey: string | null, faqItemId: string | null, currentText: string | null, proposedText: string | null, appliedText: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string } };

export type ChangeRequestToReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestToReviewQuery = { changeRequest: { liveText: string | null, id: string, clientCompanyId: string, target: ChangeTarget, subject: ChangeSubject | null, subjectKey: string | null, faqItemId: string | null, currentText: string | null, proposedText: string | null, appliedText: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string } | null };

export type ClientCompanyDetailsFragment = { id: string, name: string, nameKana: string, recordPrefix: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }>, nightHours: { from: string, until: string } | null, closedDays: Array<{ from: string, until: string, reason: string }>, voicemailGreeting: { durationSeconds: number, updatedAt: string } | null };

export type ClientCompaniesQueryVariables = Exact<{
  status?: ClientStatus | null | undefined;
}>;


export type ClientCompaniesQuery = { clientCompanies: Array<{ id: string, name: string, nameKana: string, status: ClientStatus }> };

export type ClientCompanyQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ClientCompanyQuery = { clientCompany: { id: string, name: string, nameKana: string, recordPrefix: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }>, nightHours: { from: string, until: string } | null, closedDays: Array<{ from: string, until: string, reason: string }>, voicemailGreeting: { durationSeconds: number, updatedAt: string } | null } | null };

export type ClientPlanTodayQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ClientPlanTodayQuery = { contract: { id: string, currentTerm: { id: string, plan: { code: string, nameJa: string, nameEn: string } } | null } | null };

export type CreateClientCompanyMutationVariables = Exact<{
  input: CreateClientCompanyInput;
}>;


export type CreateClientCompanyMutation = { createClientCompany: { id: string, name: string, nameKana: string, recordPrefix: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }>, nightHours: { from: string, until: string } | null, closedDays: Array<{ from: string, until: string, reason: string }>, voicemailGreeting: { durationSeconds: number, updatedAt: string } | null } };

export type UpdateClientCompanyMutationVariables = Exact<{
  input: UpdateClientCompanyInput;
}>;


export type UpdateClientCompanyMutation = { updateClientCompany: { id: string, name: string, nameKana: string, recordPrefix: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }>, nightHours: { from: string, until: string } | null, closedDays: Array<{ from: string, until: string, reason: string }>, voicemailGreeting: { durationSeconds: number, updatedAt: string } | null } };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, billingTerms: Record<string, unknown>, serviceLevelPercent: number, serviceLevelSeconds: number, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> } };

export type UpdateContractMutationVariables = Exact<{
  input: UpdateContractInput;
}>;


export type UpdateContractMutation = { updateContract: { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, billingTerms: Record<string, unknown>, serviceLevelPercent: number, serviceLevelSeconds: number, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> } };

export type ChangePlanMutationVariables = Exact<{
  input: ChangePlanInput;
}>;


export type ChangePlanMutation = { changePlan: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } };

export type AddContractOptionMutationVariables = Exact<{
  input: AddContractOptionInput;
}>;


export type AddContractOptionMutation = { addContractOption: { id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null } };

export type EndContractOptionMutationVariables = Exact<{
  input: EndContractOptionInput;
}>;


export type EndContractOptionMutation = { endContractOption: { id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null } };

export type DispatchPlanQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type DispatchPlanQuery = { contract: { id: string, currentTerm: { id: string, plan: { code: string, dispatchIncluded: boolean } } | null } | null };

export type DispatchCandidatesQueryVariables = Exact<{
  intakeId: string | number;
  category: string;
  siteAddress: string;
}>;


export type DispatchCandidatesQuery = { dispatchCandidates: Array<{ cityMatch: boolean, contractor: { id: string, name: string, priority: number } }> };

export type CreateDispatchMutationVariables = Exact<{
  input: CreateDispatchInput;
}>;


export type CreateDispatchMutation = { createDispatch: { id: string, dispatchNo: number, intakeId: string, clientCompanyId: string, status: DispatchStatus, alert: string | null, category: string, siteAddress: string, urgent: boolean, instructions: string, overrideReason: string | null, acknowledgedAt: string | null, acknowledgedVia: AckVia | null, replyNote: string | null, createdAt: string, version: number, contractor: { id: string, name: string, channels: Array<{ kind: DispatchChannelKind, address: string }> } | null, messages: Array<{ id: string, channel: MessageChannel, recipient: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> } };

export type RecordDispatchReplyMutationVariables = Exact<{
  input: DispatchReplyInput;
}>;


export type RecordDispatchReplyMutation = { recordDispatchReply: { id: string, dispatchNo: number, intakeId: string, clientCompanyId: string, status: DispatchStatus, alert: string | null, category: string, siteAddress: string, urgent: boolean, instructions: string, overrideReason: string | null, acknowledgedAt: string | null, acknowledgedVia: AckVia | null, replyNote: string | null, createdAt: string, version: number, contractor: { id: string, name: string, channels: Array<{ kind: DispatchChannelKind, address: string }> } | null, messages: Array<{ id: string, channel: MessageChannel, recipient: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> } };

export type ResendDispatchMutationVariables = Exact<{
  input: ResendDispatchInput;
}>;


export type ResendDispatchMutation = { resendDispatch: { id: string, dispatchNo: number, intakeId: string, clientCompanyId: string, status: DispatchStatus, alert: string | null, category: string, siteAddress: string, urgent: boolean, instructions: string, overrideReason: string | null, acknowledgedAt: string | null, acknowledgedVia: AckVia | null, replyNote: string | null, createdAt: string, version: number, contractor: { id: string, name: string, channels: Array<{ kind: DispatchChannelKind, address: string }> } | null, messages: Array<{ id: string, channel: MessageChannel, recipient: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> } };

export type OutboundMessagesQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
  first: number;
}>;


export type OutboundMessagesQuery = { outboundMessages: Array<{ id: string, clientCompanyId: string | null, purpose: MessagePurpose, channel: MessageChannel, recipient: string, subject: string, status: MessageStatus, attempts: number, lastError: string | null, sentAt: string | null, reportedAt: string | null, createdAt: string }> };

export type UnmatchedDeliveryReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnmatchedDeliveryReportsQuery = { deliveryReports: Array<{ id: string, source: DeliveryReportSource, outcome: DeliveryOutcome | null, subject: string | null, detail: string | null, receivedAt: string }> };

export type CreateFaqItemMutationVariables = Exact<{
  input: CreateFaqItemInput;
}>;


export type CreateFaqItemMutation = { createFaqItem: { id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number } };

export type UpdateFaqItemMutationVariables = Exact<{
  input: UpdateFaqItemInput;
}>;


export type UpdateFaqItemMutation = { updateFaqItem: { id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number } };

export type CorrectIntakeMutationVariables = Exact<{
  input: CorrectIntakeInput;
}>;


export type CorrectIntakeMutation = { correctIntake: { id: string, version: number, fields: Record<string, unknown>, memo: string, callingNational: string | null, correctedAfterReport: boolean } };

export type InboundMailsQueryVariables = Exact<{
  status?: InboundMailStatus | null | undefined;
  first: number;
}>;


export type InboundMailsQuery = { inboundMails: Array<{ id: string, receivedAt: string, address: string, kind: InboundAddressKind, status: InboundMailStatus, reason: InboundMailReason | null, mailFrom: string, fromText: string, subject: string, size: number, intakeId: string | null, senderTrust: SenderTrust | null, spf: AuthResult | null, dkim: AuthResult | null, dmarc: AuthResult | null, clientCompany: { id: string, name: string } | null, attachments: Array<{ fileName: string, size: number }> }> };

export type MailQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type MailQueueQuery = { mailQueue: Array<{ id: string, receivedAt: string, kind: InboundAddressKind, fromText: string, subject: string, department: string | null, vip: boolean, intakeId: string | null, clientCompany: { id: string, name: string } | null }> };

export type DeskMailFragment = { id: string, receivedAt: string, kind: InboundAddressKind, fromText: string, subject: string, department: string | null, vip: boolean, intakeId: string | null, clientCompany: { id: string, name: string } | null };

export type MyMailOfferQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMailOfferQuery = { myMailOffer: { id: string, expiresAt: string, mail: { id: string, receivedAt: string, kind: InboundAddressKind, fromText: string, subject: string, department: string | null, vip: boolean, intakeId: string | null, clientCompany: { id: string, name: string } | null } } | null };

export type MailOfferForMeSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MailOfferForMeSubscription = { mailOfferForMe: { id: string } };

export type MailsInHandQueryVariables = Exact<{ [key: string]: never; }>;


export type MailsInHandQuery = { mailsInHand: Array<{ id: string, receivedAt: string, kind: InboundAddressKind, fromText: string, subject: string, department: string | null, vip: boolean, intakeId: string | null, clientCompany: { id: string, name: string } | null }> };

export type TakeMailMutationVariables = Exact<{
  id: string | number;
}>;


export type TakeMailMutation = { takeMail: { id: string, takenBy: string | null } };

export type FinishMailMutationVariables = Exact<{
  id: string | number;
}>;


export type FinishMailMutation = { finishMail: { id: string, finishedAt: string | null } };

export type ReplyTemplatesQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ReplyTemplatesQuery = { replyTemplates: Array<{ id: string, name: string, subject: string, body: string, autoReply: boolean, version: number }> };

export type DraftReplyQueryVariables = Exact<{
  inboundMailId: string | number;
  templateId: string | number;
}>;


export type DraftReplyQuery = { draftReply: { subject: string, body: string } };

export type ReplyToMailMutationVariables = Exact<{
  input: ReplyToMailInput;
}>;


export type ReplyToMailMutation = { replyToMail: { id: string } };

export type MailRecordChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MailRecordChangedSubscription = { intakeRecordChanged: { id: string, channel: IntakeChannel } };

export type InboundAddressesQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type InboundAddressesQuery = { inboundAddresses: Array<{ id: string, address: string, kind: InboundAddressKind, label: string }> };

export type AddInboundAddressMutationVariables = Exact<{
  input: AddInboundAddressInput;
}>;


export type AddInboundAddressMutation = { addInboundAddress: { id: string } };

export type RemoveInboundAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveInboundAddressMutation = { removeInboundAddress: boolean };

export type SaveReplyTemplateMutationVariables = Exact<{
  input: SaveReplyTemplateInput;
}>;


export type SaveReplyTemplateMutation = { saveReplyTemplate: { id: string, version: number } };

export type DeleteReplyTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReplyTemplateMutation = { deleteReplyTemplate: boolean };

export type MailboxesQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type MailboxesQuery = { mailboxes: Array<{ id: string, kind: InboundAddressKind, label: string, host: string, port: number, tls: boolean, username: string, folder: string, status: MailboxStatus, problem: MailboxProblem | null, lastError: string | null, checkedAt: string | null }> };

export type MailboxDetailsFragment = { id: string, kind: InboundAddressKind, label: string, host: string, port: number, tls: boolean, username: string, folder: string, status: MailboxStatus, problem: MailboxProblem | null, lastError: string | null, checkedAt: string | null };

export type AddMailboxMutationVariables = Exact<{
  input: AddMailboxInput;
}>;


export type AddMailboxMutation = { addMailbox: { id: string, kind: InboundAddressKind, label: string, host: string, port: number, tls: boolean, username: string, folder: string, status: MailboxStatus, problem: MailboxProblem | null, lastError: string | null, checkedAt: string | null } };

export type CheckMailboxMutationVariables = Exact<{
  id: string | number;
}>;


export type CheckMailboxMutation = { checkMailbox: { id: string, kind: InboundAddressKind, label: string, host: string, port: number, tls: boolean, username: string, folder: string, status: MailboxStatus, problem: MailboxProblem | null, lastError: string | null, checkedAt: string | null } };

export type SetMailboxPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type SetMailboxPasswordMutation = { setMailboxPassword: { id: string, kind: InboundAddressKind, label: string, host: string, port: number, tls: boolean, username: string, folder: string, status: MailboxStatus, problem: MailboxProblem | null, lastError: string | null, checkedAt: string | null } };

export type RemoveMailboxMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMailboxMutation = { removeMailbox: boolean };

export type MailRoutingRulesQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type MailRoutingRulesQuery = { mailRoutingRules: Array<{ id: string, kind: MailRoutingKind, pattern: string, department: string }> };

export type AddMailRoutingRuleMutationVariables = Exact<{
  input: AddMailRoutingRuleInput;
}>;


export type AddMailRoutingRuleMutation = { addMailRoutingRule: { id: string } };

export type RemoveMailRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMailRoutingRuleMutation = { removeMailRoutingRule: boolean };

export type RequestPhoneNumberMutationVariables = Exact<{
  input: RequestPhoneNumberInput;
}>;


export type RequestPhoneNumberMutation = { requestPhoneNumber: { id: string, national: string, kind: NumberKind, status: NumberStatus, label: string, forwardToNational: string | null, expectedOpenDate: string | null, movingUntil: string | null, approvalNote: string | null, version: number } };

export type ChangePhoneNumberStatusMutationVariables = Exact<{
  input: ChangeNumberStatusInput;
}>;


export type ChangePhoneNumberStatusMutation = { changePhoneNumberStatus: { id: string, national: string, kind: NumberKind, status: NumberStatus, label: string, forwardToNational: string | null, expectedOpenDate: string | null, movingUntil: string | null, approvalNote: string | null, version: number } };

export type UpdatePhoneNumberMutationVariables = Exact<{
  input: UpdatePhoneNumberInput;
}>;


export type UpdatePhoneNumberMutation = { updatePhoneNumber: { id: string, national: string, kind: NumberKind, status: NumberStatus, label: string, forwardToNational: string | null, expectedOpenDate: string | null, movingUntil: string | null, approvalNote: string | null, version: number } };

export type PriceVersionFragment = { id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number, includedMails: number, overagePerMail: number };

export type PlanCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanCatalogueQuery = { planCatalogue: Array<{ description: string, dispatchIncluded: boolean, emailHandling: boolean, code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean, currentPrice: { id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number, includedMails: number, overagePerMail: number } | null, prices: Array<{ id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number, includedMails: number, overagePerMail: number }> }> };

export type AddPlanPriceMutationVariables = Exact<{
  input: AddPlanPriceInput;
}>;


export type AddPlanPriceMutation = { addPlanPrice: { id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number, includedMails: number, overagePerMail: number } };

export type ScriptQueryVariables = Exact<{
  clientCompanyId: string | number;
  variant?: ScriptVariant;
}>;


export type ScriptQuery = { script: { id: string, clientCompanyId: string, variant: ScriptVariant, version: number, publishedVersionNo: number | null, draft: { greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } } };

export type ScriptVersionsQueryVariables = Exact<{
  clientCompanyId: string | number;
  variant?: ScriptVariant;
}>;


export type ScriptVersionsQuery = { scriptVersions: Array<{ id: string, versionNo: number, publishedAt: string }> };

export type SaveScriptDraftMutationVariables = Exact<{
  input: SaveScriptDraftInput;
}>;


export type SaveScriptDraftMutation = { saveScriptDraft: { id: string, clientCompanyId: string, variant: ScriptVariant, version: number, publishedVersionNo: number | null, draft: { greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } } };

export type PublishScriptMutationVariables = Exact<{
  input: PublishScriptInput;
}>;


export type PublishScriptMutation = { publishScript: { id: string, versionNo: number, publishedAt: string, greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } };

export type SkillsQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillsQuery = { clientGroups: Array<{ id: string, name: string, clientCompanyIds: Array<string> }>, callTakers: Array<{ userId: string, name: string, role: Role, groupIds: Array<string> }>, clientCompanies: Array<{ id: string, name: string }> };

export type SaveClientGroupMutationVariables = Exact<{
  name: string;
  clientCompanyIds: Array<string | number> | string | number;
}>;


export type SaveClientGroupMutation = { saveClientGroup: { id: string, name: string, clientCompanyIds: Array<string> } };

export type SetOperatorSkillsMutationVariables = Exact<{
  userId: string | number;
  groupIds: Array<string | number> | string | number;
}>;


export type SetOperatorSkillsMutation = { setOperatorSkills: Array<{ id: string }> };

export type PhoneCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type PhoneCredentialsQuery = { softphoneCredentials: { wsUrl: string, sipUri: string, authorizationUser: string, password: string, expiresAt: string } | null, twilioVoiceToken: { token: string, edge: string, expiresAt: string } | null };

export type StartCallbackMutationVariables = Exact<{
  id: string | number;
}>;


export type StartCallbackMutation = { startCallback: { callSessionId: string, provider: string, dial: string | null, toNational: string, callerIdNational: string, recorded: boolean } };

export type SetVoicemailGreetingMutationVariables = Exact<{
  input: VoicemailGreetingInput;
}>;


export type SetVoicemailGreetingMutation = { setVoicemailGreeting: { durationSeconds: number, updatedAt: string } | null };

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

export const CallCenterBoardDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterBoardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"callingE164"}},{"kind":"Field","name":{"kind":"Name","value":"dialedE164"}},{"kind":"Field","name":{"kind":"Name","value":"callerMark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"notOffered"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnBreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"callRecordId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answeredWithinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTarget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTarget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}}]}}]} as unknown as DocumentNode<CallCenterBoardDetailsFragment, unknown>;
export const CallerMarkDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallerMarkDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CallerMarkDetailsFragment, unknown>;
export const MyOperatorStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyOperatorStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyOperatorStatusFragment, unknown>;
export const IntakeFieldDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<IntakeFieldDetailsFragment, unknown>;
export const IntakeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRowFragment, unknown>;
export const OfferDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"scriptReason"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"script"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<OfferDetailsFragment, unknown>;
export const ClientCompanyDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"recordPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voicemailGreeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClientCompanyDetailsFragment, unknown>;
export const DeskMailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskMail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeskMailFragment, unknown>;
export const MailboxDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"tls"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<MailboxDetailsFragment, unknown>;
export const PriceVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPriceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}},{"kind":"Field","name":{"kind":"Name","value":"includedMails"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerMail"}}]}}]} as unknown as DocumentNode<PriceVersionFragment, unknown>;
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
export const PhoneNumberDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PhoneNumberDetailsFragment, unknown>;
export const PublishedScriptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<PublishedScriptFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const InvoiceRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<InvoiceRunQuery, InvoiceRunQueryVariables>;
export const InvoiceRunChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InvoiceRunChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRunChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<InvoiceRunChangedSubscription, InvoiceRunChangedSubscriptionVariables>;
export const StartInvoiceRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInvoiceRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInvoiceRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<StartInvoiceRunMutation, StartInvoiceRunMutationVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RebuildInvoiceDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RebuildInvoiceDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebuildInvoiceDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RebuildInvoiceDraftMutation, RebuildInvoiceDraftMutationVariables>;
export const AdjustInvoiceDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustInvoiceDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustInvoiceDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdjustInvoiceDraftMutation, AdjustInvoiceDraftMutationVariables>;
export const IssueAllInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueAllInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAllInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}]}}]} as unknown as DocumentNode<IssueAllInvoicesMutation, IssueAllInvoicesMutationVariables>;
export const CreateCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCreditNoteMutation, CreateCreditNoteMutationVariables>;
export const VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ImportBankFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBankFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BankFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBankFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deposits"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBankFileMutation, ImportBankFileMutationVariables>;
export const MatchPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatchPaymentMutation, MatchPaymentMutationVariables>;
export const AgingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgingReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agingReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<AgingReportQuery, AgingReportQueryVariables>;
export const PendingCatchUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingCatchUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingCatchUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}}]}}]}}]} as unknown as DocumentNode<PendingCatchUpsQuery, PendingCatchUpsQueryVariables>;
export const CallCenterBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallCenterBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callCenterBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCenterBoardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterBoardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"callingE164"}},{"kind":"Field","name":{"kind":"Name","value":"dialedE164"}},{"kind":"Field","name":{"kind":"Name","value":"callerMark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"notOffered"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnBreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"callRecordId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answeredWithinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTarget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTarget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}}]}}]} as unknown as DocumentNode<CallCenterBoardQuery, CallCenterBoardQueryVariables>;
export const CallCenterBoardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallCenterBoardChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callCenterBoardChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCenterBoardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCenterBoardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCenterBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"callingE164"}},{"kind":"Field","name":{"kind":"Name","value":"dialedE164"}},{"kind":"Field","name":{"kind":"Name","value":"callerMark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"offeredTo"}},{"kind":"Field","name":{"kind":"Name","value":"notOffered"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnBreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"callRecordId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answeredWithinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTarget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOverTarget"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}}]}}]} as unknown as DocumentNode<CallCenterBoardChangedSubscription, CallCenterBoardChangedSubscriptionVariables>;
export const SetOperatorStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOperatorState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOperatorState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<SetOperatorStateMutation, SetOperatorStateMutationVariables>;
export const AssignCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callSessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignCallMutation, AssignCallMutationVariables>;
export const CallerMarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallerMarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callerMarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallerMarkDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallerMarkDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CallerMarksQuery, CallerMarksQueryVariables>;
export const ProposedCallerMarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposedCallerMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedCallerMarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallerMarkDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallerMarkDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProposedCallerMarksQuery, ProposedCallerMarksQueryVariables>;
export const AddCallerMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCallerMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCallerMarkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCallerMark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallerMarkDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallerMarkDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AddCallerMarkMutation, AddCallerMarkMutationVariables>;
export const ConfirmCallerMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCallerMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMarkVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCallerMark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallerMarkDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallerMarkDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConfirmCallerMarkMutation, ConfirmCallerMarkMutationVariables>;
export const RemoveCallerMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCallerMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMarkVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCallerMark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveCallerMarkMutation, RemoveCallerMarkMutationVariables>;
export const ReportNuisanceCallerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportNuisanceCaller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportNuisanceCallerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportNuisanceCaller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallerMarkDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallerMarkDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallerMark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReportNuisanceCallerMutation, ReportNuisanceCallerMutationVariables>;
export const MyOperatorStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOperatorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOperatorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyOperatorStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyOperatorStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MyOperatorStatusQuery, MyOperatorStatusQueryVariables>;
export const SetMyOperatorStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyOperatorState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyOperatorState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyOperatorStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyOperatorStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetMyOperatorStateMutation, SetMyOperatorStateMutationVariables>;
export const MyOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"scriptReason"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"script"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]} as unknown as DocumentNode<MyOfferQuery, MyOfferQueryVariables>;
export const OfferForMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfferForMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerForMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"scriptReason"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"script"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]} as unknown as DocumentNode<OfferForMeSubscription, OfferForMeSubscriptionVariables>;
export const AcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"scriptReason"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"script"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]} as unknown as DocumentNode<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const FinishCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyOperatorStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyOperatorStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"afterCallWorkUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FinishCallMutation, FinishCallMutationVariables>;
export const CreateIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<CreateIntakeMutation, CreateIntakeMutationVariables>;
export const RingTestCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RingTestCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ringTestCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dialedE164"}}]}}]}}]} as unknown as DocumentNode<RingTestCallMutation, RingTestCallMutationVariables>;
export const ReviewChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"appliedText"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviewChangeRequestMutation, ReviewChangeRequestMutationVariables>;
export const ChangeRequestToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequestToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}},{"kind":"Field","name":{"kind":"Name","value":"liveText"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKey"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"currentText"}},{"kind":"Field","name":{"kind":"Name","value":"proposedText"}},{"kind":"Field","name":{"kind":"Name","value":"appliedText"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeRequestToReviewQuery, ChangeRequestToReviewQueryVariables>;
export const ClientCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClientCompaniesQuery, ClientCompaniesQueryVariables>;
export const ClientCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCompanyDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"recordPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voicemailGreeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClientCompanyQuery, ClientCompanyQueryVariables>;
export const ClientPlanTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPlanToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPlanTodayQuery, ClientPlanTodayQueryVariables>;
export const CreateClientCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClientCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCompanyDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"recordPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voicemailGreeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateClientCompanyMutation, CreateClientCompanyMutationVariables>;
export const UpdateClientCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClientCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCompanyDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"recordPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voicemailGreeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateClientCompanyMutation, UpdateClientCompanyMutationVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"billingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelPercent"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const UpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"billingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelPercent"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}}]} as unknown as DocumentNode<UpdateContractMutation, UpdateContractMutationVariables>;
export const ChangePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}}]} as unknown as DocumentNode<ChangePlanMutation, ChangePlanMutationVariables>;
export const AddContractOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContractOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContractOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContractOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<AddContractOptionMutation, AddContractOptionMutationVariables>;
export const EndContractOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndContractOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContractOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContractOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<EndContractOptionMutation, EndContractOptionMutationVariables>;
export const DispatchPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchIncluded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispatchPlanQuery, DispatchPlanQueryVariables>;
export const DispatchCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteAddress"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"intakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteAddress"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cityMatch"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchCandidatesQuery, DispatchCandidatesQueryVariables>;
export const CreateDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchNo"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVia"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateDispatchMutation, CreateDispatchMutationVariables>;
export const RecordDispatchReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDispatchReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDispatchReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchNo"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVia"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RecordDispatchReplyMutation, RecordDispatchReplyMutationVariables>;
export const ResendDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchNo"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVia"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ResendDispatchMutation, ResendDispatchMutationVariables>;
export const OutboundMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboundMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OutboundMessagesQuery, OutboundMessagesQueryVariables>;
export const UnmatchedDeliveryReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnmatchedDeliveryReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unmatchedOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<UnmatchedDeliveryReportsQuery, UnmatchedDeliveryReportsQueryVariables>;
export const CreateFaqItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFaqItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFaqItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaqItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqItemDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateFaqItemMutation, CreateFaqItemMutationVariables>;
export const UpdateFaqItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFaqItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFaqItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaqItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqItemDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateFaqItemMutation, UpdateFaqItemMutationVariables>;
export const CorrectIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAfterReport"}}]}}]}}]} as unknown as DocumentNode<CorrectIntakeMutation, CorrectIntakeMutationVariables>;
export const InboundMailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboundMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InboundMailStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mailFrom"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"senderTrust"}},{"kind":"Field","name":{"kind":"Name","value":"spf"}},{"kind":"Field","name":{"kind":"Name","value":"dkim"}},{"kind":"Field","name":{"kind":"Name","value":"dmarc"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]} as unknown as DocumentNode<InboundMailsQuery, InboundMailsQueryVariables>;
export const MailQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskMail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskMail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MailQueueQuery, MailQueueQueryVariables>;
export const MyMailOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMailOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMailOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskMail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskMail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyMailOfferQuery, MyMailOfferQueryVariables>;
export const MailOfferForMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MailOfferForMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailOfferForMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MailOfferForMeSubscription, MailOfferForMeSubscriptionVariables>;
export const MailsInHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailsInHand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailsInHand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskMail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskMail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InboundMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"intakeId"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MailsInHandQuery, MailsInHandQueryVariables>;
export const TakeMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}}]}}]}}]} as unknown as DocumentNode<TakeMailMutation, TakeMailMutationVariables>;
export const FinishMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<FinishMailMutation, FinishMailMutationVariables>;
export const ReplyTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplyTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"autoReply"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>;
export const DraftReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inboundMailId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inboundMailId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inboundMailId"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<DraftReplyQuery, DraftReplyQueryVariables>;
export const ReplyToMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToMailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyToMailMutation, ReplyToMailMutationVariables>;
export const MailRecordChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MailRecordChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecordChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<MailRecordChangedSubscription, MailRecordChangedSubscriptionVariables>;
export const InboundAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboundAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<InboundAddressesQuery, InboundAddressesQueryVariables>;
export const AddInboundAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInboundAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInboundAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInboundAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddInboundAddressMutation, AddInboundAddressMutationVariables>;
export const RemoveInboundAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveInboundAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeInboundAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveInboundAddressMutation, RemoveInboundAddressMutationVariables>;
export const SaveReplyTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReplyTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReplyTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReplyTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveReplyTemplateMutation, SaveReplyTemplateMutationVariables>;
export const DeleteReplyTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReplyTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReplyTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteReplyTemplateMutation, DeleteReplyTemplateMutationVariables>;
export const MailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailboxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"tls"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<MailboxesQuery, MailboxesQueryVariables>;
export const AddMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"tls"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<AddMailboxMutation, AddMailboxMutationVariables>;
export const CheckMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"tls"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<CheckMailboxMutation, CheckMailboxMutationVariables>;
export const SetMailboxPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMailboxPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMailboxPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"tls"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<SetMailboxPasswordMutation, SetMailboxPasswordMutationVariables>;
export const RemoveMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveMailboxMutation, RemoveMailboxMutationVariables>;
export const MailRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailRoutingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailRoutingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<MailRoutingRulesQuery, MailRoutingRulesQueryVariables>;
export const AddMailRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMailRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMailRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMailRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMailRoutingRuleMutation, AddMailRoutingRuleMutationVariables>;
export const RemoveMailRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMailRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMailRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveMailRoutingRuleMutation, RemoveMailRoutingRuleMutationVariables>;
export const RequestPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RequestPhoneNumberMutation, RequestPhoneNumberMutationVariables>;
export const ChangePhoneNumberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePhoneNumberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNumberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePhoneNumberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ChangePhoneNumberStatusMutation, ChangePhoneNumberStatusMutationVariables>;
export const UpdatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdatePhoneNumberMutation, UpdatePhoneNumberMutationVariables>;
export const PlanCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"emailHandling"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPriceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}},{"kind":"Field","name":{"kind":"Name","value":"includedMails"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerMail"}}]}}]} as unknown as DocumentNode<PlanCatalogueQuery, PlanCatalogueQueryVariables>;
export const AddPlanPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPriceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}},{"kind":"Field","name":{"kind":"Name","value":"includedMails"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerMail"}}]}}]} as unknown as DocumentNode<AddPlanPriceMutation, AddPlanPriceMutationVariables>;
export const ScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Script"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVariant"}}},"defaultValue":{"kind":"EnumValue","value":"DEFAULT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"script"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<ScriptQuery, ScriptQueryVariables>;
export const ScriptVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScriptVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVariant"}}},"defaultValue":{"kind":"EnumValue","value":"DEFAULT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scriptVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ScriptVersionsQuery, ScriptVersionsQueryVariables>;
export const SaveScriptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScriptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScriptDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScriptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<SaveScriptDraftMutation, SaveScriptDraftMutationVariables>;
export const PublishScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScriptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedScript"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]} as unknown as DocumentNode<PublishScriptMutation, PublishScriptMutationVariables>;
export const SkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callTakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SkillsQuery, SkillsQueryVariables>;
export const SaveClientGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveClientGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveClientGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyIds"}}]}}]}}]} as unknown as DocumentNode<SaveClientGroupMutation, SaveClientGroupMutationVariables>;
export const SetOperatorSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOperatorSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOperatorSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetOperatorSkillsMutation, SetOperatorSkillsMutationVariables>;
export const PhoneCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"softphoneCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sipUri"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationUser"}},{"kind":"Field","name":{"kind":"Name","value":"password"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twilioVoiceToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"edge"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<PhoneCredentialsQuery, PhoneCredentialsQueryVariables>;
export const StartCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"dial"}},{"kind":"Field","name":{"kind":"Name","value":"toNational"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdNational"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]} as unknown as DocumentNode<StartCallbackMutation, StartCallbackMutationVariables>;
export const SetVoicemailGreetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVoicemailGreeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoicemailGreetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVoicemailGreeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetVoicemailGreetingMutation, SetVoicemailGreetingMutationVariables>;
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