import { dispatchCandidates } from '@dengon/domain';
import { Inject, Injectable } from '@nestjs/common';
import { AWAITING_DELIVERY, DispatchSending, dispatchChanged } from './dispatch-sending.service';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, checkVersion, notFound, violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { planToday } from '../contracts/plan-today';
import { Db } from '../database/db.service';
import { FileStore } from '../storage/file-store';
import { checkAckToken } from './ack-link';
import { Contractor } from './contractor.entity';
import { AckVia, Dispatch, DispatchStatus } from './dispatch.entity';

/** A contractor's acknowledgement link: a signed token, nobody signed in. */
const ACK_LINK = RequestContext.system('acknowledgement link');

export interface NewDispatch {
  intakeId: string;
  category: string;
  siteAddress: string;
  instructions: string;
  urgent: boolean;
  /** Another contractor than the one proposed, with the reason. */
  contractorId?: string;
  overrideReason?: string;
}

export type ReplyOutcome = 'ACCEPTED' | 'DECLINED' | 'NO_ANSWER';

/**
 * Dispatch (手配): an intake's job sent to the contractor the client's rules
 * propose (or another, with a reason), by its channels in order. The sheet
 * goes out through the outbound message log; when a channel fails for good
 * the dispatch moves to the next channel, then the next contractor, and
 * alerts the operators. The contractor acknowledges by the signed link, or an
 * operator records their phone or fax reply.
 */
@Injectable()
export class DispatchService {
  constructor(
    private readonly db: Db,
    private readonly sending: DispatchSending,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The contractors the client's rules propose for the job, best first. */
  candidates(
    ctx: RequestContext,
    intakeId: string,
    category: string,
    siteAddress: string,
  ): Promise<{ contractor: Contractor; cityMatch: boolean }[]> {
    return this.db.transaction(ctx, async (em) => {
      const intake = await em.findOneBy(IntakeRecord, { id: intakeId });
      if (!intake) throw notFound('Intake record');
      const contractors = await em.findBy(Contractor, { clientCompanyId: intake.clientCompanyId });
      return dispatchCandidates(contractors, category, siteAddress).map((c) => ({
        contractor: c.contractor as Contractor,
        cityMatch: c.match === 2,
      }));
    });
  }

  list(
    ctx: RequestContext,
    filter: {
      id?: string;
      clientCompanyId?: string;
      intakeId?: string;
      statuses?: DispatchStatus[];
    },
  ): Promise<Dispatch[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(Dispatch, {
        where: {
          ...(ctx.tenantId || filter.clientCompanyId
            ? { clientCompanyId: ctx.tenantId ?? filter.clientCompanyId }
            : {}),
          ...(filter.id ? { id: filter.id } : {}),
          ...(filter.intakeId ? { intakeId: filter.intakeId } : {}),
          ...(filter.statuses?.length ? { status: In(filter.statuses) } : {}),
        },
        order: { createdAt: 'DESC' },
        take: 200,
      }),
    );
  }

  /** Creates the dispatch, renders its sheet and sends it by the contractor's first channel open now. */
  create(ctx: RequestContext, input: NewDispatch): Promise<Dispatch> {
    return this.db.transaction(ctx, async (em) => {
      const intake = await em.findOneBy(IntakeRecord, { id: input.intakeId });
      if (!intake) throw badField('intakeId', 'notFound');
      const { plan } = await planToday(em, intake.clientCompanyId);
      if (!plan.dispatchIncluded)
        throw badField('intakeId', 'planExcludesDispatch', { plan: plan.nameJa });
      const contractors = await em.findBy(Contractor, { clientCompanyId: intake.clientCompanyId });
      const proposed = dispatchCandidates(contractors, input.category, input.siteAddress).map(
        (c) => c.contractor as Contractor,
      );
      const chosen = input.contractorId
        ? contractors.find((c) => c.id === input.contractorId && c.active)
        : proposed[0];
      if (!chosen)
        throw input.contractorId
          ? badField('contractorId', 'notActiveContractor')
          : badField('contractorId', 'noContractorFound', {
              category: input.category,
              siteAddress: input.siteAddress,
            });
      const overriding = chosen.id !== proposed[0]?.id;
      if (overriding && !input.overrideReason?.trim())
        throw proposed[0]
          ? badField('overrideReason', 'overrideReasonRequired', { proposed: proposed[0].name })
          : badField('overrideReason', 'isNotEmpty');
      const dispatch = await em.save(
        em.create(Dispatch, {
          clientCompanyId: intake.clientCompanyId,
          intakeId: intake.id,
          contractorId: chosen.id,
          nextContractorIds: proposed.filter((c) => c.id !== chosen.id).map((c) => c.id),
          channelIndex: 0,
          category: input.category,
          siteAddress: input.siteAddress.trim(),
          urgent: input.urgent || intake.urgent,
          instructions: input.instructions.trim(),
          overrideReason: overriding ? input.overrideReason!.trim() : null,
          status: DispatchStatus.SENDING,
          alert: null,
          createdBy: ctx.user?.id ?? null,
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'dispatch.created',
        entityType: 'Dispatch',
        entityId: dispatch.id,
        clientCompanyId: dispatch.clientCompanyId,
        after: {
          dispatchNo: dispatch.dispatchNo,
          contractor: chosen.name,
          overrideReason: dispatch.overrideReason,
        },
      });
      await this.sending.sendTo(em, dispatch, chosen, 0);
      return dispatch;
    });
  }

  /** The sheet of the dispatch as sent to its current contractor. */
  async sheet(ctx: RequestContext, id: string): Promise<{ dispatch: Dispatch; pdf: Buffer }> {
    const dispatch = await this.db.transaction(ctx, (em) => em.findOneBy(Dispatch, { id }));
    if (!dispatch?.sheetKey) throw notFound('Dispatch');
    return { dispatch, pdf: await this.files.get(dispatch.sheetKey) };
  }

  /** An operator records what the contractor answered by phone or fax, or that nobody answered. */
  reply(
    ctx: RequestContext,
    input: { id: string; version: number; via: AckVia; outcome: ReplyOutcome; note: string },
  ): Promise<Dispatch> {
    return this.db.transaction(ctx, async (em) => {
      const dispatch = await em.findOne(Dispatch, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dispatch) throw notFound('Dispatch');
      checkVersion('The dispatch', dispatch.version, input.version);
      if (input.via === AckVia.LINK) throw badField('via', 'linkIsForContractor');
      if (
        [DispatchStatus.ACKNOWLEDGED, DispatchStatus.DECLINED, DispatchStatus.FAILED].includes(
          dispatch.status,
        )
      )
        throw violated('DISPATCH_CLOSED', `The dispatch is already ${dispatch.status}`);
      if (input.outcome === 'NO_ANSWER') {
        await this.sending.moveOn(em, dispatch, `電話がつながりませんでした。${input.note}`.trim());
      } else {
        Object.assign(dispatch, {
          status:
            input.outcome === 'ACCEPTED' ? DispatchStatus.ACKNOWLEDGED : DispatchStatus.DECLINED,
          acknowledgedAt: input.outcome === 'ACCEPTED' ? new Date() : null,
          acknowledgedVia: input.via,
          replyNote: input.note.trim() || null,
          alert:
            input.outcome === 'DECLINED'
              ? '手配先がお断りしました。別の手配先を選んでください。'
              : null,
        });
        await em.save(dispatch);
        await dispatchChanged(em, dispatch);
      }
      await this.audit.record(em, ctx, {
        action: 'dispatch.reply_recorded',
        entityType: 'Dispatch',
        entityId: dispatch.id,
        clientCompanyId: dispatch.clientCompanyId,
        after: { via: input.via, outcome: input.outcome, note: input.note },
      });
      return dispatch;
    });
  }

  /**
   * Sends the sheet again to the current contractor by the channel the
   * operator names, e.g. by e-mail when the contractor says the fax did not
   * come. From then on the dispatch waits on that message. It acts on the
   * dispatch as it is now: the sending pipeline moves its version on by itself
   * (sent, delivered), so only a dispatch that no longer waits is refused.
   */
  resend(ctx: RequestContext, input: { id: string; channelIndex: number }): Promise<Dispatch> {
    return this.db.transaction(ctx, async (em) => {
      const dispatch = await em.findOne(Dispatch, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dispatch) throw notFound('Dispatch');
      if (!WAITING.has(dispatch.status))
        throw violated('DISPATCH_CLOSED', `The dispatch is already ${dispatch.status}`);
      const contractor = await em.findOneByOrFail(Contractor, { id: dispatch.contractorId });
      const channel = contractor.channels[input.channelIndex];
      if (!channel) throw badField('channelIndex', 'notFound');
      if (channel.kind === 'PHONE') throw badField('channelIndex', 'phoneNotSendable');
      dispatch.alert = null;
      await this.sending.sendTo(em, dispatch, contractor, input.channelIndex, dispatch.version);
      await this.audit.record(em, ctx, {
        action: 'dispatch.resent',
        entityType: 'Dispatch',
        entityId: dispatch.id,
        clientCompanyId: dispatch.clientCompanyId,
        after: { contractor: contractor.name, channel: channel.kind, address: channel.address },
      });
      return dispatch;
    });
  }

  /** What the contractor's link shows; throws when the link is not good. */
  async byLink(
    token: string,
  ): Promise<{ dispatch: Dispatch; contractor: Contractor; clientName: string }> {
    const check = checkAckToken(this.config.ackLinkSecret, token);
    if (!check.ok) throw new AckLinkError(check.reason);
    return this.db.transaction(ACK_LINK, async (em) => {
      const dispatch = await em.findOneBy(Dispatch, { id: check.dispatchId });
      if (!dispatch) throw new AckLinkError('tampered');
      if (dispatch.contractorId !== check.contractorId) throw new AckLinkError('moved');
      const contractor = await em.findOneByOrFail(Contractor, { id: dispatch.contractorId });
      const client = await em.findOneByOrFail(ClientCompany, { id: dispatch.clientCompanyId });
      return { dispatch, contractor, clientName: client.name };
    });
  }

  /** The contractor acknowledges through the signed link; once, and only while it is theirs. */
  async acknowledgeByLink(token: string): Promise<Dispatch> {
    const { dispatch } = await this.byLink(token);
    return this.db.transaction(ACK_LINK, async (em) => {
      const current = await em.findOneOrFail(Dispatch, {
        where: { id: dispatch.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (current.contractorId !== dispatch.contractorId) throw new AckLinkError('moved');
      if (current.status === DispatchStatus.ACKNOWLEDGED) return current;
      if ([DispatchStatus.DECLINED, DispatchStatus.FAILED].includes(current.status))
        throw new AckLinkError('moved');
      Object.assign(current, {
        status: DispatchStatus.ACKNOWLEDGED,
        acknowledgedAt: new Date(),
        acknowledgedVia: AckVia.LINK,
        alert: null,
      });
      await em.save(current);
      await dispatchChanged(em, current);
      return current;
    });
  }
}

/** A link that cannot acknowledge: not a link, changed, out of date, or the job has gone elsewhere. */
export class AckLinkError extends Error {
  constructor(readonly reason: 'malformed' | 'tampered' | 'expired' | 'moved') {
    super(`acknowledgment link ${reason}`);
  }
}

// Not yet answered: the sheet may be sent again.
const WAITING = new Set([...AWAITING_DELIVERY, DispatchStatus.CALL_CONTRACTOR]);
