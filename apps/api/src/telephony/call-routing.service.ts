import { parseJapanesePhone } from '@dengon/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IntakeChannel } from '../calls/intake-record.entity';
import { IntakeService } from '../calls/intake.service';
import { RequestContext } from '../common/request-context';
import { CallOffer, OfferState } from '../acd/acd.entities';
import { Acd } from '../acd/acd.service';
import { Db } from '../database/db.service';
import { ACD_CHANGED, EventBus } from '../events/event-bus';
import {
  type DialedNumberMatch,
  DialedNumberLookup,
} from '../numbers/dialed-number-lookup.service';
import { ScriptVersion } from '../scripts/script.entity';
import { CallSession, CallState } from './call-session.entity';
import { TelephonyProviders } from './telephony-providers';

/** Providers' webhooks and the SIP edge's questions about a call. */
const ROUTING = RequestContext.system('call routing');

export interface IncomingCall {
  provider: string;
  callId: string;
  from: string | null;
  to: string;
  at: Date;
}

/** An incoming call as routing left it. */
export interface RoutedCall {
  id: string;
  state: CallState;
  recorded: boolean;
  startedAt: Date;
  /** The call's open offer: whose softphone rings, until when. */
  offer: { operatorId: string; state: OfferState; expiresAt: Date } | null;
  /** What the caller hears while waiting, by the client's contract; null without one. */
  waiting: DialedNumberMatch['waiting'];
}

export type Routing =
  | { action: 'QUEUE'; session: RoutedCall; clientName: string; queue: string }
  | {
      action: 'VOICEMAIL';
      session: RoutedCall;
      clientName: string;
      coverageSummary: string | null;
    }
  | { action: 'BUSY'; session: RoutedCall }
  /** A nuisance caller (迷惑電話): a short message, then the line is closed. */
  | { action: 'BLOCKED'; session: RoutedCall }
  | { action: 'UNASSIGNED'; session: RoutedCall; queue: string };

export type ProviderCallStatus =
  'ringing' | 'in-progress' | 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';

export const UNASSIGNED_QUEUE = 'unassigned';
const FINAL = [
  CallState.COMPLETED,
  CallState.VOICEMAIL,
  CallState.BUSY,
  CallState.FAILED,
  CallState.BLOCKED,
];
// Any constant; every API process uses the same one to count channels one call at a time.
const CHANNEL_LOCK = 0x6368616e;

/**
 * The telephony side of the call path, for any provider: match the dialed
 * number to a client, respect the service's channels, queue the call or send
 * it to voicemail, follow its status, and turn a voicemail into an intake
 * record to call back. Webhooks are retried by providers, so every step is
 * idempotent on the provider's call id.
 */
@Injectable()
export class CallRouting {
  private readonly log = new Logger('CallRouting');

  constructor(
    private readonly db: Db,
    private readonly lookup: DialedNumberLookup,
    private readonly acd: Acd,
    private readonly intake: IntakeService,
    private readonly providers: TelephonyProviders,
  ) {}

  /**
   * The operator takes the call offered to them: its provider puts the caller
   * through to their device, or, if it cannot, the offer goes back to the queue.
   */
  async answer(ctx: RequestContext, offerId: string): Promise<CallOffer> {
    const offer = await this.acd.accept(ctx, offerId);
    try {
      await this.providers.connect(ctx, offer.callSessionId);
    } catch (error) {
      await this.acd.putBack(ctx, offer.id);
      throw error;
    }
    return offer;
  }

  /**
   * A call comes in: its session is found or created and queued calls are
   * offered, in one statement (dengon_enter_call, decision 0009), as this
   * answer is on every caller's path. Asked again (a provider retrying, the
   * SIP edge after each ring), it says where the call stands now.
   */
  async incoming(call: IncomingCall): Promise<Routing> {
    // The number's last match saves a round trip; the database refuses it once stale.
    let match = this.lookup.recentMatch(call.to, call.at);
    let row = match && (await this.enter(call, match));
    if (!row) {
      match = await this.lookup.lookup(call.to, call.at);
      row = (await this.enter(call, match, { checked: false }))!;
    }
    const session: RoutedCall = {
      id: row.session_id,
      state: row.session_state,
      recorded: row.session_recorded,
      startedAt: row.session_started_at,
      offer: row.offered_to
        ? { operatorId: row.offered_to, state: row.offer_state!, expiresAt: row.offer_expires_at! }
        : null,
      waiting: match?.waiting ?? null,
    };
    if (!match || session.state === CallState.UNASSIGNED)
      return { action: 'UNASSIGNED', session, queue: UNASSIGNED_QUEUE };
    if (session.state === CallState.BUSY) return { action: 'BUSY', session };
    if (session.state === CallState.BLOCKED) {
      await this.logBlocked(session.id);
      return { action: 'BLOCKED', session };
    }
    if (session.state === CallState.VOICEMAIL) {
      return {
        action: 'VOICEMAIL',
        session,
        clientName: match.clientName,
        coverageSummary: match.coverageSummary,
      };
    }
    return {
      action: 'QUEUE',
      session,
      clientName: match.clientName,
      queue: `client-${match.clientCompanyId}`,
    };
  }

  /**
   * One statement, dengon_enter_call; null when the database refused the
   * match as stale. `checked: false` takes the match as current.
   */
  private async enter(
    call: IncomingCall,
    match: DialedNumberMatch | null,
    { checked } = { checked: true },
  ): Promise<EnteredCall | null> {
    const [row] = await this.db.dataSource.query<EnteredCall[]>(
      'SELECT * FROM dengon_enter_call($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
      [
        CHANNEL_LOCK,
        ...this.acd.dispatchArguments,
        call.provider,
        call.callId,
        e164(call.to),
        call.from ? e164(call.from) : null,
        match?.clientCompanyId ?? null,
        match?.scriptVersionId ?? null,
        match?.covered ?? false,
        match?.recordCalls ?? false,
        call.at,
        checked ? (match?.routingVersion ?? null) : null,
      ],
    );
    return row ?? null;
  }

  /** Follows the provider's status of a call; false when the call is unknown. */
  async status(
    provider: string,
    callId: string,
    status: ProviderCallStatus,
    at: Date,
    duration: number | null,
    recordingUrl: string | null,
  ): Promise<boolean> {
    let withdrawn = 0;
    const known = await this.db.transaction(ROUTING, async (em) => {
      const session = await em.findOne(CallSession, {
        where: { provider, providerCallId: callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) return false;
      const before = session.state;
      // 'in-progress' means the provider's queue picked up: the call still waits for an
      // operator, who answers by accepting the offer. So it changes nothing here.
      if (status === 'completed' && !FINAL.includes(session.state)) {
        Object.assign(session, {
          state: CallState.COMPLETED,
          endedAt: at,
          durationSeconds: duration,
        });
      } else if (
        ['busy', 'failed', 'no-answer', 'canceled'].includes(status) &&
        !FINAL.includes(session.state)
      ) {
        Object.assign(session, { state: CallState.FAILED, endedAt: at });
      }
      if (
        status === 'completed' &&
        (session.state === CallState.VOICEMAIL || session.state === CallState.BLOCKED)
      )
        Object.assign(session, { endedAt: at, durationSeconds: duration });
      session.recordingUrl = recordingUrl ?? session.recordingUrl;
      await em.save(session);
      if (session.state !== before) {
        // A caller who hangs up while being offered is no call to accept.
        if (FINAL.includes(session.state)) withdrawn = await withdrawOffers(em, session.id);
        await EventBus.publish(em, ACD_CHANGED);
      }
      return true;
    });
    // The operator it was offered to is free for the next caller at once.
    if (withdrawn) await this.dispatch();
    return known;
  }

  /** The caller left a message out of hours: the recording becomes an intake record to call back, once. */
  voicemail(
    provider: string,
    callId: string,
    recordingUrl: string | null,
    duration: number | null,
  ): Promise<CallSession | null> {
    return this.db.transaction(ROUTING, (em) =>
      this.leftVoicemail(em, provider, callId, recordingUrl, duration),
    );
  }

  /** As voicemail(), inside the caller's transaction (which stores the audio with it). */
  async leftVoicemail(
    em: EntityManager,
    provider: string,
    callId: string,
    recordingUrl: string | null,
    duration: number | null,
  ): Promise<CallSession | null> {
    const session = await em.findOne(CallSession, {
      where: { provider, providerCallId: callId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!session) return null;
    if (session.state !== CallState.VOICEMAIL) await EventBus.publish(em, ACD_CHANGED);
    Object.assign(session, {
      state: CallState.VOICEMAIL,
      recordingUrl: recordingUrl ?? session.recordingUrl,
      durationSeconds: duration,
    });
    const script = session.scriptVersionId
      ? await em.findOneBy(ScriptVersion, { id: session.scriptVersionId })
      : null;
    if (!session.intakeId && session.clientCompanyId && script) {
      const intake = await this.intake.record(em, ROUTING, {
        clientCompanyId: session.clientCompanyId,
        channel: IntakeChannel.VOICEMAIL,
        dialedE164: session.dialedE164,
        callingE164: session.callingE164,
        script,
        fields: {},
        memo: '時間外の留守番電話です。録音を聞いて折り返してください。',
        faqItemIds: [],
        status: 'CALLBACK_PENDING',
        operatorId: null,
        receivedAt: session.startedAt,
        recordingUrl,
      });
      session.intakeId = intake.id;
    }
    return em.save(session);
  }

  /**
   * A blocked call is kept as a record the client sees, not charged and not
   * reported, once however often the provider asks.
   */
  private async logBlocked(sessionId: string): Promise<void> {
    await this.db.transaction(ROUTING, async (em) => {
      const session = await em.findOne(CallSession, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      const script = session?.scriptVersionId
        ? await em.findOneBy(ScriptVersion, { id: session.scriptVersionId })
        : null;
      if (!session?.clientCompanyId || session.intakeId || !script) return;
      const intake = await this.intake.record(em, ROUTING, {
        clientCompanyId: session.clientCompanyId,
        channel: IntakeChannel.PHONE,
        dialedE164: session.dialedE164,
        callingE164: session.callingE164,
        script,
        fields: {},
        memo: '迷惑電話として登録された番号からの着信です。自動応答で終了しました。',
        faqItemIds: [],
        status: 'WRONG_OR_PRANK',
        operatorId: null,
        receivedAt: session.startedAt,
        recordingUrl: null,
        billable: false,
        report: false,
      });
      session.intakeId = intake.id;
      await em.save(session);
    });
  }

  /**
   * A caller who waited past the client's limit goes to voicemail: out of the
   * queue (an open offer is withdrawn), as a voicemail call from now on.
   * False when the call is no longer waiting.
   */
  async divertToVoicemail(provider: string, callId: string): Promise<boolean> {
    const diverted = await this.db.transaction(ROUTING, async (em) => {
      const session = await em.findOne(CallSession, {
        where: { provider, providerCallId: callId },
        lock: { mode: 'pessimistic_write' },
      });
      if (session?.state !== CallState.QUEUED || !session.clientCompanyId) return false;
      Object.assign(session, { state: CallState.VOICEMAIL, recorded: false });
      await em.save(session);
      await withdrawOffers(em, session.id);
      await EventBus.publish(em, ACD_CHANGED);
      return true;
    });
    if (diverted) await this.dispatch();
    return diverted;
  }

  /** Offers calls to free operators now; a failure leaves them queued for the sweeper, callers unaffected. */
  private async dispatch(): Promise<void> {
    await this.acd.dispatch().catch((e: Error) => this.log.error(`dispatch failed: ${e.message}`));
  }
}

/** Takes back an open offer of the call; how many were open. */
async function withdrawOffers(em: EntityManager, callSessionId: string): Promise<number> {
  const result = await em.update(
    CallOffer,
    { callSessionId, state: OfferState.OFFERED },
    { state: OfferState.EXPIRED },
  );
  return result.affected ?? 0;
}

/** The row of dengon_enter_call. */
interface EnteredCall {
  session_id: string;
  session_state: CallState;
  session_recorded: boolean;
  session_started_at: Date;
  offered_to: string | null;
  offer_state: OfferState | null;
  offer_expires_at: Date | null;
}

function e164(text: string): string {
  const parsed = parseJapanesePhone(text);
  return parsed.ok ? parsed.e164 : text;
}
