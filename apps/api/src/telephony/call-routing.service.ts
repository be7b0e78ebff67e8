import { maxSimultaneousCalls, parseJapanesePhone } from '@dengon/domain';
import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, In, IsNull } from 'typeorm';
import { IntakeChannel } from '../calls/intake-record.entity';
import { IntakeService } from '../calls/intake.service';
import { RequestContext } from '../common/request-context';
import { CallOffer, OfferState } from '../acd/acd.entities';
import { Acd } from '../acd/acd.service';
import { Db } from '../database/db.service';
import { ACD_CHANGED, EventBus } from '../events/event-bus';
import { DialedNumberLookup } from '../numbers/dialed-number-lookup.service';
import { PhoneNumber } from '../numbers/phone-number.entity';
import { ScriptVersion } from '../scripts/script.entity';
import { CallSession, CallState, CHANNEL_STATES } from './call-session.entity';

export interface IncomingCall {
  provider: string;
  callId: string;
  from: string | null;
  to: string;
  at: Date;
}

export type Routing =
  | { action: 'QUEUE'; session: CallSession; clientName: string; queue: string }
  | {
      action: 'VOICEMAIL';
      session: CallSession;
      clientName: string;
      coverageSummary: string | null;
    }
  | { action: 'BUSY'; session: CallSession }
  | { action: 'UNASSIGNED'; session: CallSession; queue: string };

export type ProviderCallStatus =
  'ringing' | 'in-progress' | 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';

export const UNASSIGNED_QUEUE = 'unassigned';
const FINAL = [CallState.COMPLETED, CallState.VOICEMAIL, CallState.BUSY, CallState.FAILED];
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
  ) {}

  async incoming(call: IncomingCall): Promise<Routing> {
    const routing = await this.route(call);
    // Offer it at once.
    if (routing.action === 'QUEUE') await this.dispatch();
    return routing;
  }

  private async route(call: IncomingCall): Promise<Routing> {
    const match = await this.lookup.lookup(call.to, call.at);
    return this.db.transaction(RequestContext.system(), async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [CHANNEL_LOCK]);
      const existing = await em.findOneBy(CallSession, {
        provider: call.provider,
        providerCallId: call.callId,
      });
      const state =
        existing?.state ?? (await this.decide(em, match !== null, match?.covered ?? false));
      if (!existing) await EventBus.publish(em, ACD_CHANGED);
      const session =
        existing ??
        (await em.save(
          em.create(CallSession, {
            provider: call.provider,
            providerCallId: call.callId,
            dialedE164: e164(call.to),
            callingE164: call.from ? e164(call.from) : null,
            clientCompanyId: match?.clientCompanyId ?? null,
            scriptVersionId: match?.scriptVersionId ?? null,
            // A voicemail is kept by whoever answers it, not as a recorded conversation.
            recorded: state !== CallState.VOICEMAIL && (match?.recordCalls ?? false),
            state,
            startedAt: call.at,
          }),
        ));
      if (!match || state === CallState.UNASSIGNED)
        return { action: 'UNASSIGNED', session, queue: UNASSIGNED_QUEUE };
      if (state === CallState.BUSY) return { action: 'BUSY', session };
      if (state === CallState.VOICEMAIL) {
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
    });
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
    const known = await this.db.transaction(RequestContext.system(), async (em) => {
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
      if (status === 'completed' && session.state === CallState.VOICEMAIL)
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
    return this.db.transaction(RequestContext.system(), (em) =>
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
      const intake = await this.intake.record(em, {
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
   * A caller who waited past the client's limit goes to voicemail: out of the
   * queue (an open offer is withdrawn), as a voicemail call from now on.
   * False when the call is no longer waiting.
   */
  async divertToVoicemail(provider: string, callId: string): Promise<boolean> {
    const diverted = await this.db.transaction(RequestContext.system(), async (em) => {
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

  /** Out of hours → voicemail; unknown number → the unassigned queue; over the channels → busy. */
  private async decide(em: EntityManager, matched: boolean, covered: boolean): Promise<CallState> {
    if (matched && !covered) return CallState.VOICEMAIL;
    const ids = await em.countBy(PhoneNumber, {
      clientCompanyId: IsNull(),
      kind: 'DIRECT',
      status: 'ACTIVE',
    });
    // Until the service records its own lines there is no channel count to respect.
    if (
      ids > 0 &&
      (await em.countBy(CallSession, { state: In([...CHANNEL_STATES]) })) >=
        maxSimultaneousCalls(ids)
    ) {
      return CallState.BUSY;
    }
    return matched ? CallState.QUEUED : CallState.UNASSIGNED;
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

function e164(text: string): string {
  const parsed = parseJapanesePhone(text);
  return parsed.ok ? parsed.e164 : text;
}
