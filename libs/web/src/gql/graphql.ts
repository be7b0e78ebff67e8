/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type AddPlanPriceInput = {
  /** 'YYYY-MM-DD', after today: a price change never touches a running or billed period */
  effectiveFrom: string;
  includedCalls: number;
  monthlyFee: number;
  overagePerCall: number;
  planCode: string;
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

export type ChangeTarget =
  | 'FAQ'
  | 'SCRIPT';

export type ClientStatus =
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'TRIAL';

export type CoverageWindowInput = {
  end: string;
  start: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
};

export type CreateClientCompanyInput = {
  address?: string | null | undefined;
  billingEmail?: string | null | undefined;
  digestTime?: string | null | undefined;
  escalationContacts?: Array<EscalationContactInput> | null | undefined;
  invoiceRecipientName?: string | null | undefined;
  name: string;
  /** フリガナ in katakana */
  nameKana: string;
  /** '123-4567' */
  postalCode?: string | null | undefined;
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

export type CreateFaqItemInput = {
  answer: string;
  clientCompanyId: string | number;
  enabled?: boolean;
  question: string;
  /** Defaults to the end of the list */
  sortOrder?: number | null | undefined;
  tags?: Array<string>;
};

export type CreateUserInput = {
  /** For client users created by back office; a client admin always creates in their own company */
  clientCompanyId?: string | number | null | undefined;
  email: string;
  locale?: string | null | undefined;
  name: string;
  /** Initial password, at least 10 characters */
  password: string;
  role: Role;
};

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
  | 'ONE_OFF'
  | 'TOLL_FREE_NUMBER';

export type PriceOverridesInput = {
  includedCalls?: number | null | undefined;
  monthlyFee?: number | null | undefined;
  overagePerCall?: number | null | undefined;
};

export type PublishScriptInput = {
  clientCompanyId: string | number;
  /** The draft version being published */
  version: number;
};

export type ReportMethod =
  | 'DAILY_DIGEST'
  | 'EMAIL'
  | 'FAX';

export type RequestChangeInput = {
  faqItemId?: string | number | null | undefined;
  message: string;
  target: ChangeTarget;
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

export type ReviewChangeInput = {
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

export type SaveScriptDraftInput = {
  clientCompanyId: string | number;
  content: ScriptContentInput;
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

export type UpdateClientCompanyInput = {
  address?: string | null | undefined;
  billingEmail?: string | null | undefined;
  digestTime?: string | null | undefined;
  escalationContacts?: Array<EscalationContactInput> | null | undefined;
  id: string | number;
  invoiceRecipientName?: string | null | undefined;
  name?: string | null | undefined;
  /** フリガナ in katakana */
  nameKana?: string | null | undefined;
  /** '123-4567' */
  postalCode?: string | null | undefined;
  reportEmail?: string | null | undefined;
  reportFax?: string | null | undefined;
  reportMethod?: ReportMethod | null | undefined;
  status?: ClientStatus | null | undefined;
  version: number;
};

export type UpdateContractInput = {
  coverageWindows?: Array<CoverageWindowInput> | null | undefined;
  endDate?: string | null | undefined;
  holidayRule?: HolidayRule | null | undefined;
  id: string | number;
  version: number;
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

export type ChangeRequestDetailsFragment = { id: string, clientCompanyId: string, target: ChangeTarget, faqItemId: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string };

export type ChangeRequestsQueryVariables = Exact<{
  status?: ChangeRequestStatus | null | undefined;
}>;


export type ChangeRequestsQuery = { changeRequests: Array<{ id: string, clientCompanyId: string, target: ChangeTarget, faqItemId: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string }> };

export type RequestChangeMutationVariables = Exact<{
  input: RequestChangeInput;
}>;


export type RequestChangeMutation = { requestChange: { id: string, clientCompanyId: string, target: ChangeTarget, faqItemId: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string } };

export type ReviewChangeRequestMutationVariables = Exact<{
  input: ReviewChangeInput;
}>;


export type ReviewChangeRequestMutation = { reviewChangeRequest: { id: string, clientCompanyId: string, target: ChangeTarget, faqItemId: string | null, message: string, status: ChangeRequestStatus, reviewComment: string | null, reviewedAt: string | null, createdAt: string } };

export type ClientCompanyDetailsFragment = { id: string, name: string, nameKana: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }> };

export type ClientCompaniesQueryVariables = Exact<{
  status?: ClientStatus | null | undefined;
}>;


export type ClientCompaniesQuery = { clientCompanies: Array<{ id: string, name: string, nameKana: string, status: ClientStatus }> };

export type ClientCompanyQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ClientCompanyQuery = { clientCompany: { id: string, name: string, nameKana: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }> } | null };

export type ClientPlanTodayQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ClientPlanTodayQuery = { contract: { id: string, currentTerm: { id: string, plan: { code: string, nameJa: string, nameEn: string } } | null } | null };

export type CreateClientCompanyMutationVariables = Exact<{
  input: CreateClientCompanyInput;
}>;


export type CreateClientCompanyMutation = { createClientCompany: { id: string, name: string, nameKana: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }> } };

export type UpdateClientCompanyMutationVariables = Exact<{
  input: UpdateClientCompanyInput;
}>;


export type UpdateClientCompanyMutation = { updateClientCompany: { id: string, name: string, nameKana: string, status: ClientStatus, postalCode: string | null, address: string | null, invoiceRecipientName: string | null, billingEmail: string | null, reportMethod: ReportMethod, reportEmail: string | null, reportFax: string | null, digestTime: string | null, version: number, escalationContacts: Array<{ name: string, phone: string, note: string | null }> } };

export type ContractOptionDetailsFragment = { id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null };

export type PlanTermDetailsFragment = { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null };

export type ContractDetailsFragment = { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> };

export type ContractQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type ContractQuery = { contract: { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> } | null };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> } };

export type UpdateContractMutationVariables = Exact<{
  input: UpdateContractInput;
}>;


export type UpdateContractMutation = { updateContract: { id: string, clientCompanyId: string, startDate: string, endDate: string | null, holidayRule: HolidayRule, coverageSummary: string, version: number, coverageWindows: Array<{ weekday: number, start: string, end: string }>, currentTerm: { id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null } | null, planTerms: Array<{ id: string, effectiveFrom: string, monthlyFeeOverride: number | null, includedCallsOverride: number | null, overagePerCallOverride: number | null, plan: { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean }, price: { monthlyFee: number, includedCalls: number, overagePerCall: number } | null }>, options: Array<{ id: string, kind: OptionKind, description: string, quantity: number, monthlyFee: number, oneOffFee: number, startDate: string, endDate: string | null, earlyTerminationFee: number, equipmentModel: string | null, acquisition: EquipmentAcquisition | null, phoneNumberId: string | null }> } };

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

export type FaqItemDetailsFragment = { id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number };

export type FaqItemsQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
  search?: string | null | undefined;
  includeDisabled?: boolean;
}>;


export type FaqItemsQuery = { faqItems: Array<{ id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number }> };

export type CreateFaqItemMutationVariables = Exact<{
  input: CreateFaqItemInput;
}>;


export type CreateFaqItemMutation = { createFaqItem: { id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number } };

export type UpdateFaqItemMutationVariables = Exact<{
  input: UpdateFaqItemInput;
}>;


export type UpdateFaqItemMutation = { updateFaqItem: { id: string, question: string, answer: string, tags: Array<string>, enabled: boolean, sortOrder: number, version: number } };

export type IntakeRowFragment = { id: string, recordNo: number, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> };

export type IntakeRecordsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  statuses?: Array<IntakeStatus> | IntakeStatus | null | undefined;
  callingNumber?: string | null | undefined;
  text?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IntakeRecordsQuery = { intakeRecords: { nextCursor: string | null, items: Array<{ id: string, recordNo: number, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> }> } };

export type IntakeRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type IntakeRecordQuery = { intakeRecord: { memo: string, scriptVersionId: string, id: string, recordNo: number, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus>, statusHistory: Array<{ id: string, fromStatus: IntakeStatus | null, toStatus: IntakeStatus, note: string, changedAt: string }>, comments: Array<{ id: string, body: string, createdAt: string }> } | null };

export type IntakeRecordChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IntakeRecordChangedSubscription = { intakeRecordChanged: { id: string, recordNo: number, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus> } };

export type ChangeIntakeStatusMutationVariables = Exact<{
  input: ChangeIntakeStatusInput;
}>;


export type ChangeIntakeStatusMutation = { changeIntakeStatus: { id: string, recordNo: number, receivedAt: string, channel: IntakeChannel, callingNational: string | null, fields: Record<string, unknown>, status: IntakeStatus, urgent: boolean, version: number, allowedTransitions: Array<IntakeStatus>, statusHistory: Array<{ id: string, fromStatus: IntakeStatus | null, toStatus: IntakeStatus, note: string, changedAt: string }> } };

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

export type PlanSummaryFragment = { code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean };

export type PriceVersionFragment = { id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number };

export type PlanCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanCatalogueQuery = { planCatalogue: Array<{ description: string, dispatchIncluded: boolean, emailHandling: boolean, code: string, nameJa: string, nameEn: string, faqLimit: number | null, extraFieldsAllowed: boolean, currentPrice: { id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number } | null, prices: Array<{ id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number }> }> };

export type AddPlanPriceMutationVariables = Exact<{
  input: AddPlanPriceInput;
}>;


export type AddPlanPriceMutation = { addPlanPrice: { id: string, effectiveFrom: string, monthlyFee: number, includedCalls: number, overagePerCall: number } };

export type IntakeFieldDetailsFragment = { key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null };

export type ScriptQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ScriptQuery = { script: { id: string, clientCompanyId: string, version: number, publishedVersionNo: number | null, draft: { greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } } };

export type PublishedScriptFragment = { id: string, versionNo: number, publishedAt: string, greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> };

export type PublishedScriptQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type PublishedScriptQuery = { publishedScript: { id: string, versionNo: number, publishedAt: string, greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } | null };

export type ScriptVersionsQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type ScriptVersionsQuery = { scriptVersions: Array<{ id: string, versionNo: number, publishedAt: string }> };

export type SaveScriptDraftMutationVariables = Exact<{
  input: SaveScriptDraftInput;
}>;


export type SaveScriptDraftMutation = { saveScriptDraft: { id: string, clientCompanyId: string, version: number, publishedVersionNo: number | null, draft: { greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } } };

export type PublishScriptMutationVariables = Exact<{
  input: PublishScriptInput;
}>;


export type PublishScriptMutation = { publishScript: { id: string, versionNo: number, publishedAt: string, greeting: string, specialInstructions: string, urgentKeywords: Array<string>, closingPhrase: string, fields: Array<{ key: string, label: string, type: IntakeFieldType, required: boolean, helpText: string | null, options: Array<string> | null }> } };

export type SessionUserFragment = { id: string, email: string, name: string, role: Role, locale: string, clientCompany: { id: string, name: string } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, user: { id: string, email: string, name: string, role: Role, locale: string, clientCompany: { id: string, name: string } | null } } };

export type RefreshTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, user: { id: string, email: string, name: string, role: Role, locale: string, clientCompany: { id: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UsageThisMonthQueryVariables = Exact<{
  clientCompanyId?: string | number | null | undefined;
}>;


export type UsageThisMonthQuery = { usageThisMonth: { month: string, calls: number, includedCalls: number, overCalls: number } | null };

export type CompanyUsersQueryVariables = Exact<{
  clientCompanyId: string | number;
}>;


export type CompanyUsersQuery = { users: Array<{ id: string, name: string, email: string, role: Role, createdAt: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, email: string, role: Role, createdAt: string } };

export const ChangeRequestDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeRequestDetailsFragment, unknown>;
export const ClientCompanyDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClientCompanyDetailsFragment, unknown>;
export const PlanSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}}]} as unknown as DocumentNode<PlanSummaryFragment, unknown>;
export const PlanTermDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}}]} as unknown as DocumentNode<PlanTermDetailsFragment, unknown>;
export const ContractOptionDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<ContractOptionDetailsFragment, unknown>;
export const ContractDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<ContractDetailsFragment, unknown>;
export const FaqItemDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FaqItemDetailsFragment, unknown>;
export const IntakeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRowFragment, unknown>;
export const PhoneNumberDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PhoneNumberDetailsFragment, unknown>;
export const PriceVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPriceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]} as unknown as DocumentNode<PriceVersionFragment, unknown>;
export const IntakeFieldDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<IntakeFieldDetailsFragment, unknown>;
export const PublishedScriptFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<PublishedScriptFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const ChangeRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ChangeRequestsQuery, ChangeRequestsQueryVariables>;
export const RequestChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RequestChangeMutation, RequestChangeMutationVariables>;
export const ReviewChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"faqItemId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviewChangeRequestMutation, ReviewChangeRequestMutationVariables>;
export const ClientCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClientCompaniesQuery, ClientCompaniesQueryVariables>;
export const ClientCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCompanyDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClientCompanyQuery, ClientCompanyQueryVariables>;
export const ClientPlanTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPlanToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPlanTodayQuery, ClientPlanTodayQueryVariables>;
export const CreateClientCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClientCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCompanyDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateClientCompanyMutation, CreateClientCompanyMutationVariables>;
export const UpdateClientCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClientCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCompanyDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCompanyDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCompany"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipientName"}},{"kind":"Field","name":{"kind":"Name","value":"billingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportMethod"}},{"kind":"Field","name":{"kind":"Name","value":"reportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reportFax"}},{"kind":"Field","name":{"kind":"Name","value":"digestTime"}},{"kind":"Field","name":{"kind":"Name","value":"escalationContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateClientCompanyMutation, UpdateClientCompanyMutationVariables>;
export const ContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}}]} as unknown as DocumentNode<ContractQuery, ContractQueryVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const UpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"holidayRule"}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coverageWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}}]} as unknown as DocumentNode<UpdateContractMutation, UpdateContractMutationVariables>;
export const ChangePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTermDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTermDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractPlanTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeOverride"}},{"kind":"Field","name":{"kind":"Name","value":"includedCallsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCallOverride"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]}}]} as unknown as DocumentNode<ChangePlanMutation, ChangePlanMutationVariables>;
export const AddContractOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContractOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddContractOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContractOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<AddContractOptionMutation, AddContractOptionMutationVariables>;
export const EndContractOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndContractOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContractOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContractOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractOptionDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractOptionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"oneOffFee"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFee"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentModel"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}}]}}]} as unknown as DocumentNode<EndContractOptionMutation, EndContractOptionMutationVariables>;
export const FaqItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqItemDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<FaqItemsQuery, FaqItemsQueryVariables>;
export const CreateFaqItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFaqItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFaqItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaqItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqItemDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateFaqItemMutation, CreateFaqItemMutationVariables>;
export const UpdateFaqItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFaqItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFaqItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFaqItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqItemDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqItemDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateFaqItemMutation, UpdateFaqItemMutationVariables>;
export const IntakeRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callingNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"callingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRecordsQuery, IntakeRecordsQueryVariables>;
export const IntakeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"scriptVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRecordQuery, IntakeRecordQueryVariables>;
export const IntakeRecordChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IntakeRecordChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeRecordChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<IntakeRecordChangedSubscription, IntakeRecordChangedSubscriptionVariables>;
export const ChangeIntakeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeIntakeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeIntakeStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeIntakeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeRow"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callingNational"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<ChangeIntakeStatusMutation, ChangeIntakeStatusMutationVariables>;
export const AddIntakeCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIntakeComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIntakeComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"intakeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intakeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddIntakeCommentMutation, AddIntakeCommentMutationVariables>;
export const PhoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PhoneNumbersQuery, PhoneNumbersQueryVariables>;
export const RequestPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RequestPhoneNumberMutation, RequestPhoneNumberMutationVariables>;
export const ChangePhoneNumberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePhoneNumberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNumberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePhoneNumberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ChangePhoneNumberStatusMutation, ChangePhoneNumberStatusMutationVariables>;
export const UpdatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"forwardToNational"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOpenDate"}},{"kind":"Field","name":{"kind":"Name","value":"movingUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdatePhoneNumberMutation, UpdatePhoneNumberMutationVariables>;
export const PlanCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"emailHandling"}},{"kind":"Field","name":{"kind":"Name","value":"currentPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"faqLimit"}},{"kind":"Field","name":{"kind":"Name","value":"extraFieldsAllowed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPriceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]} as unknown as DocumentNode<PlanCatalogueQuery, PlanCatalogueQueryVariables>;
export const AddPlanPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPriceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overagePerCall"}}]}}]} as unknown as DocumentNode<AddPlanPriceMutation, AddPlanPriceMutationVariables>;
export const ScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Script"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"script"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<ScriptQuery, ScriptQueryVariables>;
export const PublishedScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedScript"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]} as unknown as DocumentNode<PublishedScriptQuery, PublishedScriptQueryVariables>;
export const ScriptVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScriptVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scriptVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ScriptVersionsQuery, ScriptVersionsQueryVariables>;
export const SaveScriptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScriptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScriptDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScriptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]} as unknown as DocumentNode<SaveScriptDraftMutation, SaveScriptDraftMutationVariables>;
export const PublishScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishScriptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedScript"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntakeFieldDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeFieldType_"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedScript"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"greeting"}},{"kind":"Field","name":{"kind":"Name","value":"specialInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"urgentKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"closingPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntakeFieldDetails"}}]}}]}}]} as unknown as DocumentNode<PublishScriptMutation, PublishScriptMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"clientCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UsageThisMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageThisMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageThisMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"includedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"overCalls"}}]}}]}}]} as unknown as DocumentNode<UsageThisMonthQuery, UsageThisMonthQueryVariables>;
export const CompanyUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientCompanyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientCompanyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CompanyUsersQuery, CompanyUsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;