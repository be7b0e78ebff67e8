import { Injectable } from '@nestjs/common';
import { OfferState } from '../acd/acd.entities';
import { Db } from '../database/db.service';
import { CallRouting, type ProviderCallStatus } from '../telephony/call-routing.service';
import { CallState } from '../telephony/call-session.entity';
import { Recordings } from './recordings.service';
import { SIP_PROVIDER, sipUserOf } from './sip';

/** What the SIP edge (Kamailio) is told to do with a caller's INVITE. */
export type EdgeAnswer =
  | { action: 'ring'; user: string; seconds: number; record: boolean }
  | { action: 'wait'; seconds: number }
  | { action: 'reject'; code: number; reason: string };

/** How long an operator who accepted has for the softphone to pick up before the edge asks again. */
const ACCEPTED_RING_SECONDS = 30;
const ENDED = [CallState.COMPLETED, CallState.FAILED, CallState.BUSY];

/**
 * Dengon stays the routing brain of its own SIP edge: on each INVITE, and
 * again whenever a ring ends unanswered, Kamailio asks here. The answer comes
 * from the same decision as every provider's (CallRouting and the ACD): ring
 * the operator the call is offered to for what is left of the offer, or keep
 * the caller waiting with ringback until the ACD offers it.
 */
@Injectable()
export class SipEdge {
  constructor(
    private readonly calls: CallRouting,
    private readonly db: Db,
    private readonly recordings: Recordings,
  ) {}

  async route(call: { callId: string; from: string | null; to: string }): Promise<EdgeAnswer> {
    const now = new Date();
    const routing = await this.calls.incoming({ provider: SIP_PROVIDER, ...call, at: now });
    if (routing.action === 'BUSY') return { action: 'reject', code: 486, reason: 'Busy Here' };
    if (routing.action === 'VOICEMAIL')
      return { action: 'reject', code: 480, reason: 'Temporarily Unavailable' };
    if (ENDED.includes(routing.session.state))
      return { action: 'reject', code: 487, reason: 'Request Terminated' };
    // One statement, no transaction: this answer is on every caller's path.
    const [offer] = await this.db.dataSource.query<
      { operator_id: string; state: OfferState; expires_at: Date }[]
    >(
      `SELECT operator_id, state, expires_at FROM call_offers
        WHERE call_session_id = $1 AND state IN ('OFFERED', 'ACCEPTED')
        ORDER BY offered_at DESC LIMIT 1`,
      [routing.session.id],
    );
    if (!offer) return { action: 'wait', seconds: 1 };
    const seconds =
      offer.state === OfferState.ACCEPTED
        ? ACCEPTED_RING_SECONDS
        : Math.max(1, Math.ceil((offer.expires_at.getTime() - now.getTime()) / 1000));
    return {
      action: 'ring',
      user: sipUserOf(offer.operator_id),
      seconds,
      record: routing.session.recorded,
    };
  }

  /** The edge saw the call answered, ended or abandoned; false for a call it never asked about. */
  async status(
    callId: string,
    status: ProviderCallStatus,
    durationSeconds: number | null,
  ): Promise<boolean> {
    const known = await this.calls.status(
      SIP_PROVIDER,
      callId,
      status,
      new Date(),
      durationSeconds,
      null,
    );
    // A recorded call's audio is collected once the edge has closed its capture.
    if (known && status === 'completed') await this.recordings.callEnded(callId);
    return known;
  }
}
