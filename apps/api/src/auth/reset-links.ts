import { isClientRole } from '@dengon/domain';
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, IsNull, MoreThan } from 'typeorm';
import { type AppConfig, publicBaseUrl } from '../config/config';
import type { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { PasswordResetLink } from './password-reset-link.entity';
import type { User } from './user.entity';

/** Links are kept by the hash of their token only. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long an invitation to set a first password stays usable: a week. */
const INVITATION_TTL_MINUTES = 7 * 24 * 60;

/**
 * Mails a user a single-use link to set their password, the only one of
 * theirs that works from now on: a reset they asked for (PASSWORD_RESET_TTL_MINUTES),
 * or an invitation to a new account (a week). In the caller's transaction.
 */
export async function issueLink(
  em: EntityManager,
  delivery: Delivery,
  config: AppConfig,
  user: User,
  {
    kind,
    address,
    now = new Date(),
  }: { kind: 'reset' | 'invitation'; address: string; now?: Date },
): Promise<void> {
  await em.update(
    PasswordResetLink,
    { userId: user.id, usedAt: IsNull(), expiresAt: MoreThan(now) },
    { expiresAt: now },
  );
  const token = randomBytes(32).toString('base64url');
  const minutes = kind === 'reset' ? config.PASSWORD_RESET_TTL_MINUTES : INVITATION_TTL_MINUTES;
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  await em.insert(PasswordResetLink, { userId: user.id, tokenHash: tokenHash(token), expiresAt });
  const app = isClientRole(user.role) ? 'portal' : 'console';
  // The token rides in the fragment: it never reaches a server log or a Referer header.
  const url = `${publicBaseUrl(config)}/${app}/reset-password#token=${token}`;
  const until = new Intl.DateTimeFormat(user.locale === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: 'Asia/Tokyo',
    dateStyle: user.locale === 'en' ? 'medium' : 'long',
    timeStyle: 'short',
  }).format(expiresAt);
  await delivery.queue(em, {
    dedupeKey: `password-${kind}:${tokenHash(token)}`,
    channel: MessageChannel.EMAIL,
    recipient: user.email,
    clientCompanyId: user.clientCompanyId,
    purpose: MessagePurpose.SECURITY_NOTICE,
    relatedId: user.id,
    ...(kind === 'reset'
      ? resetMail(user, url, until, minutes, address, config.SERVICE_NAME)
      : invitationMail(user, url, until, config.SERVICE_NAME)),
  });
}

function resetMail(
  user: User,
  url: string,
  until: string,
  minutes: number,
  address: string,
  service: string,
) {
  const english = user.locale === 'en';
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

function invitationMail(user: User, url: string, until: string, service: string) {
  return user.locale === 'en'
    ? {
        subject: '[Dengon] Your new account',
        body: [
          `Dear ${user.name},`,
          '',
          `An account of ${service} was made for you (${user.email}). Open this link by ${until} (Japan time) to set your password and sign in:`,
          '',
          url,
          '',
          'The link works once.',
          '',
          service,
        ].join('\n'),
      }
    : {
        subject: '【Dengon】アカウント作成のご案内',
        body: [
          `${user.name} 様`,
          '',
          `${service} のアカウント（${user.email}）を作成しました。${until} までに次のリンクからパスワードを設定し、ログインしてください。`,
          '',
          url,
          '',
          'リンクは一度だけ使えます。',
          '',
          service,
        ].join('\n'),
      };
}
