import { normalizeForSearch } from '../faq/search';

/**
 * A client's rules for the mail that comes in: a keyword in the subject
 * sends it to a department (見積 → 営業部), a sender's domain makes it a
 * VIP's, answered before the rest, and a fax carrier's sender (an address,
 * or a domain) makes it a fax-to-mail, whatever address it came to.
 */
export type MailRoutingRule =
  | { kind: 'SUBJECT_KEYWORD'; pattern: string; department: string }
  | { kind: 'VIP_DOMAIN'; pattern: string }
  | { kind: 'FAX_SENDER'; pattern: string };

export const MAIL_ROUTING_KINDS = ['SUBJECT_KEYWORD', 'VIP_DOMAIN', 'FAX_SENDER'] as const;
export type MailRoutingKind = (typeof MAIL_ROUTING_KINDS)[number];

export interface MailRouting {
  /** The first department whose keyword the subject holds; else the intake address's own label, if any. */
  department: string | null;
  vip: boolean;
  /** Sent by the client's fax carrier: its attachments are a fax's pages. */
  fax: boolean;
}

/**
 * Where a mail goes by its client's rules. Keywords match however the
 * subject is written (全角/半角, upper or lower case); a domain matches the
 * sender's domain and its subdomains (example.co.jp takes mail.example.co.jp).
 */
export function routeMail(
  mail: { subject: string; from: string; addressLabel?: string | null },
  rules: readonly MailRoutingRule[],
): MailRouting {
  const subject = normalizeForSearch(mail.subject);
  const keyword = rules.find(
    (rule): rule is Extract<MailRoutingRule, { kind: 'SUBJECT_KEYWORD' }> => {
      const word = normalizeForSearch(rule.pattern).trim();
      return rule.kind === 'SUBJECT_KEYWORD' && word !== '' && subject.includes(word);
    },
  );
  const from = mail.from.toLowerCase();
  const domain = from.split('@')[1] ?? '';
  const inDomain = (pattern: string) =>
    domain !== '' && (domain === pattern || domain.endsWith(`.${pattern}`));
  const vip = rules.some(
    (rule) => rule.kind === 'VIP_DOMAIN' && inDomain(rule.pattern.toLowerCase()),
  );
  const fax = rules.some((rule) => {
    const pattern = rule.pattern.toLowerCase();
    return (
      rule.kind === 'FAX_SENDER' && (pattern.includes('@') ? from === pattern : inDomain(pattern))
    );
  });
  return { department: keyword?.department ?? (mail.addressLabel || null), vip, fax };
}

/** A sender domain as a rule takes it: lower case, no @, at least one dot. */
export function checkVipDomain(input: string): string | null {
  const domain = input.trim().toLowerCase().replace(/^@/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}

/** A fax carrier's sender as a rule takes it: an address (fax@carrier.example) or a domain, lower case. */
export function checkFaxSender(input: string): string | null {
  const sender = input.trim().toLowerCase();
  const at = sender.lastIndexOf('@');
  if (at <= 0) return checkVipDomain(sender);
  const domain = checkVipDomain(sender.slice(at + 1));
  return domain && /^[a-z0-9._+-]+$/.test(sender.slice(0, at))
    ? `${sender.slice(0, at)}@${domain}`
    : null;
}
