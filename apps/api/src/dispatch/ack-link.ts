import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The link a contractor opens to acknowledge a dispatch, without signing in:
 * it names one dispatch and the contractor it was sent to (a link sent to a
 * contractor the dispatch has since moved on from acknowledges nothing),
 * expires, and serves this one purpose (the purpose is part of what is signed).
 */
const PURPOSE = 'dispatch-ack';

export type AckLinkCheck =
  | { ok: true; dispatchId: string; contractorId: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'tampered' | 'expired' };

const sign = (secret: string, subject: string, expires: number) =>
  createHmac('sha256', secret).update(`${PURPOSE}:${subject}:${expires}`).digest('base64url');

export function ackToken(
  secret: string,
  dispatchId: string,
  contractorId: string,
  expiresAt: Date,
): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  const subject = `${dispatchId}.${contractorId}`;
  return `${subject}.${expires}.${sign(secret, subject, expires)}`;
}

export function checkAckToken(secret: string, token: string, now = new Date()): AckLinkCheck {
  const match = /^([0-9a-f-]{36})\.([0-9a-f-]{36})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'malformed' };
  const [dispatchId, contractorId, expiresText, signature] = match.slice(1) as [
    string,
    string,
    string,
    string,
  ];
  const expected = Buffer.from(sign(secret, `${dispatchId}.${contractorId}`, Number(expiresText)));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'tampered' };
  const expiresAt = new Date(Number(expiresText) * 1000);
  if (expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, dispatchId, contractorId, expiresAt };
}
