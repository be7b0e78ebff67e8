import { createHmac, timingSafeEqual } from 'node:crypto';

/** `sha256=` + hex HMAC-SHA256 of `${timestamp}.${body}`: the provider-neutral event signature. */
export function eventSignature(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type EventCheck = 'ok' | 'missing' | 'stale' | 'mismatch';

export function checkEventSignature(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  body: Buffer,
  now: Date,
  maxSkewSeconds: number,
): EventCheck {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return 'missing';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > maxSkewSeconds) return 'stale';
  const expected = Buffer.from(eventSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? 'ok' : 'mismatch';
}
