/**
 * The business rules that refuse a change, each with a stable code that the
 * API sends in `extensions.violation` and the screens say in Japanese. The
 * kind is the error's `extensions.code`: CONFLICT when the state of things
 * stands in the way, FORBIDDEN when the rule is about who asks.
 */
export const RULE_VIOLATIONS = {
  /** An operator on a call cannot change state or take another. */
  FINISH_CALL_FIRST: 'CONFLICT',
  /** An operator with a call offered answers it before anything else. */
  ACCEPT_OFFER_FIRST: 'CONFLICT',
  /** The offer was taken back, expired or answered. */
  OFFER_CLOSED: 'CONFLICT',
  NOT_ON_CALL: 'CONFLICT',
  /** A supervisor gives a waiting call only to an available operator with nothing ringing. */
  OPERATOR_NOT_FREE: 'CONFLICT',
  /** Only a call still waiting in the queue can be given to someone. */
  CALL_NOT_WAITING: 'CONFLICT',
  /** The call could not reach the operator's device; it waits in the queue again. */
  CALL_NOT_PUT_THROUGH: 'CONFLICT',
  /** No softphone here can place calls (simulated calls only). */
  CALLBACK_NOT_POSSIBLE: 'CONFLICT',
  /** The service has no line of its own to call from. */
  NO_LINE_TO_CALL_FROM: 'CONFLICT',
  /** The client has no active number to show the called party. */
  NO_CLIENT_NUMBER_TO_SHOW: 'CONFLICT',
  /** A test call (テスト着信) rings one of the client's active numbers. */
  NO_CLIENT_NUMBER_TO_RING: 'CONFLICT',
  /** The telephony provider refused to place the call. */
  PROVIDER_REFUSED_CALL: 'CONFLICT',
  /** A provider sent the same event again. */
  EVENT_ALREADY_RECEIVED: 'CONFLICT',
  /** A call has one intake record. */
  CALL_HAS_INTAKE: 'CONFLICT',
  /** The caller's role may not move the record to that status from its own. */
  INTAKE_TRANSITION_NOT_ALLOWED: 'FORBIDDEN',
  CHANGE_REQUEST_DECIDED: 'CONFLICT',
  /** A caller marked VIP is not reported as a nuisance by an operator. */
  CALLER_ALREADY_MARKED: 'CONFLICT',
  CALLER_MARK_CONFIRMED: 'CONFLICT',
  /** The script field, FAQ item or contact a change request names was removed since. */
  CHANGE_SUBJECT_GONE: 'CONFLICT',
  /** Nobody deactivates themselves or changes their own role. */
  NOT_ON_YOURSELF: 'FORBIDDEN',
  /** A client admin manages the users of their own company only. */
  OWN_COMPANY_USERS_ONLY: 'FORBIDDEN',
  /** Permissions beyond a role are granted by the back office only. */
  BACK_OFFICE_GRANTS_PERMISSIONS: 'FORBIDDEN',
  /** A role manages only the roles below it. */
  ROLE_NOT_MANAGED: 'FORBIDDEN',
  /** The same bank file (by its SHA-256) was imported before. */
  BANK_FILE_IMPORTED: 'CONFLICT',
  PAYMENT_ALREADY_MATCHED: 'CONFLICT',
  NOTHING_OWED: 'CONFLICT',
  /** What is left owed is more than a bank fee, so it is not written off. */
  OWED_OVER_FEE_LIMIT: 'CONFLICT',
  /** Rebuilding, adjusting and issuing are for drafts only. */
  INVOICE_NOT_DRAFT: 'CONFLICT',
  NO_CONTRACT_TO_BILL: 'CONFLICT',
  /** The client's credit changed after the draft was built. */
  CREDIT_CHANGED: 'CONFLICT',
  /** A credit note corrects an issued invoice only. */
  CREDIT_NOTE_FOR_ISSUED_ONLY: 'CONFLICT',
  INVOICE_NOT_ISSUED: 'CONFLICT',
  /** Money was received on the invoice: it is corrected with a credit note, not voided. */
  INVOICE_HAS_PAYMENT: 'CONFLICT',
  /** The dispatch was already acknowledged, cancelled or closed. */
  DISPATCH_CLOSED: 'CONFLICT',
  /** The password was right; this account signs in with a one-time code too. */
  TWO_FACTOR_CODE_REQUIRED: 'FORBIDDEN',
  /** The role signs in with a one-time code: set it up before anything else. */
  TWO_FACTOR_SETUP_REQUIRED: 'FORBIDDEN',
  /** The role must keep two-factor sign-in on. */
  TWO_FACTOR_REQUIRED_FOR_ROLE: 'FORBIDDEN',
  /** A code is confirmed against a key shown for setup; none was. */
  TWO_FACTOR_NOT_STARTED: 'CONFLICT',
  /** The reset link is unknown, was used already or has expired. */
  RESET_LINK_INVALID: 'CONFLICT',
  /** Another operator took this mail first, or it is not offered. */
  MAIL_TAKEN: 'CONFLICT',
  /** The ACD offers this mail to another operator now, or to nobody (it rang out, a call came). */
  MAIL_NOT_OFFERED: 'CONFLICT',
  /** Only a mail one took and has not finished can be finished. */
  MAIL_NOT_IN_HAND: 'CONFLICT',
  /** A fax-to-mail came from the carrier: there is nobody to reply to by mail. */
  MAIL_NOT_REPLYABLE: 'CONFLICT',
} as const satisfies Record<string, 'CONFLICT' | 'FORBIDDEN'>;

export type RuleViolation = keyof typeof RULE_VIOLATIONS;
