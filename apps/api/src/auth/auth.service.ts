import {
  AFTER_SUCCESS,
  DEFAULT_LOGIN_LOCK,
  SOURCE_LOCK_FAILURES,
  afterFailure,
  isLocked,
  signInDelayMs,
  sourceLocked,
} from '@dengon/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, MoreThan } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { tooManyRequests, unauthenticated, violated } from '../common/errors';
import { TwoFactor } from '../users/two-factor.service';
import { RequestContext, type SessionUser } from '../common/request-context';
import { Db } from '../database/db.service';
import { AuditService } from '../audit/audit.service';
import { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { AccessTokens } from './access-token';
import { LoginFailure } from './login-failure.entity';
import { timingDummyHash, verifyPassword } from './passwords';
import {
  findRefreshToken,
  issueRefreshToken,
  revokeFamily,
  type IssuedRefreshToken,
} from './refresh-tokens';
import { User } from './user.entity';
import { ClientCompany, ClientStatus } from '../clients/client-company.entity';

/** Nobody is signed in yet; then, one who holds only a refresh token. */
const SIGN_IN = RequestContext.system('sign-in');
const SESSIONS = RequestContext.system('refresh and sign-out');

export interface Session {
  accessToken: string;
  refreshToken: IssuedRefreshToken;
  user: User;
}

/** One message for every failed sign-in, so an answer never tells whether an account exists. */
const SIGN_IN_FAILED = 'Wrong e-mail or password, or the account is temporarily locked';
const ADDRESS_WINDOW_MS = 15 * 60 * 1000;

/**
 * Sign-in, rotation of refresh tokens and sign-out. These run before a
 * session exists, so they use Dengon's own (system) context.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly tokens: AccessTokens,
    private readonly audit: AuditService,
    private readonly delivery: Delivery,
    private readonly twoFactor: TwoFactor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in. Wrong passwords from one source slow that source down, then lock
   * the account for that source only: its owner signs in from elsewhere, is
   * told by e-mail, and the back office sees every failure in the audit log.
   */
  async login(
    ctx: RequestContext,
    email: string,
    password: string,
    code?: string,
  ): Promise<Session> {
    const now = new Date();
    const normalized = email.trim().toLowerCase();
    const lockMs = this.config.LOGIN_LOCK_MINUTES * 60_000;
    const fromSource = await this.db.transaction(SIGN_IN, (em) =>
      em.count(LoginFailure, {
        where: {
          address: ctx.address,
          email: normalized,
          createdAt: MoreThan(new Date(now.getTime() - lockMs)),
        },
      }),
    );
    // Waited before the account's row is locked, so a slowed source never delays its owner.
    await sleep(signInDelayMs(fromSource, this.config.LOGIN_SLOWDOWN_MS));
    const outcome = await this.db.transaction(SIGN_IN, async (em) => {
      const recentFailures = await em.count(LoginFailure, {
        where: {
          address: ctx.address,
          createdAt: MoreThan(new Date(now.getTime() - ADDRESS_WINDOW_MS)),
        },
      });
      if (recentFailures >= this.config.LOGIN_MAX_FAILURES_PER_ADDRESS)
        return { kind: 'throttled' as const };

      // Row lock: concurrent attempts on one account are counted one after the other.
      const user = await em.findOne(User, {
        where: { email: normalized },
        lock: { mode: 'pessimistic_write' },
      });
      const lock = user
        ? { failedAttempts: user.failedLoginCount, lockedUntil: user.lockedUntil }
        : null;
      const passwordOk = await verifyPassword(
        user?.passwordHash ?? (await timingDummyHash()),
        password,
      );

      const lockedHere = sourceLocked(fromSource);
      let wrongCode = false;
      if (user && lock && passwordOk && !isLocked(lock, now) && !lockedHere) {
        // The right password of a deactivated user or a terminated client: no session, no guess counted.
        if (!(await admitted(em, user))) return { kind: 'failed' as const };
        const second = await this.twoFactor.atSignIn(user, code);
        // Asking for the code counts no guess: the password was right.
        if (second.kind === 'missing') return { kind: 'code-needed' as const };
        if (second.kind !== 'wrong') {
          if (lock.failedAttempts > 0 || lock.lockedUntil || second.kind === 'accepted') {
            await em.update(User, user.id, {
              failedLoginCount: 0,
              lockedUntil: AFTER_SUCCESS.lockedUntil,
              ...(second.kind === 'accepted' && { totpLastStep: second.step }),
            });
          }
          const refreshToken = await issueRefreshToken(
            em,
            user.id,
            null,
            this.config.REFRESH_TOKEN_TTL_DAYS,
            now,
          );
          await this.audit.record(em, RequestContext.forUser(sessionOf(user), ctx.address), {
            action: 'auth.signed_in',
            entityType: 'User',
            entityId: user.id,
            clientCompanyId: user.clientCompanyId,
            after: { address: ctx.address, ...(second.kind === 'accepted' && { code: true }) },
          });
          return { kind: 'ok' as const, user, refreshToken };
        }
        wrongCode = true;
      }

      // Attempts on a lock do not stretch it.
      if (lockedHere) return { kind: 'failed' as const };
      await em.insert(LoginFailure, { address: ctx.address, email: normalized.slice(0, 320) });
      await this.audit.record(em, SIGN_IN, {
        action: 'auth.sign_in_failed',
        entityType: 'SignIn',
        entityId: normalized.slice(0, 320),
        clientCompanyId: user?.clientCompanyId ?? null,
        after: {
          address: ctx.address,
          knownAccount: user !== null,
          ...(wrongCode && { wrongCode }),
        },
      });
      if (user && lock) {
        const next = afterFailure(lock, now, { ...DEFAULT_LOGIN_LOCK, lockMs });
        await em.update(User, user.id, {
          failedLoginCount: next.failedAttempts,
          lockedUntil: next.lockedUntil,
        });
        const accountLockStarts = !isLocked(lock, now) && isLocked(next, now);
        const sourceLockStarts = fromSource + 1 === SOURCE_LOCK_FAILURES;
        if (accountLockStarts || sourceLockStarts)
          await this.locked(em, user, ctx.address, accountLockStarts, now);
      }
      return { kind: 'failed' as const };
    });

    if (outcome.kind === 'throttled')
      throw tooManyRequests('Too many failed sign-ins from this address; try later');
    if (outcome.kind === 'failed') throw unauthenticated(SIGN_IN_FAILED);
    if (outcome.kind === 'code-needed')
      throw violated('TWO_FACTOR_CODE_REQUIRED', 'Enter the code from your authenticator app');
    return {
      accessToken: this.accessToken(outcome.user),
      refreshToken: outcome.refreshToken,
      user: outcome.user,
    };
  }

  private accessToken(user: User): string {
    return this.tokens.sign(sessionOf(user), user.sessionVersion, this.twoFactor.setupDue(user));
  }

  /** A lock started: audited, and the account's owner is told by e-mail (once per lock). */
  private async locked(
    em: EntityManager,
    user: User,
    address: string,
    everywhere: boolean,
    now: Date,
  ): Promise<void> {
    await this.audit.record(em, SIGN_IN, {
      action: 'auth.locked',
      entityType: 'User',
      entityId: user.id,
      clientCompanyId: user.clientCompanyId,
      after: { address: everywhere ? null : address, minutes: this.config.LOGIN_LOCK_MINUTES },
    });
    const at = new Intl.DateTimeFormat('ja-JP', {
      timeZone: 'Asia/Tokyo',
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(now);
    await this.delivery.queue(em, {
      dedupeKey: `lock:${user.id}:${everywhere ? '*' : address}:${Math.floor(now.getTime() / 60_000)}`,
      channel: MessageChannel.EMAIL,
      recipient: user.email,
      clientCompanyId: user.clientCompanyId,
      purpose: MessagePurpose.SECURITY_NOTICE,
      relatedId: user.id,
      subject: '【Dengon】ログインを一時的に制限しました',
      body: [
        `${user.name} 様`,
        '',
        `${at}、お客様のアカウント（${user.email}）で誤ったパスワードによるログインが続いたため、` +
          (everywhere
            ? `すべての接続元からのログインを ${this.config.LOGIN_LOCK_MINUTES} 分間制限しました。`
            : `接続元 ${address} からのログインを ${this.config.LOGIN_LOCK_MINUTES} 分間制限しました。ほかの場所からは通常どおりログインできます。`),
        '',
        'お心当たりがない場合は、パスワードを変更し、管理者にご連絡ください。',
        '',
        this.config.SERVICE_NAME,
      ].join('\n'),
    });
  }

  /** Exchanges a refresh token for a new pair. A token used twice revokes its whole family. */
  async refresh(presented: string | undefined): Promise<Session> {
    if (!presented) throw unauthenticated('No refresh token');
    const now = new Date();
    const outcome = await this.db.transaction(SESSIONS, async (em) => {
      const row = await findRefreshToken(em, presented);
      if (!row || row.revokedAt || row.expiresAt <= now) return null;
      if (row.replacedAt) {
        await revokeFamily(em, row.familyId, now);
        return null;
      }
      const user = await em.findOneBy(User, { id: row.userId });
      if (!user || !(await admitted(em, user))) return null;
      row.replacedAt = now;
      await em.save(row);
      const refreshToken = await issueRefreshToken(
        em,
        user.id,
        row.familyId,
        this.config.REFRESH_TOKEN_TTL_DAYS,
        now,
      );
      return { user, refreshToken };
    });
    if (!outcome) throw unauthenticated('Refresh token is invalid, expired or already used');
    return { accessToken: this.accessToken(outcome.user), ...outcome };
  }

  async logout(presented: string | undefined): Promise<void> {
    if (!presented) return;
    await this.db.transaction(SESSIONS, async (em) => {
      const row = await findRefreshToken(em, presented);
      if (!row) return;
      await revokeFamily(em, row.familyId, new Date());
      // Signing out ends the access tokens already given out too, on the next request.
      await endSessions(em, { id: row.userId });
    });
  }
}

/** Signing in is for active users of clients that are not terminated. */
export async function admitted(em: EntityManager, user: User): Promise<boolean> {
  if (!user.active) return false;
  if (!user.clientCompanyId) return true;
  const client = await em.findOneBy(ClientCompany, { id: user.clientCompanyId });
  return client !== null && client.status !== ClientStatus.TERMINATED;
}

/** Ends every session of the users matched: their tokens are refused from the next request on. */
export async function endSessions(
  em: EntityManager,
  users: { id: string } | { clientCompanyId: string },
): Promise<void> {
  await em.increment(User, users, 'sessionVersion', 1);
}

export const sessionOf = (user: User): SessionUser => ({
  id: user.id,
  role: user.role,
  clientCompanyId: user.clientCompanyId,
  grantedPermissions: user.grantedPermissions,
});
