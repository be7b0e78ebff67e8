import { type Role } from '@dengon/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badField, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Sealer } from '../common/sealed';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { User } from '../auth/user.entity';

/** A code is accepted one 30-second step early or late, for clocks that drift. */
const TOLERANCE_SECONDS = 30;

@ObjectType({
  description: 'A new TOTP key to add to an authenticator app, not in force until confirmed',
})
export class TwoFactorSetup {
  @Field({ description: 'The key in Base32, for typing in by hand' })
  secret!: string;

  @Field({ description: 'otpauth:// URI, the content of the QR code' })
  uri!: string;

  @Field({ description: 'The QR code as an SVG image' })
  qrSvg!: string;
}

/** What a sign-in's second factor came to. */
export type SecondFactor =
  | { kind: 'not-used' }
  | { kind: 'missing' }
  | { kind: 'wrong' }
  | { kind: 'accepted'; step: number };

/**
 * Two-factor sign-in with TOTP (RFC 6238, otplib): a user adds a key to an
 * authenticator app and confirms a code from it; from then on signing in
 * takes the password and a current code, and a code is never accepted
 * twice. Roles in TWO_FACTOR_REQUIRED_ROLES must set it up before anything
 * else (the access token says so, the guard holds them to it) and cannot
 * turn it off; the back office can reset it for someone who lost their phone.
 */
@Injectable()
export class TwoFactor {
  private readonly sealer: Sealer;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sealer = new Sealer(config.dataEncryptionKey);
  }

  required(role: Role): boolean {
    return this.config.TWO_FACTOR_REQUIRED_ROLES.includes(role);
  }

  /** Whether a user must set up two-factor sign-in before anything else. */
  setupDue(user: Pick<User, 'role' | 'totpSecret'>): boolean {
    return this.required(user.role) && user.totpSecret === null;
  }

  /** Setup, step 1: a new key, shown once; the one in force (if any) stays until a code confirms the new one. */
  start(ctx: RequestContext): Promise<TwoFactorSetup> {
    return this.db.transaction(ctx, async (em) => {
      const user = await lockedSelf(em, ctx);
      const secret = generateSecret();
      const uri = generateURI({ issuer: this.config.SERVICE_NAME, label: user.email, secret });
      await em.update(User, user.id, { totpPendingSecret: this.sealer.seal(secret) });
      return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
    });
  }

  /** Setup, step 2: a current code from the new key puts it in force. */
  confirm(ctx: RequestContext, code: string): Promise<User> {
    return this.db.transaction(ctx, async (em) => {
      const user = await lockedSelf(em, ctx);
      if (!user.totpPendingSecret)
        throw violated('TWO_FACTOR_NOT_STARTED', 'Start the setup first: no key was shown');
      const step = await this.accepted(user.totpPendingSecret, code, null);
      if (step === null) throw badField('code', 'notCurrentCodeOfNewKey');
      Object.assign(user, {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastStep: step,
      });
      await em.save(user);
      await this.audit.record(em, ctx, {
        action: 'user.two_factor_enabled',
        entityType: 'User',
        entityId: user.id,
        clientCompanyId: user.clientCompanyId,
      });
      return user;
    });
  }

  /** Turns two-factor sign-in off with a current code; refused for roles that must keep it. */
  disable(ctx: RequestContext, code: string): Promise<User> {
    return this.db.transaction(ctx, async (em) => {
      const user = await lockedSelf(em, ctx);
      if (this.required(user.role))
        throw violated(
          'TWO_FACTOR_REQUIRED_FOR_ROLE',
          `Role ${user.role} must keep two-factor sign-in`,
        );
      if (!user.totpSecret) return user;
      const step = await this.accepted(user.totpSecret, code, user.totpLastStep);
      if (step === null) throw badField('code', 'notCurrentCode');
      await this.turnOff(em, ctx, user, 'user.two_factor_disabled');
      return user;
    });
  }

  /**
   * Back office, for a user who lost their authenticator: off, every session
   * ended, and set up again at the next sign-in where the role requires it.
   */
  async reset(em: EntityManager, ctx: RequestContext, user: User): Promise<void> {
    user.sessionVersion += 1;
    await this.turnOff(em, ctx, user, 'user.two_factor_reset');
  }

  /** The second factor of a sign-in whose password was right. */
  async atSignIn(user: User, code: string | undefined): Promise<SecondFactor> {
    if (!user.totpSecret) return { kind: 'not-used' };
    if (!code) return { kind: 'missing' };
    const step = await this.accepted(user.totpSecret, code, user.totpLastStep);
    return step === null ? { kind: 'wrong' } : { kind: 'accepted', step };
  }

  /** The time step of a valid code after `after` (never one used before), or null. */
  private async accepted(
    sealed: string,
    code: string,
    after: number | null,
  ): Promise<number | null> {
    if (!/^\d{6}$/.test(code)) return null;
    const result = await verify({
      secret: this.sealer.open(sealed),
      token: code,
      epochTolerance: TOLERANCE_SECONDS,
      ...(after !== null && { afterTimeStep: after }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }

  private async turnOff(
    em: EntityManager,
    ctx: RequestContext,
    user: User,
    action: string,
  ): Promise<void> {
    Object.assign(user, {
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    await em.save(user);
    await this.audit.record(em, ctx, {
      action,
      entityType: 'User',
      entityId: user.id,
      clientCompanyId: user.clientCompanyId,
    });
  }
}

async function lockedSelf(em: EntityManager, ctx: RequestContext): Promise<User> {
  const user = await em.findOne(User, {
    where: { id: ctx.actor.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!user) throw notFound('User');
  return user;
}
