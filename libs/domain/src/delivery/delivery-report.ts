/**
 * Delivery reports: what comes back after a message has left. Mail servers
 * answer with RFC 3464 delivery status notifications (bounces); internet-fax
 * gateways mail a result in Japanese (「FAX送信が成功しました/失敗しました」).
 * Both are read here into one outcome for the message they are about.
 */
export type ReportOutcome = 'DELIVERED' | 'BOUNCED' | 'DELAYED';

/** One recipient's block of a message/delivery-status part. */
export interface RecipientStatus {
  recipient: string | null;
  action: string;
  /** The enhanced status code, e.g. 5.1.1. */
  status: string | null;
  diagnostic: string | null;
}

/** The per-recipient blocks of a message/delivery-status body (RFC 3464 §2.3). */
export function readDeliveryStatus(text: string): RecipientStatus[] {
  const blocks = text
    .replace(/\r\n/g, '\n')
    // Folded lines continue the field above them.
    .replace(/\n[ \t]+/g, ' ')
    .split(/\n\s*\n/);
  const recipients: RecipientStatus[] = [];
  for (const block of blocks) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0)
        fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const action = fields.get('action')?.toLowerCase();
    if (!action) continue; // the per-message block
    recipients.push({
      recipient: addressOf(fields.get('final-recipient') ?? fields.get('original-recipient')),
      action,
      status: fields.get('status') ?? null,
      diagnostic: addressOf(fields.get('diagnostic-code')),
    });
  }
  return recipients;
}

/** 'rfc822; a@b' → 'a@b', 'smtp; 550 …' → '550 …': the type before the semicolon says nothing we use. */
function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  return (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim() || null;
}

/**
 * What a recipient's action means for the message. 'relayed' (handed to a
 * system that sends no reports) and 'expanded' (a mailing list) say nothing
 * about arrival, so they change nothing.
 */
export function outcomeOfAction(action: string): ReportOutcome | null {
  switch (action) {
    case 'failed':
      return 'BOUNCED';
    case 'delivered':
      return 'DELIVERED';
    case 'delayed':
      return 'DELAYED';
    default:
      return null;
  }
}

// Failure words are tested first: 「送信できませんでした」 must not read as success.
const FAX_FAILED =
  /失敗|エラー|不達|送信できません|話中|応答なし|\b(fail(ed|ure)?|error|busy|no answer|undeliver(ed|able))\b/i;
const FAX_SENT = /成功|完了|送信しました|\b(success(ful(ly)?)?|succeeded|delivered|completed)\b/i;

/** The outcome a fax gateway's result mail states, or null when it states none. */
export function faxResultOutcome(subject: string, text: string): ReportOutcome | null {
  for (const part of [subject, text]) {
    if (FAX_FAILED.test(part)) return 'BOUNCED';
    if (FAX_SENT.test(part)) return 'DELIVERED';
  }
  return null;
}

const MESSAGE_ID = /<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@dengon>/gi;

/** Dengon's outbound message ids named in a text (our Message-ID is `<id@dengon>`), in order, once each. */
export function dengonMessageIds(text: string): string[] {
  return [...new Set([...text.matchAll(MESSAGE_ID)].map((m) => m[1]!.toLowerCase()))];
}
