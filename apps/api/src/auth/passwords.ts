import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';
import type { User } from './user.entity';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  argon2.verify(hash, password);

/** Verifying against this when the account does not exist keeps both answers equally slow. */
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = (): Promise<string> =>
  (dummyHash ??= hashPassword('dengon-no-such-user'));

/** A new password: the lock lifted, every session and refresh token of the user ended. */
export async function replacePassword(
  em: EntityManager,
  user: User,
  passwordHash: string,
): Promise<void> {
  Object.assign(user, {
    passwordHash,
    failedLoginCount: 0,
    lockedUntil: null,
    sessionVersion: user.sessionVersion + 1,
  });
  await em.save(user);
  await em
    .createQueryBuilder()
    .update(RefreshToken)
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :id AND revoked_at IS NULL', { id: user.id })
    .execute();
}
