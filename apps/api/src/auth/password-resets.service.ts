import { Inject, Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import { hashPassword, replacePassword } from './passwords';
import { PasswordResetLink } from './password-reset-link.entity';
import { issueLink, tokenHash } from './reset-links';
import { admitted } from './auth.service';
import { User } from './user.entity';

/** Nobody is signed in: the links belong to Dengon itself, like sign-in. */
const RESETS = RequestContext.system('password reset');
/** One link a minute per user at most, so nobody can flood a mailbox. */
const RESEND_AFTER_MS = 60_000;

/**
 * Password reset by e-mailed link: asked for with an e-mail address (the
 * answer is the same whether an account exists), used once, until it
 * expires (PASSWORD_RESET_TTL_MINUTES). Only the newest link of a user
 * works. Setting the password lifts a lock and ends every session.
 */
@Injectable()
export class PasswordResets {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly delivery: Delivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(ctx: RequestContext, email: string): Promise<void> {
    const now = new Date();
    await this.db.transaction(RESETS, async (em) => {
      const user = await em.findOne(User, {
        where: { email: email.trim().toLowerCase() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || !(await admitted(em, user))) return;
      const recent = await em.existsBy(PasswordResetLink, {
        userId: user.id,
        createdAt: MoreThan(new Date(now.getTime() - RESEND_AFTER_MS)),
      });
      if (recent) return;
      await issueLink(em, this.delivery, this.config, user, {
        kind: 'reset',
        address: ctx.address,
        now,
      });
      await this.audit.record(em, RESETS, {
        action: 'user.password_reset_requested',
        entityType: 'User',
        entityId: user.id,
        clientCompanyId: user.clientCompanyId,
        after: { address: ctx.address },
      });
    });
  }

  /** Sets the password of a link's user; a link unknown, used or expired is refused. */
  async reset(ctx: RequestContext, token: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(RESETS, async (em) => {
      const link = await em.findOne(PasswordResetLink, {
        where: { tokenHash: tokenHash(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!link || link.usedAt || link.expiresAt <= new Date())
        throw violated('RESET_LINK_INVALID', 'The link is unknown, used or expired');
      const user = await em.findOne(User, {
        where: { id: link.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || !(await admitted(em, user)))
        throw violated('RESET_LINK_INVALID', 'The account of the link cannot sign in');
      await em.update(PasswordResetLink, link.id, { usedAt: new Date() });
      await replacePassword(em, user, passwordHash);
      await this.audit.record(em, RESETS, {
        action: 'user.password_reset_by_link',
        entityType: 'User',
        entityId: user.id,
        clientCompanyId: user.clientCompanyId,
        after: { address: ctx.address },
      });
    });
  }
}
