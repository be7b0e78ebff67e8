import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

/** A refresh token as the browser holds it: `<row id>.<secret>`. */
export interface IssuedRefreshToken {
  value: string;
  expiresAt: Date;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export async function issueRefreshToken(
  em: EntityManager,
  userId: string,
  familyId: string | null,
  ttlDays: number,
  now: Date,
): Promise<IssuedRefreshToken> {
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlDays * 86_400_000);
  const row = await em.save(
    em.create(RefreshToken, {
      userId,
      familyId: familyId ?? randomUUID(),
      tokenHash: sha256(secret),
      expiresAt,
      replacedAt: null,
      revokedAt: null,
    }),
  );
  return { value: `${row.id}.${secret}`, expiresAt };
}

/** The stored row for a presented token, locked for this transaction; null if it matches none. */
export async function findRefreshToken(
  em: EntityManager,
  value: string,
): Promise<RefreshToken | null> {
  const [id, secret] = value.split('.');
  if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const row = await em.findOne(RefreshToken, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) return null;
  const presented = sha256(secret);
  return presented.length === row.tokenHash.length && timingSafeEqual(presented, row.tokenHash)
    ? row
    : null;
}

export async function revokeFamily(em: EntityManager, familyId: string, now: Date): Promise<void> {
  await em
    .createQueryBuilder()
    .update(RefreshToken)
    .set({ revokedAt: now })
    .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
    .execute();
}
