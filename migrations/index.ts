import { Foundation1795318328643 } from './1795318328643-Foundation';
import { ClientsAndContracts1795319973759 } from './1795319973759-ClientsAndContracts';
import { IntakeRecords1795321263599 } from './1795321263599-IntakeRecords';
import { CallSessions1795321828329 } from './1795321828329-CallSessions';
import { Acd1795322896917 } from './1795322896917-Acd';
import { Delivery1795327081238 } from './1795327081238-Delivery';
import { Contractors1795328608477 } from './1795328608477-Contractors';
import { FaxAndAttachments1795329300692 } from './1795329300692-FaxAndAttachments';
import { DispatchInTheDatabase1795329702421 } from './1795329702421-DispatchInTheDatabase';
import { Dispatches1795332132664 } from './1795332132664-Dispatches';
import { DeliveryReports1795336616585 } from './1795336616585-DeliveryReports';
import { Billing1795337825138 } from './1795337825138-Billing';
import { Recordings1796581308043 } from './1796581308043-Recordings';
import { IntakeIdempotencyKey1796583338310 } from './1796583338310-IntakeIdempotencyKey';
import { LiveSessions1796583927028 } from './1796583927028-LiveSessions';
import { VoiceMedia1796590886654 } from './1796590886654-VoiceMedia';
import { Callbacks1796593214615 } from './1796593214615-Callbacks';
import { EnterCallInTheDatabase1796600158815 } from './1796600158815-EnterCallInTheDatabase';
import { GrantedPermissions1796602467079 } from './1796602467079-GrantedPermissions';
import { VoicemailGreetings1796603324212 } from './1796603324212-VoicemailGreetings';
import { ServiceLevelTargets1796615761418 } from './1796615761418-ServiceLevelTargets';
import { SessionStandingChanged1796623447393 } from './1796623447393-SessionStandingChanged';
import { IntakeReportsDue1796629814583 } from './1796629814583-IntakeReportsDue';
import { AuditSystemEntry1796635372107 } from './1796635372107-AuditSystemEntry';
import { Presence1796642586346 } from './1796642586346-Presence';
import { IntakeCorrections1796653811234 } from './1796653811234-IntakeCorrections';
import { CallerMarks1796663214604 } from './1796663214604-CallerMarks';
import { ScriptsByTime1796663955400 } from './1796663955400-ScriptsByTime';
import { InvitationLinks1796666203318 } from './1796666203318-InvitationLinks';
import { InboundMail1796674742309 } from './1796674742309-InboundMail';
import { MailRepliesAndQueue1796675568600 } from './1796675568600-MailRepliesAndQueue';
import { SenderAuthentication1796686256085 } from './1796686256085-SenderAuthentication';
import { Mailboxes1796686933698 } from './1796686933698-Mailboxes';
import { MailRouting1796689233482 } from './1796689233482-MailRouting';
import { MailThroughTheAcd1796693239149 } from './1796693239149-MailThroughTheAcd';
import { FaxPages1796693894398 } from './1796693894398-FaxPages';
import { MailPrices1796694338426 } from './1796694338426-MailPrices';
import { FaxSenders1796694963408 } from './1796694963408-FaxSenders';
import { StructuredChangeRequests1796661729017 } from './1796661729017-StructuredChangeRequests';
import { TwoFactorAndResetLinks1796651264979 } from './1796651264979-TwoFactorAndResetLinks';
import { RecordNumbers1796652295345 } from './1796652295345-RecordNumbers';

/** Every migration in order; the only way the schema changes. */
export const migrations = [
  Foundation1795318328643,
  ClientsAndContracts1795319973759,
  IntakeRecords1795321263599,
  CallSessions1795321828329,
  Acd1795322896917,
  Delivery1795327081238,
  Contractors1795328608477,
  FaxAndAttachments1795329300692,
  DispatchInTheDatabase1795329702421,
  Dispatches1795332132664,
  DeliveryReports1795336616585,
  Billing1795337825138,
  Recordings1796581308043,
  IntakeIdempotencyKey1796583338310,
  LiveSessions1796583927028,
  VoiceMedia1796590886654,
  Callbacks1796593214615,
  EnterCallInTheDatabase1796600158815,
  GrantedPermissions1796602467079,
  VoicemailGreetings1796603324212,
  ServiceLevelTargets1796615761418,
  SessionStandingChanged1796623447393,
  IntakeReportsDue1796629814583,
  AuditSystemEntry1796635372107,
  Presence1796642586346,
  TwoFactorAndResetLinks1796651264979,
  RecordNumbers1796652295345,
  IntakeCorrections1796653811234,
  StructuredChangeRequests1796661729017,
  CallerMarks1796663214604,
  ScriptsByTime1796663955400,
  InvitationLinks1796666203318,
  InboundMail1796674742309,
  MailRepliesAndQueue1796675568600,
  SenderAuthentication1796686256085,
  Mailboxes1796686933698,
  MailRouting1796689233482,
  MailThroughTheAcd1796693239149,
  FaxPages1796693894398,
  MailPrices1796694338426,
  FaxSenders1796694963408,
];
