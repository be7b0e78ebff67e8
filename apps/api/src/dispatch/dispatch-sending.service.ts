import {
  type ContractorChannel,
  channelOpen,
  formatNational,
  intakeValueText,
  tokyoDateTimeText,
} from '@dengon/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { RequestContext } from '../common/request-context';
import { type AppConfig, publicBaseUrl } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import {
  MessageChannel,
  MessagePurpose,
  MessageStatus,
  type OutboundMessage,
} from '../delivery/outbound-message.entity';
import { EventBus } from '../events/event-bus';
import { ScriptVersion } from '../scripts/script.entity';
import { FileStore } from '../storage/file-store';
import { ackToken } from './ack-link';
import { Contractor } from './contractor.entity';
import { Dispatch, DispatchStatus } from './dispatch.entity';
import { type DispatchSheet, renderDispatchSheet } from './dispatch-sheet';

const DELIVERY_OUTCOME = RequestContext.system('job message.deliver');

const CHANNEL_JA: Record<ContractorChannel['kind'], string> = {
  FAX: 'FAX',
  EMAIL: 'メール',
  PHONE: '電話',
};

/**
 * Sending a dispatch's sheet: rendered for its contractor, sent by the first
 * channel open now through the outbound message log; when a channel fails for
 * good, the next channel, then the next contractor, and the operators are
 * alerted.
 */
@Injectable()
export class DispatchSending implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly delivery: Delivery,
    private readonly files: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.delivery.on(MessagePurpose.DISPATCH, {
      sent: (message) => this.sent(message),
      failed: (message) => this.failed(message),
    });
  }

  /**
   * Renders the sheet for this contractor and sends it by its channel at
   * `from` or the next open one; a resend (numbered by the dispatch's
   * version) uses exactly the channel the operator chose.
   */
  async sendTo(
    em: EntityManager,
    dispatch: Dispatch,
    contractor: Contractor,
    from: number,
    resend?: number,
  ): Promise<void> {
    const now = new Date();
    const index =
      resend === undefined
        ? contractor.channels.findIndex((c, i) => i >= from && channelOpen(c, now))
        : from;
    if (index < 0) {
      await this.moveOn(em, dispatch, `${contractor.name}に今使える連絡手段がありません。`, true);
      return;
    }
    const channel = contractor.channels[index]!;
    const expiresAt = new Date(now.getTime() + this.config.ACK_LINK_DAYS * 86_400_000);
    const ackUrl = `${publicBaseUrl(this.config)}/ack/${ackToken(this.config.ackLinkSecret, dispatch.id, contractor.id, expiresAt)}`;
    const sheet = await this.sheetData(em, dispatch, contractor, ackUrl, expiresAt);
    const pdf = await renderDispatchSheet(sheet);
    const stored = await this.files.put(
      `dispatches/${dispatch.id}/${contractor.id}-${index}-${Date.now()}.pdf`,
      pdf,
    );
    Object.assign(dispatch, {
      contractorId: contractor.id,
      channelIndex: index,
      sheetKey: stored.key,
      sheetSha256: stored.sha256,
      status: channel.kind === 'PHONE' ? DispatchStatus.CALL_CONTRACTOR : DispatchStatus.SENDING,
    });
    await em.save(dispatch);
    if (channel.kind !== 'PHONE') {
      const subject = `${dispatch.urgent ? '【至急】' : ''}【手配書】No.${dispatch.dispatchNo} ${dispatch.category}（${dispatch.siteAddress}）`;
      await this.delivery.queue(em, {
        dedupeKey: `dispatch:${dispatch.id}:${contractor.id}:${index}${resend === undefined ? '' : `:r${resend}`}`,
        channel: channel.kind === 'FAX' ? MessageChannel.FAX : MessageChannel.EMAIL,
        recipient: channel.address,
        clientCompanyId: dispatch.clientCompanyId,
        purpose: MessagePurpose.DISPATCH,
        relatedId: dispatch.id,
        subject,
        body: [
          `${contractor.name} 御中`,
          '',
          'いつもお世話になっております。',
          '作業のご依頼です。添付の手配書をご確認のうえ、次のURLから受諾のご連絡をお願いいたします。',
          ackUrl,
          `（${tokyoDateTimeText(expiresAt)}まで有効）`,
          '',
          `依頼元：${sheet.clientName}`,
          `区分：${dispatch.category}`,
          `現場住所：${dispatch.siteAddress}`,
        ].join('\n'),
        attachment: { name: `手配書_No${dispatch.dispatchNo}.pdf`, key: stored.key },
      });
    }
    await dispatchChanged(em, dispatch);
  }

  /** The current channel failed: the next channel of this contractor, else the next contractor, else failed. */
  async moveOn(
    em: EntityManager,
    dispatch: Dispatch,
    why: string,
    contractorDone = false,
  ): Promise<void> {
    const contractor = await em.findOneByOrFail(Contractor, { id: dispatch.contractorId });
    const nextChannel = contractorDone ? -1 : dispatch.channelIndex + 1;
    if (nextChannel > 0 && nextChannel < contractor.channels.length) {
      dispatch.alert = `${why} ${contractor.name}の次の連絡手段（${CHANNEL_JA[contractor.channels[nextChannel]!.kind]}）に切り替えました。`;
      await this.sendTo(em, dispatch, contractor, nextChannel);
      return;
    }
    const [nextId, ...rest] = dispatch.nextContractorIds;
    const next = nextId ? await em.findOneBy(Contractor, { id: nextId, active: true }) : null;
    if (next) {
      dispatch.nextContractorIds = rest;
      dispatch.alert = `${why} 次の手配先（${next.name}）に切り替えました。`;
      await this.sendTo(em, dispatch, next, 0);
      return;
    }
    Object.assign(dispatch, {
      status: DispatchStatus.FAILED,
      alert: `${why} ほかに手配先がありません。手配先を選び直してください。`,
    });
    await em.save(dispatch);
    await dispatchChanged(em, dispatch);
  }

  private async sent(message: OutboundMessage): Promise<void> {
    await this.db.transaction(DELIVERY_OUTCOME, async (em) => {
      const dispatch = await em.findOne(Dispatch, {
        where: { id: message.relatedId ?? '' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dispatch || dispatch.status !== DispatchStatus.SENDING || !current(dispatch, message))
        return;
      dispatch.status = DispatchStatus.SENT;
      await em.save(dispatch);
      await dispatchChanged(em, dispatch);
    });
  }

  private async failed(message: OutboundMessage): Promise<void> {
    await this.db.transaction(DELIVERY_OUTCOME, async (em) => {
      const dispatch = await em.findOne(Dispatch, {
        where: { id: message.relatedId ?? '' },
        lock: { mode: 'pessimistic_write' },
      });
      // Only a dispatch still waiting on this message moves on: a late bounce does not undo an acknowledgment.
      if (!dispatch || !AWAITING_DELIVERY.has(dispatch.status) || !current(dispatch, message))
        return;
      const kind = message.channel === MessageChannel.FAX ? 'FAX' : 'メール';
      const what =
        message.status === MessageStatus.BOUNCED ? '届きませんでした' : '送れませんでした';
      await this.moveOn(
        em,
        dispatch,
        `${kind}が${what}（${message.lastError ?? '不明なエラー'}）。`,
      );
    });
  }

  private async sheetData(
    em: EntityManager,
    dispatch: Dispatch,
    contractor: Contractor,
    ackUrl: string,
    expiresAt: Date,
  ): Promise<DispatchSheet> {
    const intake = await em.findOneByOrFail(IntakeRecord, { id: dispatch.intakeId });
    const client = await em.findOneByOrFail(ClientCompany, { id: dispatch.clientCompanyId });
    const script = await em.findOneBy(ScriptVersion, { id: intake.scriptVersionId });
    const labels = new Map(script?.fields.map((f) => [f.key, f.label]));
    const fax = contractor.channels.find((c) => c.kind === 'FAX');
    const callback = intake.fields['callback_number'] ?? intake.callingE164 ?? undefined;
    return {
      dispatchNo: dispatch.dispatchNo,
      issuedAt: new Date(),
      urgent: dispatch.urgent,
      category: dispatch.category,
      contractor: { name: contractor.name, fax: fax ? formatNational(fax.address) : null },
      sender: { name: this.config.SERVICE_NAME, phone: this.config.SERVICE_PHONE ?? null },
      clientName: client.name,
      siteAddress: dispatch.siteAddress,
      contact: {
        name: intakeValueText(intake.fields['caller_name']) || '（未記入）',
        phone: callback ? intakeValueText(callback) : null,
      },
      details: Object.entries(intake.fields)
        .filter(([key]) => key !== 'caller_name' && key !== 'callback_number')
        .map(([key, value]) => ({ label: labels.get(key) ?? key, value: intakeValueText(value) })),
      instructions: dispatch.instructions,
      ack: { url: ackUrl, expiresAt },
    };
  }
}

// Still waiting on its sheet's delivery: a bounce may move it on.
export const AWAITING_DELIVERY = new Set([DispatchStatus.SENDING, DispatchStatus.SENT]);

/** Whether a message belongs to the dispatch's contractor and channel now (not an earlier one). */
const current = (dispatch: Dispatch, message: OutboundMessage) => {
  const [, , contractorId, index] =
    /^dispatch:([^:]+):([^:]+):(\d+)(?::r\d+)?$/.exec(message.dedupeKey) ?? [];
  return contractorId === dispatch.contractorId && Number(index) === dispatch.channelIndex;
};

export const dispatchChanged = (em: EntityManager, dispatch: Dispatch) =>
  EventBus.publish(em, {
    type: 'dispatch.changed',
    clientCompanyId: dispatch.clientCompanyId,
    id: dispatch.id,
  });
