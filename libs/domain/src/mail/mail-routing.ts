import { normalizeForSearch } from '../faq/search';

/**
 * A client's rules for the mail that comes in: a keyword in the subject
 * sends it to a department (見積 → 営業部), and a sender's domain makes it
 * a VIP's, answered before the rest.
 */
export type MailRoutingRule =
  | { kind: 'SUBJECT_KEYWORD'; pattern: string; department: string }
  | { kind: 'VIP_DOMAIN'; pattern: string };

export const MAIL_ROUTING_KINDS = ['SUBJECT_KEYWORD', 'VIP_DOMAIN'] as const;
export type MailRoutingKind = (typeof MAIL_ROUTING_KINDS)[number];

export interface MailRouting {
  /** The first department whose keyword the subject holds; else the intake address's own label, if any. */
  department: string | null;
  vip: boolean;
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
  const domain = mail.from.toLowerCase().split('@')[1] ?? '';
  const vip = rules.some(
    (rule) =>
      rule.kind === 'VIP_DOMAIN' &&
      domain !== '' &&
      (domain === rule.pattern.toLowerCase() || domain.endsWith(`.${rule.pattern.toLowerCase()}`)),
  );
  return { department: keyword?.department ?? (mail.addressLabel || null), vip };
}

/** A sender domain as a rule takes it: lower case, no @, at least one dot. */
export function checkVipDomain(input: string): string | null {
  const domain = input.trim().toLowerCase().replace(/^@/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}
