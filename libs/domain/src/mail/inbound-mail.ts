import { type FieldRefusal, refusal } from '../text/field-rules';

/**
 * Mail and fax that arrive (issue 14): e-mail sent to a client's intake
 * address under the service's domain, and faxes the carrier mails as PDF or
 * TIFF attachments (fax-to-mail, the usual Japanese route) to an address of
 * kind FAX. Each becomes an intake record for its client where the plan or a
 * contract option includes mail handling; otherwise it is kept for the back
 * office and offered to nobody.
 */
export const INBOUND_ADDRESS_KINDS = ['EMAIL', 'FAX'] as const;
export type InboundAddressKind = (typeof INBOUND_ADDRESS_KINDS)[number];

export const INBOUND_MAIL_STATUSES = ['OFFERED', 'HELD', 'REFUSED'] as const;
/** OFFERED: an intake record was made. HELD: kept, not offered (see the reason). REFUSED: not taken. */
export type InboundMailStatus = (typeof INBOUND_MAIL_STATUSES)[number];

export const INBOUND_MAIL_REASONS = [
  'NO_MAIL_HANDLING',
  'UNKNOWN_ADDRESS',
  'TOO_LARGE',
  'NO_FAX_PAGES',
] as const;
export type InboundMailReason = (typeof INBOUND_MAIL_REASONS)[number];

/** What a message may weigh, whole, before the listener refuses it (552). */
export const INBOUND_MAX_BYTES = 25 * 1024 * 1024;

export type AddressCheck = { ok: true; address: string } | { ok: false; refused: FieldRefusal };

/**
 * An intake address as stored: lower-case, one `local@domain`, the local part
 * of letters, digits and . _ + - (what people can type and carriers accept).
 */
export function checkInboundAddress(input: string): AddressCheck {
  const address = input.normalize('NFKC').trim().toLowerCase();
  const match = /^([a-z0-9][a-z0-9._+-]{0,63})@([a-z0-9-]+(\.[a-z0-9-]+)+)$/.exec(address);
  if (!match) return { ok: false, refused: refusal('isEmail') };
  if (match[1]!.endsWith('.') || match[1]!.includes('..'))
    return { ok: false, refused: refusal('emailDotMisplaced') };
  return { ok: true, address };
}

/** An address is one of the service's when its domain is the intake domain or under it. */
export function isServiceAddress(address: string, domain: string): boolean {
  const at = address.lastIndexOf('@');
  const host = address.slice(at + 1).toLowerCase();
  const own = domain.toLowerCase();
  return at > 0 && (host === own || host.endsWith(`.${own}`));
}

const FAX_PAGES = new Set(['application/pdf', 'image/tiff', 'image/tif']);

/** The attachments of a fax-to-mail that hold its pages (PDF or TIFF). */
export function faxPages<T extends { contentType: string; fileName: string }>(
  attachments: readonly T[],
): T[] {
  return attachments.filter(
    (a) => FAX_PAGES.has(a.contentType.toLowerCase()) || /\.(pdf|tiff?)$/i.test(a.fileName),
  );
}

/** What the intake record's memo says of a mail: who sent it, its subject, its text. */
export function mailIntakeMemo(mail: {
  kind: InboundAddressKind;
  from: string;
  subject: string;
  text: string;
  attachments: readonly string[];
  /** Where the client's routing rules send it (営業部), and whether a VIP sent it. */
  routing?: { department: string | null; vip: boolean };
}): string {
  const lines = [
    `${mail.kind === 'FAX' ? 'FAX受信' : 'メール受信'}: ${mail.from}${mail.routing?.vip ? '（VIP）' : ''}`,
    `件名: ${mail.subject || '（件名なし）'}`,
  ];
  if (mail.routing?.department) lines.push(`宛先部署: ${mail.routing.department}`);
  if (mail.attachments.length) lines.push(`添付: ${mail.attachments.join('、')}`);
  const body = mail.text.trim();
  return body ? `${lines.join('\n')}\n\n${body}` : lines.join('\n');
}

/**
 * Where a mail's text is usable. A Shift_JIS body declared as another
 * charset decodes into replacement characters: such a text is not shown as
 * if it were right.
 */
export function looksMisdecoded(text: string): boolean {
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 0 && bad >= Math.max(2, text.length / 50);
}

/** A client's own mailbox read over IMAP: not looked at yet, read, or failing (see its problem). */
export const MAILBOX_STATUSES = ['NEW', 'OK', 'FAILING'] as const;
export type MailboxStatus = (typeof MAILBOX_STATUSES)[number];

/** Why a mailbox could not be read: the back office acts differently on each. */
export const MAILBOX_PROBLEMS = [
  'SIGN_IN_REFUSED',
  'UNREACHABLE',
  'NO_SUCH_FOLDER',
  'OTHER',
] as const;
export type MailboxProblem = (typeof MAILBOX_PROBLEMS)[number];

/**
 * What an IMAP failure means for the back office: the server refused the
 * user name or password (it was changed: ask the client for the new one),
 * it could not be reached (address, port, TLS, or the server is down), or
 * the folder is not there.
 */
export function mailboxProblem(error: {
  authenticationFailed?: boolean;
  code?: string;
  serverResponseCode?: string;
  mailboxMissing?: boolean;
}): MailboxProblem {
  if (error.authenticationFailed || error.serverResponseCode === 'AUTHENTICATIONFAILED')
    return 'SIGN_IN_REFUSED';
  if (error.mailboxMissing || error.serverResponseCode === 'NONEXISTENT') return 'NO_SUCH_FOLDER';
  if (
    error.code &&
    [
      'ECONNREFUSED',
      'ENOTFOUND',
      'ETIMEDOUT',
      'ECONNRESET',
      'EHOSTUNREACH',
      'ETIMEOUT',
      'NoConnection',
    ].includes(error.code)
  )
    return 'UNREACHABLE';
  return 'OTHER';
}
