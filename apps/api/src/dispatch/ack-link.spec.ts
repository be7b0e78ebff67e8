import { ackToken, checkAckToken } from './ack-link';

const SECRET = 'a-secret-long-enough-for-hmac-signing-0123';
const ID = '3f2b8c1e-8a4d-4e1b-9c3a-2d5e6f708192';
const CONTRACTOR = '9a8b7c6d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const now = new Date('2026-11-22T00:00:00Z');
const inAWeek = new Date('2026-11-29T00:00:00Z');

describe('acknowledgment links', () => {
  it('names its dispatch until it expires', () => {
    const token = ackToken(SECRET, ID, CONTRACTOR, inAWeek);
    expect(checkAckToken(SECRET, token, now)).toEqual({
      ok: true,
      dispatchId: ID,
      contractorId: CONTRACTOR,
      expiresAt: inAWeek,
    });
  });

  it('is refused once expired', () => {
    const token = ackToken(SECRET, ID, CONTRACTOR, inAWeek);
    expect(checkAckToken(SECRET, token, inAWeek)).toEqual({ ok: false, reason: 'expired' });
  });

  it('is refused when any part is changed: another dispatch or contractor, a later expiry, or another secret', () => {
    const token = ackToken(SECRET, ID, CONTRACTOR, inAWeek);
    const [, , expires, signature] = token.split('.');
    const other = `4f2b8c1e-8a4d-4e1b-9c3a-2d5e6f708192.${CONTRACTOR}.${expires}.${signature}`;
    expect(checkAckToken(SECRET, other, now)).toEqual({ ok: false, reason: 'tampered' });
    const otherContractor = `${ID}.${ID}.${expires}.${signature}`;
    expect(checkAckToken(SECRET, otherContractor, now)).toEqual({ ok: false, reason: 'tampered' });
    const later = `${ID}.${CONTRACTOR}.${Number(expires) + 86_400}.${signature}`;
    expect(checkAckToken(SECRET, later, now)).toEqual({ ok: false, reason: 'tampered' });
    expect(checkAckToken(`${SECRET}x`, token, now)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('is refused when it is not a token at all', () => {
    for (const junk of ['', 'abc', `${ID}.x.y`, `${ID}.${CONTRACTOR}.1.${'a'.repeat(42)}`])
      expect(checkAckToken(SECRET, junk, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
