import { formatNational } from '@dengon/domain';
import { Inject, Injectable } from '@nestjs/common';
import { OfferState } from '../acd/acd.entities';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { WAITING_DEFAULTS } from '../contracts/contract.entity';
import { Db } from '../database/db.service';
import { CallRouting, type ProviderCallStatus } from '../telephony/call-routing.service';
import { CallState } from '../telephony/call-session.entity';
import type { MediaService } from './media/media-server';
import { Recordings } from './recordings.service';
import { deviceIdentityOf } from '../telephony/telephony-providers';
import { SIP_PROVIDER } from './sip';

/** What the SIP edge (Kamailio) is told to do with a caller's INVITE. */
export type EdgeAnswer =
  | { action: 'ring'; user: string; seconds: number; record: boolean }
  | { action: 'dial'; uri: string; callerId: string; record: boolean }
  | { action: 'wait'; seconds: number }
  | { action: 'media'; service: MediaService; seconds: number }
  | { action: 'reject'; code: number; reason: string };

/** How long an operator who accepted has for the softphone to pick up before the edge asks again. */
const ACCEPTED_RING_SECONDS = 30;
/** Longest stretch of the busy announcement before the edge asks again (and the limit is checked). */
const WAITING_MEDIA_SECONDS = 60;
/** A consent announcement that has not ended by then is cut short. */
const CONSENT_MEDIA_SECONDS = 30;
const ENDED = [CallState.COMPLETED, CallState.FAILED, CallState.BUSY];
const WAITING = [CallState.QUEUED, CallState.UNASSIGNED];

/**
 * Dengon stays the routing brain of its own SIP edge: on each INVITE, and
 * again whenever a ring or an announcement ends, Kamailio asks here. The
 * answer comes from the same decision as every provider's (CallRouting and
 * the ACD): ring the operator the call is offered to for what is left of the
 * offer; before that, the consent announcement of a recorded call; while no
 * operator is free, ringing and then the client's busy announcement with hold
 * music (the media server, voice/media); past the client's limit, and out of
 * hours, voicemail.
 */
@Injectable()
export class SipEdge {
  private readonly media: boolean;
  private readonly voicemailSeconds: number;
  private readonly trunk: string | undefined;

  constructor(
    private readonly calls: CallRouting,
    private readonly db: Db,
    private readonly recordings: Recordings,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.media = config.VOICE_MEDIA_PORT !== undefined;
    this.voicemailSeconds = config.VOICEMAIL_MAX_SECONDS + 30;
    this.trunk = config.VOICE_TRUNK_OUTBOUND;
  }

  async route(
    call: { callId: string; from: string | null; to: string },
    attempt = 1,
  ): Promise<EdgeAnswer> {
    const now = new Date();
    const routing = await this.calls.incoming({ provider: SIP_PROVIDER, ...call, at: now });
    if (routing.action === 'BUSY') return { action: 'reject', code: 486, reason: 'Busy Here' };
    if (routing.action === 'VOICEMAIL') return this.voicemail();
    // A nuisance caller hears the short message once; asked again, the edge hangs up.
    if (routing.action === 'BLOCKED')
      return attempt === 1 && this.media
        ? { action: 'media', service: 'declined', seconds: CONSENT_MEDIA_SECONDS }
        : { action: 'reject', code: 603, reason: 'Decline' };
    const session = routing.session;
    if (ENDED.includes(session.state))
      return { action: 'reject', code: 487, reason: 'Request Terminated' };
    if (session.recorded && attempt === 1 && this.media)
      return { action: 'media', service: 'consent', seconds: CONSENT_MEDIA_SECONDS };
    const offer = session.offer;
    if (offer)
      return {
        action: 'ring',
        user: deviceIdentityOf(offer.operatorId),
        seconds:
          offer.state === OfferState.ACCEPTED
            ? ACCEPTED_RING_SECONDS
            : Math.max(1, Math.ceil((offer.expiresAt.getTime() - now.getTime()) / 1000)),
        record: session.recorded,
      };
    if (!this.media) return { action: 'wait', seconds: 1 };
    const waited = (now.getTime() - session.startedAt.getTime()) / 1000;
    const limit = session.waiting?.maxWaitSeconds ?? null;
    if (limit !== null && waited >= limit) {
      // Not diverted: the call moved on meanwhile; the next question finds where.
      if (await this.calls.divertToVoicemail(SIP_PROVIDER, call.callId)) return this.voicemail();
      return { action: 'wait', seconds: 1 };
    }
    const announceAfter =
      session.waiting?.announcementSeconds ?? WAITING_DEFAULTS.announcementSeconds;
    if (waited < announceAfter) return { action: 'wait', seconds: 1 };
    const left = limit === null ? WAITING_MEDIA_SECONDS : Math.ceil(limit - waited);
    return {
      action: 'media',
      service: 'waiting',
      seconds: Math.max(1, Math.min(WAITING_MEDIA_SECONDS, left)),
    };
  }

  /**
   * An operator's softphone dials `callback-<call session>`: the callback they
   * started from a record (startCallback). The edge learns where the trunk is
   * and what caller ID to show; the call takes the INVITE's Call-ID from now
   * on. Anything else an operator dials is refused.
   */
  async outbound(call: { callId: string; user: string; target: string }): Promise<EdgeAnswer> {
    const id = /^callback-([0-9a-f-]{36})$/.exec(call.target)?.[1];
    const operator = /^op-([0-9a-f-]{36})$/.exec(call.user)?.[1];
    if (!id || !operator) return { action: 'reject', code: 404, reason: 'Not Found' };
    const trunk = this.trunk;
    if (!trunk) return { action: 'reject', code: 503, reason: 'No Trunk For Outbound Calls' };
    const [row] = await this.db.dataSource.query<
      [{ dialed_e164: string; calling_e164: string; recorded: boolean }[], number]
    >(
      `UPDATE call_sessions SET provider_call_id = $1, updated_at = now()
        WHERE id = $2 AND provider = $3 AND provider_call_id = $4 AND operator_id = $5
          AND direction = 'OUTBOUND' AND state = 'IN_PROGRESS'
        RETURNING dialed_e164, calling_e164, recorded`,
      [call.callId, id, SIP_PROVIDER, call.target, operator],
    );
    const session = row[0];
    if (!session) return { action: 'reject', code: 403, reason: 'Not Your Callback' };
    return {
      action: 'dial',
      uri: `sip:${digits(session.dialed_e164)}@${trunk}`,
      callerId: digits(session.calling_e164),
      record: session.recorded,
    };
  }

  /** The media server asks while a caller hears the busy announcement: still no operator? */
  async stillWaiting(callId: string): Promise<boolean> {
    const [row] = await this.db.dataSource.query<{ state: CallState; offered: boolean }[]>(
      `SELECT s.state, EXISTS (
                SELECT 1 FROM call_offers o
                 WHERE o.call_session_id = s.id AND o.state IN ('OFFERED', 'ACCEPTED')) AS offered
         FROM call_sessions s WHERE s.provider = $1 AND s.provider_call_id = $2`,
      [SIP_PROVIDER, callId],
    );
    return Boolean(row && WAITING.includes(row.state) && !row.offered);
  }

  /** Voicemail by the media server; without one the caller is told to try later. */
  private voicemail(): EdgeAnswer {
    return this.media
      ? { action: 'media', service: 'voicemail', seconds: this.voicemailSeconds }
      : { action: 'reject', code: 480, reason: 'Temporarily Unavailable' };
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

/** Japanese carriers' trunks take national digits: +81312345678 → 0312345678. */
function digits(e164: string): string {
  const national = formatNational(e164);
  return national.replace(/\D/g, '');
}
