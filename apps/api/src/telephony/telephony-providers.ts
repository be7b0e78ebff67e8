import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { ProviderCallStatus } from './call-routing.service';
import { CallSession } from './call-session.entity';
import { TwilioRest } from './twilio-rest';

/** The identity of an operator's softphone (SIP user, Twilio client): `op-<user id>`. */
export const deviceIdentityOf = (userId: string) => `op-${userId}`;

/** A call's end as its provider reports it. */
export interface ProviderCallEnd {
  status: ProviderCallStatus;
  durationSeconds: number | null;
}

/** What each telephony provider does for the same step of a call. */
export interface TelephonyProvider {
  /** The operator accepted the offer of this call: put the caller through to their device. */
  connect(session: CallSession, operatorId: string): Promise<void>;
  /**
   * Asked when a call's end never arrived: how it ended, 'still going' (null),
   * or undefined where the provider cannot be asked.
   */
  ended(session: CallSession): Promise<ProviderCallEnd | null | undefined>;
}

/**
 * Dengon's own SIP edge asks the API where a call goes and rings the operator
 * who accepted on its next question, and reports every end itself; the
 * simulator's calls have no audio. Neither can be asked about a lost end.
 */
const ASKS_BY_ITSELF: TelephonyProvider = {
  connect: () => Promise.resolve(),
  ended: () => Promise.resolve(undefined),
};

const TWILIO_ENDS: Record<string, ProviderCallStatus> = {
  completed: 'completed',
  busy: 'busy',
  failed: 'failed',
  'no-answer': 'no-answer',
  canceled: 'canceled',
};

/** Twilio holds the caller in <Enqueue>: its REST API hands them to the operator's device. */
class TwilioProvider implements TelephonyProvider {
  constructor(private readonly rest: TwilioRest) {}

  async connect(session: CallSession, operatorId: string): Promise<void> {
    // Without the REST API configured Twilio calls are webhook-only, as before.
    if (!this.rest.enabled) return;
    await this.rest.connect(session.providerCallId, deviceIdentityOf(operatorId), session.recorded);
  }

  async ended(session: CallSession): Promise<ProviderCallEnd | null | undefined> {
    if (!this.rest.enabled) return undefined;
    const call = await this.rest.callStatus(session.providerCallId);
    const status = TWILIO_ENDS[call.status];
    return status ? { status, durationSeconds: call.durationSeconds } : null;
  }
}

/** The provider of each call, by the name its sessions carry. */
@Injectable()
export class TelephonyProviders {
  private readonly log = new Logger('Telephony');
  private readonly twilio: TwilioProvider;

  constructor(
    private readonly db: Db,
    rest: TwilioRest,
  ) {
    this.twilio = new TwilioProvider(rest);
  }

  of(provider: string): TelephonyProvider {
    return provider === 'twilio' ? this.twilio : ASKS_BY_ITSELF;
  }

  /** Connects the accepted call; a provider that fails leaves it queued there, and says so. */
  async connect(ctx: RequestContext, callSessionId: string): Promise<void> {
    const session = await this.db.transaction(ctx.withServiceRights(), (em) =>
      em.findOneByOrFail(CallSession, { id: callSessionId }),
    );
    try {
      await this.of(session.provider).connect(session, ctx.actor.id);
    } catch (error) {
      this.log.error(
        `Could not put ${session.provider} call ${session.providerCallId} through: ${(error as Error).message}`,
      );
      throw violated(
        'CALL_NOT_PUT_THROUGH',
        'The call could not be put through to your phone; it is still waiting',
      );
    }
  }
}
