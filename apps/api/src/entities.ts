import {
  CallOffer,
  ClientGroup,
  ClientGroupMember,
  OperatorSkill,
  OperatorStatus,
} from './acd/acd.entities';
import { AuditEntry } from './audit/audit-entry.entity';
import { LoginFailure } from './auth/login-failure.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { PasswordResetLink } from './auth/password-reset-link.entity';
import { User } from './auth/user.entity';
import { CallerMark } from './callers/caller-mark.entity';
import { InboundAddress } from './inbound/inbound-address.entity';
import { InboundMail } from './inbound/inbound-mail.entity';
import { Mailbox } from './inbound/mailbox.entity';
import { MailOffer } from './inbound/mail-offer.entity';
import { MailRoutingRule } from './inbound/mail-routing-rule.entity';
import { MailReply, ReplyTemplate } from './inbound/reply-template.entity';
import {
  IntakeComment,
  IntakeCorrection,
  IntakeRecord,
  IntakeStatusChange,
} from './calls/intake-record.entity';
import { ClientCompany } from './clients/client-company.entity';
import { CallSession, TelephonyEvent } from './telephony/call-session.entity';
import { Contract, ContractOption, ContractPlanTerm } from './contracts/contract.entity';
import { Invoice, InvoiceRun, InvoiceSequence } from './billing/invoice.entity';
import { BankImport, Payment, PaymentAllocation } from './billing/payment.entity';
import { DeliveryReport } from './delivery/delivery-report.entity';
import { OutboundMessage } from './delivery/outbound-message.entity';
import { Contractor } from './dispatch/contractor.entity';
import { Dispatch } from './dispatch/dispatch.entity';
import { FaqItem } from './faq/faq-item.entity';
import { PhoneNumber } from './numbers/phone-number.entity';
import { Plan, PlanPriceVersion } from './plans/plan.entity';
import { ChangeRequest } from './scripts/change-request.entity';
import { Script, ScriptVersion } from './scripts/script.entity';
import { CallRecording } from './voice/call-recording.entity';
import { VoicemailGreeting } from './voice/voicemail-greeting.entity';

/** Every entity, listed once: the app, the CLI and the drift check read the same list. */
export const entities = [
  CallerMark,
  ClientCompany,
  User,
  RefreshToken,
  PasswordResetLink,
  LoginFailure,
  AuditEntry,
  Plan,
  PlanPriceVersion,
  Contract,
  ContractPlanTerm,
  ContractOption,
  Script,
  ScriptVersion,
  FaqItem,
  PhoneNumber,
  ChangeRequest,
  IntakeRecord,
  IntakeStatusChange,
  IntakeCorrection,
  IntakeComment,
  CallSession,
  TelephonyEvent,
  ClientGroup,
  ClientGroupMember,
  OperatorSkill,
  OperatorStatus,
  CallOffer,
  OutboundMessage,
  DeliveryReport,
  Contractor,
  Dispatch,
  Invoice,
  InvoiceRun,
  InvoiceSequence,
  Payment,
  PaymentAllocation,
  BankImport,
  CallRecording,
  VoicemailGreeting,
  InboundAddress,
  InboundMail,
  Mailbox,
  MailOffer,
  MailRoutingRule,
  ReplyTemplate,
  MailReply,
];
