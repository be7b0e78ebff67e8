import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { mkdir } from 'node:fs/promises';
import { writeAtomically } from '../storage/write-atomically';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface Mail {
  /** Stable per message, so a receiver can tell a repeat from a new message. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** A reply's threading headers. */
  inReplyTo?: string;
  references?: string;
}

/**
 * Sends e-mail with nodemailer: over SMTP_URL when it is set; otherwise into
 * a local outbox (DATA_DIR/outbox/mail, one .eml file per message) that the
 * back office can open, so a machine without a mail server loses nothing.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly log = new Logger('Mailer');
  private readonly transport: Transporter;
  readonly outbox: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outbox = config.SMTP_URL ? null : join(config.dataDir, 'outbox', 'mail');
    this.transport = config.SMTP_URL
      ? createTransport(pooled(config.SMTP_URL))
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    if (this.outbox) this.log.log(`no SMTP_URL: e-mail goes to ${this.outbox}`);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  /** Sends and returns the provider's message id; throws when the server refuses or cannot be reached. */
  async send(mail: Mail): Promise<string> {
    const info = (await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      attachments: mail.attachments,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
    })) as { messageId: string; message?: Buffer };
    if (this.outbox && info.message) {
      await mkdir(this.outbox, { recursive: true });
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[^\w.@-]/g, '')}.eml`;
      await writeAtomically(join(this.outbox, file), info.message);
    }
    return info.messageId;
  }
}

/**
 * The server's URL with pooled connections, unless it says otherwise: a new
 * connection per message costs about 100 ms (connect, greeting, EHLO), a
 * pooled one a few, so a burst of reports is not minutes behind.
 */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return url.toString();
}
