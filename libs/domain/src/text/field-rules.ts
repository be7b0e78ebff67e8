/**
 * Why a field is refused, each with a stable name that the API sends in
 * `extensions.fields[].rule` and the screens say in the user's language from
 * `problems.rule.<name>` in libs/web's texts (the compiler holds ja.json to
 * this list). The value is the English the API sends as the field's
 * `message`, with `{{name}}` for each arg the sentence needs; the args travel
 * in `extensions.fields[].args`, so the screens can say them too.
 *
 * Where class-validator has a name for a rule, that name is used: the input
 * classes' own refusals carry it (their English is class-validator's), and
 * Dengon's rules refuse by it with the sentence here.
 */
export const FIELD_RULES = {
  // ---- class-validator's rules, as the input classes declare them ----------------------
  isNotEmpty: 'is required',
  isLength: 'must be {{min}} to {{max}} characters long',
  maxLength: 'must be at most {{n}} characters',
  minLength: 'must be at least {{n}} characters',
  isUuid: 'must be a UUID',
  isInt: 'must be a whole number',
  isNumber: 'must be a number',
  isString: 'must be text or a number',
  isIn: 'must be one of {{values}}',
  isEnum: 'must be one of {{values}}',
  min: 'must be at least {{n}}',
  max: 'must be at most {{n}}',
  isBoolean: 'must be true or false',
  arrayMaxSize: 'must have at most {{n}} item(s)',
  arrayMinSize: 'must have at least {{n}} item(s)',
  isEmail: 'must be an e-mail address',
  isUrl: 'must be a URL',
  isDateString: 'must be a date or date-time (ISO 8601)',
  isDate: 'must be a date and time',
  isObject: 'must be an object',
  isBase64: 'must be base64-encoded',
  /** A pattern of the input class (@Matches); its own message says which. */
  matches: 'is not in the expected format',
  /** A nested input that is not an object (or a list of them). */
  nestedValidation: 'must be an object or a list of objects',
  /** A property no input class (or, for intake values, no script field) has. */
  whitelistValidation: 'is not a field of this script version',
  /** The API's own validators (apps/api/src/common/validators.ts). */
  isDateOnly: 'must be a date YYYY-MM-DD',
  isTimeOfDay: 'must be HH:MM from 00:00 to 23:59',

  // ---- text and form ------------------------------------------------------------------
  /** NUL and the like, anywhere in the input (text/input-text.ts). */
  noControlCharacters: 'contains control characters',
  isKatakana: 'must be a reading in katakana',
  isPostalAddress: 'must start with a postal code like 123-4567',
  isPostalCode: 'must be a postal code like 123-4567',
  isRecordPrefix: 'must be 2–6 capitals or digits, starting with a capital',
  isPrefecture: 'is not a prefecture',
  isMunicipality: 'should be a city, ward, town or village (…市, …区, …町, …村)',
  noBlankEntries: 'has an empty entry',
  /** Two things the same where each must be unique (a user's e-mail, a template's name). */
  alreadyInUse: 'is already in use',
  /** An id that names nothing (any more). */
  notFound: 'does not exist',
  /** A list of ids, one of which names nothing. */
  someNotFound: 'names something that does not exist',
  /** The thing named is another client's. */
  notOfClient: 'does not belong to this client',
  invalidCursor: 'is not a cursor this list gave',

  // ---- dates and times ----------------------------------------------------------------
  isBillingMonth: "must be 'YYYY-MM'",
  isWeekday: 'must be 1 (月) to 7 (日)',
  /** An end time, where 24:00 ends the day. */
  isEndTime: 'must be HH:MM from 00:00 to 24:00',
  /** A time range that starts and ends at the same time. */
  emptyTimeRange: 'must differ from the start',
  notBeforeStart: 'must not be before the start ({{start}})',
  inThePast: '{{date}} has passed',
  notFutureDate: 'must be a date, not in the future',
  afterToday: 'must be after today: running and billed periods keep their price',

  // ---- phone numbers (numbers/phone.ts, calls/caller-marks.ts) ------------------------
  isPhoneNumber: '"{{input}}" is not a valid Japanese phone number',
  phoneCharacters: '"{{input}}" contains characters that are not part of a phone number',
  tollFreeDigits: 'a {{prefix}} number has {{digits}} digits, "{{input}}" has {{count}}',
  notTollFree: '"{{input}}" is not a toll-free number (0120 or 0800)',
  /** Geographic or 050: a representative or direct number, or what a toll-free number forwards to. */
  notFixedLine: '"{{input}}" is not a fixed number (geographic or 050)',
  isNumberPrefix:
    '"{{input}}" is not the start of a Japanese number (e.g. 050-1234): 0 and at least 1 more digit',

  // ---- mail addresses -----------------------------------------------------------------
  emailDotMisplaced: 'has a dot out of place',
  notIntakeDomain: "must be under the service's intake domain ({{domain}})",
  isHostName: 'must be a host name such as imap.example.com',
  isDomainName: 'must be a domain such as example.co.jp',
  isSenderOrDomain:
    'must be an address such as fax@carrier.example or a domain such as carrier.example',

  // ---- users and sign-in --------------------------------------------------------------
  isTotpCode: 'must be the 6 digits the authenticator app shows',
  notCurrentCode: 'is not a current code',
  notCurrentCodeOfNewKey: 'is not a current code of the new key',
  clientUserNeedsCompany: 'a client user must belong to a client company',
  staffUserHasNoCompany: 'a staff user cannot belong to a client company',
  staffClientRoleSwitch: 'cannot move a user between staff and client roles',
  notGrantable: '{{permissions}} cannot be granted to {{role}}',
  notStaffUser: 'is not a staff user',

  // ---- calls, intake and callers ------------------------------------------------------
  idempotencyKeyReused: 'was used for another save',
  nothingChanged: 'change nothing in the record',
  prankNotBillable: 'a wrong or prank call is never billed; change its status first',
  noPublishedScript: 'the client has no published script',
  noCallerNumber: 'the call has no caller number to mark',
  alreadyMarked: 'is marked already',
  noCallbackNumber: 'the record has no number to call back (折り返し先 or the caller’s number)',
  callKeepsClient: 'a waiting call keeps the client of its number',
  clientNotServed: 'is not a client the service answers for',
  stateSetByCall: 'choose one of {{values}}; {{state}} is set by the call itself',

  // ---- telephony and mail webhooks ----------------------------------------------------
  isCallSid: 'must be CA followed by 32 hex digits',
  isHttpsUrl: 'must be an https URL',
  isOwnRecordingUrl: 'must be a recording of this Twilio account',
  isRfc822: 'send the mail as it was received, as message/rfc822',

  // ---- voicemail greetings ------------------------------------------------------------
  unreadableWav: 'cannot be read: {{detail}}',
  sampleRateOutOfRange: '{{hz}} Hz: record at 8,000 to 96,000 Hz',
  greetingLength: '{{seconds}} s: a greeting lasts {{min}} to {{max}} seconds',

  // ---- scripts and change requests ----------------------------------------------------
  noDraft: 'has no script draft to publish',
  fieldKeyFormat: 'must be lower_snake_case, at most 40 characters',
  duplicateKey: '"{{key}}" is used twice',
  optionsOnlyForChoice: 'only a choice has options',
  extraFieldNotInPlan:
    '{{plan}} allows only the basic fields ({{basic}}); "{{key}}" is an extra field',
  unknownGreetingVariable:
    'unknown variable {{variable}}; use {会社名}, {挨拶} or {オペレーター名}',
  unknownVariables: 'has unknown variables: {{variables}}',
  variablesLeft: 'still has variables: {{variables}}',
  subjectOfOtherTarget: '{{subject}} belongs to {{target}}',
  faqItemOnlyForFaq: 'only a FAQ change names a FAQ item',
  sameAsInForce: 'is the same as the text in force',
  proposedTextNeedsSubject: 'needs a subject',
  appliedTextOnlyOnApproval: 'is only for approving a proposed text',
  autoReplyTaken: 'another template of this client is its auto-acknowledgment',

  // ---- clients ------------------------------------------------------------------------
  closesAtMost: 'closes at most {{days}} days in a row',
  requiredForReportMethod: 'is required when reports go by {{method}}',
  /** Coverage windows: the other window by its place and its hours. */
  overlaps: 'overlaps {{window}} ({{day}} {{start}}–{{end}})',

  // ---- plans, contracts and options ---------------------------------------------------
  priceExists: '{{plan}} already has a price from {{date}}',
  contractOverlap: 'the client already has a contract for these dates',
  afterCurrentTerm: 'must be after the current term, which starts {{date}}',
  afterContractEnd: 'is after the contract ends ({{date}})',
  faqLimit: '{{plan}} allows at most {{limit}} enabled FAQ items',
  faqNotInPlan: '{{plan}} does not include FAQ answering (limit 0)',
  faqOverPlanLimit:
    '{{plan}} allows at most {{limit}} enabled FAQ items; {{enabled}} are enabled: disable some first',
  withinContract: 'must fall within the contract ({{start}}–{{end}})',
  optionEnded: 'the option already ended on {{date}}',
  notClientTollFree: "is not one of this client's toll-free numbers",
  alreadyCharged: 'is already charged from {{date}}',
  notForRent: '{{model}} is not rented, only sold',
  noContractToday: 'has no contract in force today',
  noPlanToday: 'has no plan in force today',
  advanceBillingOnly: 'only advance billing is supported',
  paymentTermDays: 'payment term must be 1–{{max}} days after issue',

  // ---- numbers ------------------------------------------------------------------------
  forwardingTollFreeOnly: 'only a toll-free number forwards',
  tollFreeNeedsClient: 'a toll-free number belongs to a client',
  tollFreeNeedsForwarding: 'an active toll-free number needs the fixed number it forwards to',
  numberHeld: '{{number}} is already held; it must be released first',
  numberStatusTransition: 'cannot go from {{from}} to {{to}}',
  representativeOverDirect:
    'representative numbers ({{representative}}) cannot exceed direct numbers (IDs: {{direct}})',
  approvalNoteRequired:
    'more than {{limit}} representative numbers need an approval note stating the purpose',

  // ---- billing ------------------------------------------------------------------------
  positiveYen: 'must be a positive amount of yen',
  nonZeroYen: 'must be a non-zero amount of yen',
  nothingToRefund: 'nothing to refund',
  nothingAtRate: 'the invoice has nothing at {{rate}}%',
  refundOverRemaining: 'at most {{remaining}} yen remain to refund at {{rate}}%',
  notIssuedInvoice: 'is not an issued invoice',
  /** A bank file (全銀) that is not a statement Dengon reads; `detail` says what, in English. */
  bankFileUnreadable: '{{fileName}}: record {{line}}: {{detail}}',

  // ---- dispatch -----------------------------------------------------------------------
  planExcludesDispatch: "the client's plan {{plan}} does not include dispatch",
  notActiveContractor: 'is not an active contractor of this client',
  noContractorFound: 'no contractor does {{category}} at {{siteAddress}}: choose one',
  overrideReasonRequired: 'is required when not taking the proposed contractor ({{proposed}})',
  linkIsForContractor: 'the link is for the contractor',
  phoneNotSendable: 'a phone is called, not sent to: record the reply instead',
} as const satisfies Record<string, string>;

export type FieldRule = keyof typeof FIELD_RULES;

/** A value a rule's sentence names: a figure, a word, or a list of them. */
export type FieldRuleArg = string | number | readonly (string | number)[];

/** The names `{{name}}` in a sentence. */
type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The args a rule's sentence needs, by name: none for most, so none are given. */
export type FieldRuleArgs<R extends FieldRule = FieldRule> = Readonly<
  Record<Placeholders<(typeof FIELD_RULES)[R]>, FieldRuleArg>
>;

/** What a call names after the rule: its args when its sentence has any, else nothing. */
export type FieldRuleArgsOf<R extends FieldRule> = [Placeholders<(typeof FIELD_RULES)[R]>] extends [
  never,
]
  ? []
  : [args: FieldRuleArgs<R>];

/** A refusal by a rule: the rule, the args its sentence needs, and that sentence in English. */
export interface FieldRefusal {
  rule: FieldRule;
  /** The values the sentence names (`{{hz}}` → `{ hz: 44100 }`); absent when it names none. */
  args?: Readonly<Record<string, FieldRuleArg>>;
  message: string;
}

/**
 * A field refused, and why: `field` its path in the input, `label` its
 * Japanese name where the field's key does not say it (a script's own
 * intake fields), and the refusal.
 */
export interface FieldProblem extends FieldRefusal {
  field: string;
  label?: string;
}

export function isFieldRule(name: unknown): name is FieldRule {
  return typeof name === 'string' && Object.hasOwn(FIELD_RULES, name);
}

/** A rule's English sentence with its args in place: a list is joined with commas. */
export function fieldRuleMessage(
  rule: FieldRule,
  args: Readonly<Record<string, FieldRuleArg>> = {},
): string {
  return FIELD_RULES[rule].replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(args, name) ? args[name] : undefined;
    if (value === undefined) return placeholder;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** A refusal by the rule, with the args its sentence needs: `refusal('sampleRateOutOfRange', { hz: 44100 })`. */
export function refusal<R extends FieldRule>(rule: R, ...[args]: FieldRuleArgsOf<R>): FieldRefusal {
  const named = args as Readonly<Record<string, FieldRuleArg>> | undefined;
  return { rule, ...(named && { args: named }), message: fieldRuleMessage(rule, named) };
}

/** A field refused by the rule: `fieldProblem('email', 'alreadyInUse')`. */
export function fieldProblem<R extends FieldRule>(
  field: string,
  rule: R,
  ...args: FieldRuleArgsOf<R>
): FieldProblem {
  return { field, ...refusal(rule, ...args) };
}
