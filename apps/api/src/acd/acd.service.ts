import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badField, notFound, violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { ACD_CHANGED, EventBus } from '../events/event-bus';
import { ClientCompany, ClientStatus } from '../clients/client-company.entity';
import { CallSession, CallState } from '../telephony/call-session.entity';
import {
  CallOffer,
  OfferState,
  OperatorState,
  OperatorStateReason,
  OperatorStatus,
} from './acd.entities';

/** States an operator picks; ON_CALL comes only from accepting an offer. */
export const SELECTABLE_STATES = [
  OperatorState.AVAILABLE,
  OperatorState.BREAK,
  OperatorState.OFFLINE,
];
/** States a supervisor may put an operator in. */
export const SUPERVISOR_STATES = [OperatorState.BREAK, OperatorState.OFFLINE];
// Any constant; one dispatcher at a time across API processes.
const ACD_LOCK = 0x61636421;

/**
 * Automatic call distribution: a queued call is offered to the longest-idle
 * available operator trained for its client (skills are client groups); with
 * nobody free it waits, and is offered the moment someone frees; an offer not
 * accepted in ACD_OFFER_SECONDS moves on, and the operator who let it ring is
 * put on break. A sweeper in every process expires offers and ends after-call
 * work; all of it is serialised by an advisory lock, so replicas agree.
 */
@Injectable()
export class Acd implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('ACD');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.ACD_SWEEP_INTERVAL_MS > 0) {
      this.timer = setInterval(
        () => void this.sweep().catch((e: Error) => this.log.error(e.message)),
        this.config.ACD_SWEEP_INTERVAL_MS,
      );
      this.timer.unref();
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  status(ctx: RequestContext): Promise<OperatorStatus> {
    return this.db.transaction(
      ctx.withServiceRights(),
      async (em) =>
        (await em.findOneBy(OperatorStatus, { userId: ctx.actor.id })) ?? offline(ctx.actor.id),
    );
  }

  async setState(ctx: RequestContext, state: OperatorState): Promise<OperatorStatus> {
    if (!SELECTABLE_STATES.includes(state))
      throw badField('state', 'stateSetByCall', { values: SELECTABLE_STATES, state });
    const status = await this.db.transaction(ctx.withServiceRights(), async (em) => {
      const current = await this.locked(em, ctx.actor.id);
      if (current.state === OperatorState.ON_CALL)
        throw violated('FINISH_CALL_FIRST', 'Finish the call first');
      if (await em.existsBy(CallOffer, { operatorId: ctx.actor.id, state: OfferState.OFFERED })) {
        throw violated('ACCEPT_OFFER_FIRST', 'A call is being offered to you: accept it first');
      }
      await EventBus.publish(em, ACD_CHANGED);
      return em.save(moved(current, state, { reason: OperatorStateReason.CHOSEN }));
    });
    if (state === OperatorState.AVAILABLE) await this.dispatch();
    return status;
  }

  /**
   * A supervisor puts an operator on break or offline, saying why: an offer
   * ringing for them moves on, and the board and the operator see the note.
   * Audited under the supervisor's name.
   */
  async setStateOf(
    ctx: RequestContext,
    operatorId: string,
    state: OperatorState,
    note: string,
  ): Promise<OperatorStatus> {
    if (!SUPERVISOR_STATES.includes(state))
      throw badField('state', 'isIn', { values: SUPERVISOR_STATES });
    const status = await this.db.transaction(ctx.withServiceRights(), async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [ACD_LOCK]);
      const current = await em.findOne(OperatorStatus, {
        where: { userId: operatorId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Operator');
      if (current.state === OperatorState.ON_CALL)
        throw violated('FINISH_CALL_FIRST', 'The operator is on a call: let them finish it first');
      const before = { state: current.state, reason: current.reason };
      await em.update(
        CallOffer,
        { operatorId, state: OfferState.OFFERED },
        { state: OfferState.EXPIRED },
      );
      const saved = await em.save(
        moved(current, state, { reason: OperatorStateReason.SUPERVISOR, note }),
      );
      await this.audit.record(em, ctx, {
        action: 'operator.state_set',
        entityType: 'OperatorStatus',
        entityId: operatorId,
        clientCompanyId: null,
        before,
        after: { state, reason: OperatorStateReason.SUPERVISOR, note },
      });
      await EventBus.publish(em, ACD_CHANGED);
      return saved;
    });
    await this.dispatch(); // a withdrawn offer's call goes to the next operator
    return status;
  }

  /**
   * A supervisor gives a waiting call to a named operator (themselves to take
   * it), trained for its client or not: it rings for them now, and a call
   * ringing elsewhere is taken back from that operator without a penalty.
   * Audited under the supervisor's name.
   */
  async assign(
    ctx: RequestContext,
    callSessionId: string,
    operatorId: string,
    clientCompanyId: string | null = null,
  ): Promise<CallOffer> {
    return this.db.transaction(ctx.withServiceRights(), async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [ACD_LOCK]);
      const call = await em.findOneBy(CallSession, { id: callSessionId });
      if (!call) throw notFound('Call');
      if (call.state !== CallState.QUEUED && call.state !== CallState.UNASSIGNED)
        throw violated('CALL_NOT_WAITING', `The call is ${call.state}, not waiting`);
      const clientBefore = call.clientCompanyId;
      if (call.state === CallState.UNASSIGNED)
        await this.placeUnassigned(em, call, clientCompanyId);
      else if (clientCompanyId && clientCompanyId !== call.clientCompanyId)
        throw badField('clientCompanyId', 'callKeepsClient');
      const operator = await em.findOneBy(OperatorStatus, { userId: operatorId });
      const busy = await em.existsBy(CallOffer, {
        operatorId,
        state: In([OfferState.OFFERED, OfferState.ACCEPTED]),
      });
      if (operator?.state !== OperatorState.AVAILABLE || busy)
        throw violated('OPERATOR_NOT_FREE', 'The operator is not available or has a call ringing');
      const ringing = await em.findOneBy(CallOffer, { callSessionId, state: OfferState.OFFERED });
      if (ringing) await em.update(CallOffer, ringing.id, { state: OfferState.EXPIRED });
      const offer = await em.save(
        em.create(CallOffer, {
          callSessionId,
          operatorId,
          state: OfferState.OFFERED,
          expiresAt: new Date(Date.now() + this.config.ACD_OFFER_SECONDS * 1000),
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'call.assigned',
        entityType: 'CallSession',
        entityId: callSessionId,
        clientCompanyId: call.clientCompanyId,
        before: { offeredTo: ringing?.operatorId ?? null, clientCompanyId: clientBefore },
        after: { offeredTo: operatorId, clientCompanyId: call.clientCompanyId },
      });
      await EventBus.publish(em, { type: 'offer.created', operatorId, id: offer.id });
      await EventBus.publish(em, ACD_CHANGED);
      return offer;
    });
  }

  /**
   * A call to a number no client has waits for a supervisor, who says whose
   * call it is: it joins that client's queue, and the operator sees its script.
   */
  private async placeUnassigned(
    em: EntityManager,
    call: CallSession,
    clientCompanyId: string | null,
  ): Promise<void> {
    if (!clientCompanyId) throw badField('clientCompanyId', 'isNotEmpty');
    const client = await em.findOneBy(ClientCompany, { id: clientCompanyId });
    if (!client || client.status === ClientStatus.TERMINATED)
      throw badField('clientCompanyId', 'clientNotServed');
    Object.assign(call, { clientCompanyId, state: CallState.QUEUED });
    await em.update(CallSession, call.id, { clientCompanyId, state: CallState.QUEUED });
  }

  currentOffer(ctx: RequestContext): Promise<CallOffer | null> {
    return this.db.transaction(ctx.withServiceRights(), (em) =>
      em.findOne(CallOffer, {
        where: { operatorId: ctx.actor.id, state: In([OfferState.OFFERED, OfferState.ACCEPTED]) },
        order: { offeredAt: 'DESC' },
      }),
    );
  }

  accept(ctx: RequestContext, offerId: string): Promise<CallOffer> {
    return this.db.transaction(ctx.withServiceRights(), async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [ACD_LOCK]);
      const offer = await em.findOneBy(CallOffer, { id: offerId, operatorId: ctx.actor.id });
      if (!offer) throw notFound('Offer');
      if (offer.state !== OfferState.OFFERED || offer.expiresAt <= new Date())
        throw violated('OFFER_CLOSED', `The offer is no longer open (${offer.state})`);
      const now = new Date();
      offer.state = OfferState.ACCEPTED;
      await em.save(offer);
      await em.update(CallSession, offer.callSessionId, {
        operatorId: ctx.actor.id,
        state: CallState.IN_PROGRESS,
        answeredAt: now,
      });
      await EventBus.publish(em, ACD_CHANGED);
      await em.save(
        moved(await this.locked(em, ctx.actor.id), OperatorState.ON_CALL, { since: now }),
      );
      return offer;
    });
  }

  /**
   * The provider could not put the accepted call through: the call goes back
   * to the queue, the operator back to available, and the ACD offers it again.
   */
  async putBack(ctx: RequestContext, offerId: string): Promise<void> {
    await this.db.transaction(ctx.withServiceRights(), async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [ACD_LOCK]);
      const offer = await em.findOneBy(CallOffer, {
        id: offerId,
        operatorId: ctx.actor.id,
        state: OfferState.ACCEPTED,
      });
      if (!offer) return;
      await em.update(CallOffer, offer.id, { state: OfferState.EXPIRED });
      await em.update(CallSession, offer.callSessionId, {
        operatorId: null,
        state: CallState.QUEUED,
        answeredAt: null,
      });
      await em.save(moved(await this.locked(em, ctx.actor.id), OperatorState.AVAILABLE));
      await EventBus.publish(em, ACD_CHANGED);
    });
    await this.dispatch();
  }

  /**
   * The operator calls someone back: on a call from now on, so no offer
   * reaches them meanwhile; 通話終了 ends it as any other call.
   */
  async callingOut(em: EntityManager, operatorId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [ACD_LOCK]);
    const status = await this.locked(em, operatorId);
    if (status.state === OperatorState.ON_CALL)
      throw violated('FINISH_CALL_FIRST', 'You are on a call: finish it first');
    if (await em.countBy(CallOffer, { operatorId, state: OfferState.OFFERED }))
      throw violated('ACCEPT_OFFER_FIRST', 'A call is being offered to you: accept it first');
    await em.save(moved(status, OperatorState.ON_CALL));
    await EventBus.publish(em, ACD_CHANGED);
  }

  /** The call is over: after-call work for a while, then available again. */
  finishCall(ctx: RequestContext): Promise<OperatorStatus> {
    return this.db.transaction(ctx.withServiceRights(), async (em) => {
      const current = await this.locked(em, ctx.actor.id);
      if (current.state !== OperatorState.ON_CALL)
        throw violated('NOT_ON_CALL', 'You are not on a call');
      await em.update(
        CallOffer,
        { operatorId: ctx.actor.id, state: OfferState.ACCEPTED },
        { state: OfferState.EXPIRED },
      );
      const now = new Date();
      await EventBus.publish(em, ACD_CHANGED);
      return em.save(
        moved(current, OperatorState.AFTER_CALL_WORK, {
          since: now,
          afterCallWorkUntil: new Date(
            now.getTime() + this.config.ACD_AFTER_CALL_WORK_SECONDS * 1000,
          ),
        }),
      );
    });
  }

  /**
   * Offers every queued call that has a free trained operator, oldest call
   * first, longest-idle operator first; then waiting mail to the operators
   * still free, within the mail channel's own concurrency
   * (ACD_MAIL_CONCURRENCY mails in hand each): a call always goes first, and
   * a mail in hand never keeps a call from an operator. One statement (the
   * database function dengon_dispatch, decision 0006), so the ACD lock is
   * held only inside PostgreSQL, never across round trips from here.
   */
  async dispatch(): Promise<number> {
    const offers: unknown[] = await this.db.dataSource.query(
      'SELECT offer_id FROM dengon_dispatch($1, $2, $3, $4)',
      [
        ...this.dispatchArguments,
        this.config.ACD_MAIL_OFFER_SECONDS,
        this.config.ACD_MAIL_CONCURRENCY,
      ],
    );
    return offers.length;
  }

  /**
   * dengon_dispatch's lock and offer time, for a statement that dispatches
   * calls within its work (a call entering); mail waits for the next dispatch.
   */
  get dispatchArguments(): [number, number] {
    return [ACD_LOCK, this.config.ACD_OFFER_SECONDS];
  }

  /**
   * Takes operators whose console went quiet offline (presence), expires
   * unanswered offers (their operators go on break), ends finished after-call
   * work, and dispatches again: one statement each (decision 0006).
   */
  async sweep(now = new Date()): Promise<void> {
    const grace = this.config.ACD_PRESENCE_GRACE_SECONDS;
    await this.db.dataSource.query('SELECT dengon_sweep($1, $2, make_interval(secs => $3))', [
      ACD_LOCK,
      now,
      grace > 0 ? grace : null,
    ]);
    await this.dispatch();
  }

  private async locked(em: EntityManager, userId: string): Promise<OperatorStatus> {
    const status = await em.findOne(OperatorStatus, {
      where: { userId },
      lock: { mode: 'pessimistic_write' },
    });
    return status ?? em.create(OperatorStatus, offline(userId));
  }
}

const offline = (userId: string): OperatorStatus =>
  Object.assign(new OperatorStatus(), {
    userId,
    state: OperatorState.OFFLINE,
    since: new Date(0),
    afterCallWorkUntil: null,
    reason: null,
    note: null,
    lastSeenAt: null,
    version: 0,
  });

/** An operator's state changed: since now (unless told), why, and no after-call work left. */
function moved(
  status: OperatorStatus,
  state: OperatorState,
  change: Partial<Pick<OperatorStatus, 'since' | 'reason' | 'note' | 'afterCallWorkUntil'>> = {},
): OperatorStatus {
  return Object.assign(status, {
    state,
    since: change.since ?? new Date(),
    reason: change.reason ?? null,
    note: change.note ?? null,
    afterCallWorkUntil: change.afterCallWorkUntil ?? null,
  });
}
