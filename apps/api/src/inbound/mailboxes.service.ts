import { mailboxProblem } from '@dengon/domain';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, notFound } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { Sealer } from '../common/sealed';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { JobQueue } from '../jobs/job-queue';
import { InboundMailService, type IntakeTarget } from './inbound-mail.service';
import type { AddMailboxInput } from './inbound.inputs';
import { Mailbox } from './mailbox.entity';

const POLL = RequestContext.system('job mailbox.poll');
/** Mails taken from one mailbox in one look; the rest wait for the next. */
const PER_LOOK = 200;
/** A server that does not answer within this is unreachable for this look. */
const TIMEOUT_MS = 20_000;

/**
 * Clients' own mailboxes, read over IMAP (imapflow): every minute each is
 * signed in to, and the mail after the last UID taken comes in as mail to an
 * intake address does (offered, held or kept once). A mailbox that cannot
 * be read (its password changed, its server down) is marked FAILING with
 * why, audited when it starts failing, and the others go on.
 */
@Injectable()
export class Mailboxes implements OnModuleInit {
  private readonly log = new Logger('Mailboxes');
  private readonly sealer: Sealer;
  private readonly looking = new Map<string, Promise<number>>();

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly inbound: InboundMailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sealer = new Sealer(config.dataEncryptionKey);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work('mailbox.poll', async () => {
      await this.pollAll();
    });
    await this.jobs.schedule('mailbox.poll', '* * * * *');
  }

  list(ctx: RequestContext, clientCompanyId: string): Promise<Mailbox[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(Mailbox, { where: { clientCompanyId }, order: { createdAt: 'ASC' } }),
    );
  }

  add(ctx: RequestContext, input: AddMailboxInput): Promise<Mailbox> {
    const host = input.host.trim().toLowerCase();
    if (!/^[a-z0-9.-]+$/.test(host)) throw badField('host', 'isHostName');
    return this.db.transaction(ctx, async (em) => {
      if (!(await em.existsBy(ClientCompany, { id: input.clientCompanyId })))
        throw notFound('client company');
      const folder = input.folder.trim() || 'INBOX';
      const username = input.username.trim();
      if (await em.existsBy(Mailbox, { host, port: input.port, username, folder }))
        throw badField('username', 'alreadyInUse');
      const saved = await em.save(
        em.create(Mailbox, {
          clientCompanyId: input.clientCompanyId,
          kind: input.kind,
          label: input.label.trim(),
          host,
          port: input.port,
          tls: input.tls,
          username,
          passwordSealed: this.sealer.seal(input.password),
          folder,
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'mailbox.added',
        entityType: 'Mailbox',
        entityId: saved.id,
        clientCompanyId: saved.clientCompanyId,
        after: { host, port: saved.port, username, folder, kind: saved.kind },
      });
      return saved;
    });
  }

  /** A new password (the client changed theirs): sealed, and the mailbox is looked at again. */
  async setPassword(ctx: RequestContext, id: string, password: string): Promise<Mailbox> {
    await this.db.transaction(ctx, async (em) => {
      const mailbox = await em.findOneBy(Mailbox, { id });
      if (!mailbox) throw notFound('mailbox');
      await em.update(Mailbox, id, { passwordSealed: this.sealer.seal(password) });
      await this.audit.record(em, ctx, {
        action: 'mailbox.password_changed',
        entityType: 'Mailbox',
        entityId: id,
        clientCompanyId: mailbox.clientCompanyId,
      });
    });
    return this.check(ctx, id);
  }

  remove(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em) => {
      const mailbox = await em.findOneBy(Mailbox, { id });
      if (!mailbox) throw notFound('mailbox');
      await em.delete(Mailbox, id);
      await this.audit.record(em, ctx, {
        action: 'mailbox.removed',
        entityType: 'Mailbox',
        entityId: id,
        clientCompanyId: mailbox.clientCompanyId,
        before: { host: mailbox.host, username: mailbox.username, folder: mailbox.folder },
      });
      return true;
    });
  }

  /** Looks at one mailbox now (the back office's 今すぐ確認), as the minute's look would. */
  async check(ctx: RequestContext, id: string): Promise<Mailbox> {
    if (!(await this.db.transaction(ctx, (em) => em.existsBy(Mailbox, { id }))))
      throw notFound('mailbox');
    await this.look(id);
    return this.db.transaction(ctx, (em) => em.findOneByOrFail(Mailbox, { id }));
  }

  /** Every mailbox, one after another; one that fails does not hold back the rest. */
  async pollAll(): Promise<void> {
    const all = await this.db.transaction(POLL, (em) => em.find(Mailbox, { select: { id: true } }));
    for (const { id } of all) await this.look(id);
  }

  /**
   * Looks at one mailbox, one look at a time in this process: a look asked
   * for while one runs (the minute's, IDLE's, the back office's) follows it,
   * from where it left off. Returns how many mails came in.
   */
  look(id: string): Promise<number> {
    const next = (this.looking.get(id) ?? Promise.resolve(0))
      .catch(() => 0)
      .then(async () => {
        const mailbox = await this.db.transaction(POLL, (em) => em.findOneBy(Mailbox, { id }));
        return mailbox ? this.poll(mailbox) : 0;
      });
    this.looking.set(id, next);
    const done = () => {
      if (this.looking.get(id) === next) this.looking.delete(id);
    };
    next.then(done, done);
    return next;
  }

  /** A connection to a mailbox (not yet open), signed in with its sealed password. */
  client(mailbox: Mailbox, options: Partial<ImapFlowOptions> = {}): ImapFlow {
    return new ImapFlow({
      host: mailbox.host,
      port: mailbox.port,
      secure: mailbox.tls,
      auth: { user: mailbox.username, pass: this.sealer.open(mailbox.passwordSealed) },
      logger: false,
      ...options,
    });
  }

  /** Takes in the mail after the last UID taken; returns how many came in. */
  private async poll(mailbox: Mailbox): Promise<number> {
    const client = this.client(mailbox, {
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    });
    // An error after the look (the server closing) is not this look's failure.
    client.on('error', (error: Error) => this.log.debug(`${mailbox.host}: ${error.message}`));
    let taken = 0;
    try {
      await client.connect();
      const folder = await client.mailboxOpen(mailbox.folder, { readOnly: true });
      // A new UIDVALIDITY numbers the folder anew: read it all again (kept once by Message-ID).
      const validity = String(folder.uidValidity);
      let after = validity === mailbox.uidValidity ? BigInt(mailbox.lastUid) : 0n;
      const target = targetOf(mailbox);
      if (folder.exists > 0) {
        for await (const message of client.fetch(
          `${after + 1n}:*`,
          { uid: true, source: true },
          { uid: true },
        )) {
          // `n:*` names the last message even when its UID is below n.
          if (BigInt(message.uid) <= after || !message.source) continue;
          await this.inbound.receivePolled(target, message.source);
          after = BigInt(message.uid);
          if (++taken >= PER_LOOK) break;
        }
      }
      await this.record(mailbox, {
        status: 'OK',
        problem: null,
        lastError: null,
        uidValidity: validity,
        lastUid: String(after),
      });
      return taken;
    } catch (error) {
      const problem = mailboxProblem(error as Parameters<typeof mailboxProblem>[0]);
      const detail = imapDetail(error);
      this.log.warn(`mailbox ${mailbox.username}@${mailbox.host}: ${problem} ${detail}`);
      await this.record(mailbox, { status: 'FAILING', problem, lastError: detail });
      return taken;
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  private async record(
    mailbox: Mailbox,
    look: Partial<Pick<Mailbox, 'status' | 'problem' | 'lastError' | 'uidValidity' | 'lastUid'>>,
  ): Promise<void> {
    await this.db.transaction(POLL, async (em) => {
      await em.update(Mailbox, mailbox.id, { ...look, checkedAt: new Date() });
      // Audited when it starts failing, and when it works again: not every minute between.
      if ((look.status === 'FAILING') !== (mailbox.status === 'FAILING') && look.status)
        await this.audit.record(em, POLL, {
          action: look.status === 'FAILING' ? 'mailbox.failing' : 'mailbox.recovered',
          entityType: 'Mailbox',
          entityId: mailbox.id,
          clientCompanyId: mailbox.clientCompanyId,
          after: { problem: look.problem ?? null, error: look.lastError ?? null },
        });
    });
  }
}

/** A mailbox's mail is kept under its account, as mail to an intake address is under the address. */
function targetOf(mailbox: Mailbox): IntakeTarget {
  const account = mailbox.username.includes('@')
    ? mailbox.username
    : `${mailbox.username}@${mailbox.host}`;
  return {
    clientCompanyId: mailbox.clientCompanyId,
    address: account.toLowerCase().slice(0, 254),
    kind: mailbox.kind,
    label: mailbox.label,
  };
}

/** The server's own words, where it said any; else the error's. */
function imapDetail(error: unknown): string {
  const e = error as { responseText?: string; message?: string; code?: string };
  return [e.code, e.responseText ?? e.message].filter(Boolean).join(': ').slice(0, 500);
}
