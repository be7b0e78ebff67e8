import {
  checkInboundAddress,
  faxPages,
  type InboundAddressKind,
  type InboundMailReason,
  isServiceAddress,
  looksMisdecoded,
  mailIntakeMemo,
  type MailRouting,
  routeMail,
  senderName,
} from '@dengon/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { EntityManager } from 'typeorm';
import { Acd } from '../acd/acd.service';
import { AuditService } from '../audit/audit.service';
import { IntakeChannel } from '../calls/intake-record.entity';
import { IntakeService, usualScript } from '../calls/intake.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, notFound } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { planTodayIfAny } from '../contracts/plan-today';
import { Db } from '../database/db.service';
import { ScriptVersion } from '../scripts/script.entity';
import { FileStore } from '../storage/file-store';
import { InboundAddress } from './inbound-address.entity';
import { isTiff, tiffPages } from './fax-pages';
import { redecodeJapanese } from './japanese-text';
import { MailDesk } from './mail-desk.service';
import { MailReply } from './reply-template.entity';
import { type InboundAttachment, InboundMail } from './inbound-mail.entity';
import { MailRoutingRule } from './mail-routing-rule.entity';
import { type Connection, SenderAuthentication, type SenderChecks } from './sender-authentication';
import type { AddInboundAddressInput, InboundMailsArgs } from './inbound.inputs';

const INBOUND = RequestContext.system('smtp inbound');

/** Where a mail came in for a client: one of its intake addresses, or one of its own mailboxes. */
export type IntakeTarget = Pick<InboundAddress, 'clientCompanyId' | 'address' | 'kind' | 'label'>;

/** Parsed as read; a body in another charset than the one declared is read again in the one its bytes are in. */
async function parse(raw: Buffer): Promise<ParsedMail> {
  const mail = await simpleParser(raw, { skipImageLinks: true });
  if (mail.text && looksMisdecoded(mail.text)) mail.text = redecodeJapanese(raw) ?? mail.text;
  return mail;
}

/** How the listener received a message: the SMTP envelope, which names the recipients. */
export interface Envelope extends Connection {
  recipients: string[];
}

/**
 * Mail and fax that arrive: a message for a client's intake address is kept
 * with its attachments, and becomes an intake record (channel EMAIL or FAX)
 * where the client's plan or options include mail handling; otherwise it is
 * held for the back office. Refusals are kept with their reason too.
 */
@Injectable()
export class InboundMailService {
  private readonly log = new Logger('InboundMail');

  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly intakes: IntakeService,
    private readonly audit: AuditService,
    private readonly desk: MailDesk,
    private readonly senders: SenderAuthentication,
    private readonly acd: Acd,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The intake address a recipient names, if it is one. */
  async address(recipient: string): Promise<InboundAddress | null> {
    const checked = checkInboundAddress(recipient);
    if (!checked.ok) return null;
    return this.db.transaction(INBOUND, (em) =>
      em.findOneBy(InboundAddress, { address: checked.address }),
    );
  }

  /** Keeps what the listener refused before it had the message, for the back office to see. */
  async refused(
    envelope: Omit<Envelope, 'recipients'>,
    address: string,
    reason: InboundMailReason,
    size = 0,
  ): Promise<void> {
    await this.db.transaction(INBOUND, async (em) => {
      const known = await em.findOneBy(InboundAddress, { address: address.toLowerCase() });
      await em.insert(InboundMail, {
        clientCompanyId: known?.clientCompanyId ?? null,
        address: address.toLowerCase().slice(0, 254),
        kind: known?.kind ?? 'EMAIL',
        status: 'REFUSED',
        reason,
        mailFrom: envelope.mailFrom.slice(0, 254),
        size,
        remoteAddress: envelope.remoteAddress,
      });
    });
  }

  /**
   * Takes a whole message for each of its recipients that is an intake
   * address. The same message (by Message-ID) to the same address is kept
   * once: a sender that retries after a lost answer makes no second record.
   */
  async receive(raw: Buffer, envelope: Envelope): Promise<InboundMail[]> {
    const mail = await parse(raw);
    // Checked once for all its recipients, and only for a mail someone will read.
    let checked: Promise<SenderChecks> | undefined;
    const kept: InboundMail[] = [];
    for (const recipient of envelope.recipients) {
      const address = await this.address(recipient);
      if (!address) {
        await this.refused(envelope, recipient, 'UNKNOWN_ADDRESS', raw.length);
        continue;
      }
      checked ??= this.senders.check(raw, envelope);
      kept.push(await this.keep(address, mail, raw.length, envelope, await checked));
    }
    return kept;
  }

  /**
   * A mail read from a client's own mailbox (IMAP): kept as if sent to an
   * intake address, its sender checked from the Received header its own
   * server wrote; once, however often it is read.
   */
  async receivePolled(mailbox: IntakeTarget, raw: Buffer): Promise<InboundMail> {
    const mail = await parse(raw);
    const sender = await this.senders.check(raw, 'received');
    return this.keep(mailbox, mail, raw.length, { mailFrom: '', remoteAddress: '' }, sender);
  }

  /** Kept, and if it waits for an operator, offered to one who is free (the sweeper tries again if this fails). */
  private async keep(
    address: IntakeTarget,
    mail: ParsedMail,
    size: number,
    envelope: Pick<Envelope, 'mailFrom' | 'remoteAddress'>,
    sender: SenderChecks,
  ): Promise<InboundMail> {
    const kept = await this.store(address, mail, size, envelope, sender);
    if (kept.status === 'OFFERED' && !kept.takenBy)
      await this.acd.dispatch().catch((e: Error) => this.log.warn(`dispatch: ${e.message}`));
    return kept;
  }

  private async store(
    address: IntakeTarget,
    mail: ParsedMail,
    size: number,
    envelope: Pick<Envelope, 'mailFrom' | 'remoteAddress'>,
    sender: SenderChecks,
  ): Promise<InboundMail> {
    const text = mail.text ?? '';
    const attachments = await Promise.all(
      mail.attachments.map(async (a, i) => {
        const file = {
          fileName: safeFileName(a.filename ?? `attachment-${i + 1}`),
          contentType: a.contentType,
          size: a.size,
          content: a.content,
        };
        // A TIFF's pages (a fax's) as images a browser shows; a PDF shows as it is.
        const pages = isTiff(file) ? await tiffPages(a.content) : [];
        return { ...file, pages };
      }),
    );
    return this.db.transaction(INBOUND, async (em) => {
      const rules = await em.findBy(MailRoutingRule, { clientCompanyId: address.clientCompanyId });
      const routing = routeMail(
        {
          subject: mail.subject ?? '',
          from: mail.from?.value[0]?.address ?? envelope.mailFrom,
          addressLabel: address.label,
        },
        rules,
      );
      // The carrier's fax-to-mail, by its sender, is a fax whatever address it came to.
      const target: IntakeTarget = routing.fax ? { ...address, kind: 'FAX' } : address;
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(InboundMail)
        .values({
          department: routing.department,
          vip: routing.vip,
          clientCompanyId: address.clientCompanyId,
          address: address.address,
          kind: target.kind,
          status: 'HELD',
          messageId: mail.messageId?.slice(0, 998) ?? null,
          mailFrom: envelope.mailFrom.slice(0, 254),
          fromText: (mail.from?.text ?? '').slice(0, 500),
          replyAddress: (
            mail.replyTo?.value[0]?.address ??
            mail.from?.value[0]?.address ??
            envelope.mailFrom
          ).slice(0, 254),
          senderName: senderName(mail.from?.value[0]).slice(0, 200),
          subject: (mail.subject ?? '').slice(0, 998),
          text,
          textMisdecoded: looksMisdecoded(text),
          size,
          remoteAddress: envelope.remoteAddress,
          spf: sender.spf,
          dkim: sender.dkim,
          dmarc: sender.dmarc,
          authResults: sender.header,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) {
        // Sent again: the first one stands.
        return em.findOneByOrFail(InboundMail, {
          address: address.address,
          messageId: mail.messageId!,
        });
      }
      const stored: InboundAttachment[] = [];
      for (const [i, a] of attachments.entries()) {
        const key = `inbound/${id}/${i + 1}-${a.fileName}`;
        await this.files.put(key, a.content);
        for (const [n, png] of a.pages.entries()) await this.files.put(pageKey(key, n + 1), png);
        stored.push({
          fileName: a.fileName,
          contentType: a.contentType,
          size: a.size,
          key,
          pages: a.pages.length,
        });
      }
      const disposition = await this.disposition(em, target, stored);
      const intakeId =
        disposition.status === 'OFFERED'
          ? await this.intake(em, target, mail, stored, disposition.script, routing)
          : null;
      await em.update(InboundMail, id, {
        attachments: stored,
        status: disposition.status,
        reason: disposition.status === 'HELD' ? disposition.reason : null,
        intakeId,
      });
      const kept = await em.findOneByOrFail(InboundMail, { id });
      if (intakeId) await this.desk.acknowledge(em, INBOUND, kept);
      return kept;
    });
  }

  /** Offered where the client takes mail and the message can be handled; held, with why, otherwise. */
  private async disposition(
    em: EntityManager,
    address: IntakeTarget,
    attachments: InboundAttachment[],
  ): Promise<
    { status: 'OFFERED'; script: ScriptVersion } | { status: 'HELD'; reason: InboundMailReason }
  > {
    const terms = await planTodayIfAny(em, address.clientCompanyId);
    if (!terms?.mailHandling) return { status: 'HELD', reason: 'NO_MAIL_HANDLING' };
    if (address.kind === 'FAX' && faxPages(attachments).length === 0)
      return { status: 'HELD', reason: 'NO_FAX_PAGES' };
    const script = await usualScript(em, address.clientCompanyId);
    // A client with mail handling and no published script yet: kept for the back office.
    if (!script) return { status: 'HELD', reason: 'NO_MAIL_HANDLING' };
    return { status: 'OFFERED', script };
  }

  private async intake(
    em: EntityManager,
    address: IntakeTarget,
    mail: ParsedMail,
    attachments: InboundAttachment[],
    script: ScriptVersion,
    routing: MailRouting,
  ): Promise<string> {
    const kind: InboundAddressKind = address.kind;
    const record = await this.intakes.record(em, INBOUND, {
      clientCompanyId: address.clientCompanyId,
      channel: kind === 'FAX' ? IntakeChannel.FAX : IntakeChannel.EMAIL,
      dialedE164: null,
      callingE164: null,
      script,
      fields: {},
      memo: mailIntakeMemo({
        kind,
        from: mail.from?.text ?? '',
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        attachments: attachments.map((a) => a.fileName),
        routing,
      }),
      faqItemIds: [],
      status: 'RECEIVED',
      operatorId: null,
      // When it arrived here, not the Date header a sender's clock wrote.
      receivedAt: new Date(),
      recordingUrl: null,
    });
    return record.id;
  }

  /** What came in, newest first: the back office's view of every message, held and refused ones too. */
  list(ctx: RequestContext, args: InboundMailsArgs): Promise<InboundMail[]> {
    return this.db.transaction(ctx, (em) => {
      const qb = em
        .createQueryBuilder(InboundMail, 'm')
        .orderBy('m.received_at', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .limit(args.first);
      if (args.status) qb.andWhere('m.status = :status', { status: args.status });
      if (args.clientCompanyId)
        qb.andWhere('m.client_company_id = :company', { company: args.clientCompanyId });
      return qb.getMany();
    });
  }

  /** The mail an intake record was made from, if it was. */
  ofIntake(ctx: RequestContext, intakeId: string): Promise<InboundMail | null> {
    return this.db.transaction(ctx, (em) => em.findOneBy(InboundMail, { intakeId }));
  }

  replies(ctx: RequestContext, inboundMailId: string): Promise<MailReply[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(MailReply, { where: { inboundMailId }, order: { createdAt: 'ASC' } }),
    );
  }

  /** One attachment's bytes, for whoever may see its mail. */
  async attachment(
    ctx: RequestContext,
    id: string,
    index: number,
  ): Promise<{ attachment: InboundAttachment; content: Buffer }> {
    const attachment = await this.storedAttachment(ctx, id, index);
    return { attachment, content: await this.files.get(attachment.key) };
  }

  /** Page n (from 1) of a fax's TIFF attachment, as the PNG made of it on arrival. */
  async attachmentPage(
    ctx: RequestContext,
    id: string,
    index: number,
    page: number,
  ): Promise<Buffer> {
    const attachment = await this.storedAttachment(ctx, id, index);
    if (!(page >= 1 && page <= (attachment.pages ?? 0))) throw notFound('page');
    return this.files.get(pageKey(attachment.key, page));
  }

  /** An attachment of a mail the reader may see; not found for anyone else. */
  private async storedAttachment(
    ctx: RequestContext,
    id: string,
    index: number,
  ): Promise<InboundAttachment> {
    const mail = await this.db.transaction(ctx, (em) => em.findOneBy(InboundMail, { id }));
    const attachment = mail?.attachments[index];
    if (!attachment) throw notFound('attachment');
    return attachment;
  }

  addresses(ctx: RequestContext, clientCompanyId: string): Promise<InboundAddress[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(InboundAddress, { where: { clientCompanyId }, order: { address: 'ASC' } }),
    );
  }

  addAddress(ctx: RequestContext, input: AddInboundAddressInput): Promise<InboundAddress> {
    const checked = checkInboundAddress(input.address);
    if (!checked.ok) throw badField('address', checked.refused);
    const domain = this.config.INBOUND_MAIL_DOMAIN;
    if (!isServiceAddress(checked.address, domain))
      throw badField('address', 'notIntakeDomain', { domain });
    return this.db.transaction(ctx, async (em) => {
      if (!(await em.existsBy(ClientCompany, { id: input.clientCompanyId })))
        throw notFound('client company');
      if (await em.existsBy(InboundAddress, { address: checked.address }))
        throw badField('address', 'alreadyInUse');
      const saved = await em.save(
        em.create(InboundAddress, {
          clientCompanyId: input.clientCompanyId,
          address: checked.address,
          kind: input.kind,
          label: input.label.trim(),
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'inbound_address.added',
        entityType: 'InboundAddress',
        entityId: saved.id,
        clientCompanyId: saved.clientCompanyId,
        after: { address: saved.address, kind: saved.kind, label: saved.label },
      });
      return saved;
    });
  }

  removeAddress(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em) => {
      const address = await em.findOneBy(InboundAddress, { id });
      if (!address) throw notFound('intake address');
      await em.delete(InboundAddress, id);
      await this.audit.record(em, ctx, {
        action: 'inbound_address.removed',
        entityType: 'InboundAddress',
        entityId: id,
        clientCompanyId: address.clientCompanyId,
        before: { address: address.address, kind: address.kind },
      });
      return true;
    });
  }
}

/** A file name safe as part of a storage key and a download: no path, no control characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('')
    .trim()
    .slice(0, 120);
  return clean && clean !== '.' && clean !== '..' ? clean : 'attachment';
}

/** Where page n of a TIFF attachment is kept as PNG, beside the file. */
const pageKey = (key: string, page: number) => `${key}.page-${page}.png`;
