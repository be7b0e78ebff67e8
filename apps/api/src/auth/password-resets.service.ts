import { isClientRole } from '@dengon/domain';
import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig, publicBaseUrl } from '../config/config';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { hashPassword, replacePassword } from './passwords';
import { PasswordResetLink } from './password-reset-link.entity';
import { admitted } from './auth.service';
import { User } from './user.entity';

/** Nobody is signed in: the links belong to Dengon itself, like sign-in. */
const RESETS = RequestContext.system('password reset');
/** One link a minute per user at most, so nobody can flood a mailbox. */
const RESEND_AFTER_MS = 60_000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

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
      // Earlier links stop working: only the one in the newest mail does.
      await em.update(
        PasswordResetLink,
        { userId: user.id, usedAt: IsNull(), expiresAt: MoreThan(now) },
        { expiresAt: now },
      );
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + this.config.PASSWORD_RESET_TTL_MINUTES * 60_000);
      await em.insert(PasswordResetLink, {
        userId: user.id,
        tokenHash: tokenHash(token),
        expiresAt,
      });
      const app = isClientRole(user.role) ? 'portal' : 'console';
      // The token rides in the fragment: it never reaches a server log or a Referer header.
      const url = `${publicBaseUrl(this.config)}/${app}/reset-password#token=${token}`;
      await this.delivery.queue(em, {
        dedupeKey: `password-reset:${tokenHash(token)}`,
        channel: MessageChannel.EMAIL,
        recipient: user.email,
        clientCompanyId: user.clientCompanyId,
        purpose: MessagePurpose.SECURITY_NOTICE,
        relatedId: user.id,
        ...this.mail(user, url, expiresAt, ctx.address),
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

  private mail(user: User, url: string, expiresAt: Date, address: string) {
    const english = user.locale === 'en';
    const until = new Intl.DateTimeFormat(english ? 'en-GB' : 'ja-JP', {
      timeZone: 'Asia/Tokyo',
      dateStyle: english ? 'medium' : 'long',
      timeStyle: 'short',
    }).format(expiresAt);
    const minutes = this.config.PASSWORD_RESET_TTL_MINUTES;
    const service = this.config.SERVICE_NAME;
    return english
      ? {
          subject: `[Dengon] Resetting your password`,
          body: [
            `Dear ${user.name},`,
            '',
            `Someone (from ${address}) asked to reset the password of ${user.email}.`,
            `Open this link within ${minutes} minutes (until ${until}, Japan time) to set a new one:`,
            '',
            url,
            '',
            'The link works once. If you did not ask for it, ignore this mail: your password stays as it is.',
            '',
            service,
          ].join('\n'),
        }
      : {
          subject: '【Dengon】パスワード再設定のご案内',
          body: [
            `${user.name} 様`,
            '',
            `お客様のアカウント（${user.email}）のパスワード再設定のお申し込みを受け付けました（接続元 ${address}）。`,
            `${minutes} 分以内（${until} まで）に、次のリンクから新しいパスワードを設定してください。`,
            '',
            url,
            '',
            'リンクは一度だけ使えます。お心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。',
            '',
            service,
          ].join('\n'),
        };
  }
}
