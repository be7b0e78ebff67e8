import { addDaysToDate, isClientRole, tokyoDate } from '@dengon/domain';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type EntityManager, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { latestContract } from '../contracts/contracts.service';
import { Db } from '../database/db.service';
import { JobQueue } from '../jobs/job-queue';
import { FileStore } from '../storage/file-store';
import { CallRouting } from '../telephony/call-routing.service';
import { CallSession } from '../telephony/call-session.entity';
import { TwilioRest } from '../telephony/twilio-rest';
import { callAudio } from './call-audio';
import { CallRecording, playableInPortal, RecordingKind } from './call-recording.entity';
import { SIP_PROVIDER } from './sip';
import { notFound } from '../common/errors';

/** The edge's and the providers' reports of recorded audio, and the retention job. */
const RECORDING = RequestContext.system('recordings');

/** A recording a provider keeps (Twilio), reported by its webhook. */
export interface ProviderRecording {
  provider: string;
  callId: string;
  url: string;
  seconds: number;
  kind: RecordingKind;
}

/** The capture is not closed yet: rtpengine writes its metadata when it lets the call go. */
class CaptureNotReady extends Error {}

/** How rtpengine names a call's files: the Call-ID with all but A-Za-z0-9-_.~ as %XX. */
export function captureName(callId: string): string {
  return encodeURIComponent(callId).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Call recordings and voicemails: the edge's capture of a recorded call (rtpengine's pcap,
 * both legs) becomes one audio file per call in FileStore, linked to the call
 * and its intake record, kept for the client's retention, played only to
 * those who may hear it, every play audited.
 */
@Injectable()
export class Recordings implements OnModuleInit {
  private readonly log = new Logger('Recordings');
  private readonly captures: string;

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly calls: CallRouting,
    private readonly twilio: TwilioRest,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.captures = config.VOICE_RECORDINGS_DIR ?? join(config.dataDir, 'voice', 'recordings');
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ callId: string }>('recording.collect', async ({ callId }) => {
      await this.collect(callId);
    });
    await this.jobs.work<ProviderRecording>('recording.fetch', async (recording) => {
      await this.fetch(recording);
    });
    await this.jobs.work('recording.expire', async () => {
      await this.expire();
    });
    await this.jobs.schedule('recording.expire', '30 3 * * *');
  }

  /** The edge reported the end of a call: a recorded one is collected once its capture is closed. */
  async callEnded(callId: string): Promise<void> {
    await this.db.transaction(RECORDING, async (em) => {
      const session = await em.findOneBy(CallSession, {
        provider: SIP_PROVIDER,
        providerCallId: callId,
      });
      if (session?.recorded) await this.jobs.send(em, 'recording.collect', { callId });
    });
  }

  /** Turns the call's capture into its recording, once; the raw capture is removed after. */
  async collect(callId: string, now = new Date()): Promise<CallRecording | null> {
    const { session, existing } = await this.sessionOf(SIP_PROVIDER, callId);
    if (!session?.recorded || !session.clientCompanyId) return null;
    if (existing) return existing;
    const capture = await this.capture(callId);
    const audio = callAudio(await readFile(capture.pcap));
    const recording = await this.store(session, audio.wav, {
      kind: RecordingKind.CALL,
      seconds: audio.durationSeconds,
      now,
    });
    await Promise.all([rm(capture.pcap, { force: true }), rm(capture.metadata, { force: true })]);
    return recording;
  }

  /**
   * A caller left a message at the media server: the audio is stored, and in
   * one transaction the call becomes a voicemail with an intake record to call
   * back, the audio linked to it.
   */
  async voicemailLeft(
    callId: string,
    message: { wav: Buffer; seconds: number },
    now = new Date(),
  ): Promise<CallRecording | null> {
    const { session } = await this.sessionOf(SIP_PROVIDER, callId);
    if (!session?.clientCompanyId) return null;
    return this.store(session, message.wav, {
      kind: RecordingKind.VOICEMAIL,
      seconds: message.seconds,
      now,
      // In the same transaction the call becomes a voicemail with its record to call back.
      before: (em, seconds) =>
        this.calls.leftVoicemail(em, SIP_PROVIDER, callId, null, seconds).then(() => undefined),
    });
  }

  /**
   * A provider reported a finished recording of a call (Twilio's recording
   * callback, a voicemail's <Record>): its audio is fetched by a job, with
   * retries, into FileStore. False for a call Dengon does not know.
   */
  async recordedByProvider(recording: ProviderRecording): Promise<boolean> {
    return this.db.transaction(RECORDING, async (em) => {
      const session = await em.findOneBy(CallSession, {
        provider: recording.provider,
        providerCallId: recording.callId,
      });
      if (!session) return false;
      await this.jobs.send(em, 'recording.fetch', recording);
      return true;
    });
  }

  /** Fetches a provider's recording once and links it to the call and its record. */
  async fetch(recording: ProviderRecording, now = new Date()): Promise<CallRecording | null> {
    const { session, existing } = await this.sessionOf(recording.provider, recording.callId);
    if (!session?.clientCompanyId) return null;
    if (existing) return existing;
    const audio = await this.twilio.recordingAudio(recording.url);
    return this.store(session, audio, { kind: recording.kind, seconds: recording.seconds, now });
  }

  /**
   * Stores audio as the call's one recording: the file through FileStore, then
   * in one transaction (with `before`, if given) the row linked to the call and
   * its intake record, kept for the client's retention.
   */
  private async store(
    session: CallSession,
    audio: Buffer,
    options: {
      kind: RecordingKind;
      seconds: number;
      now: Date;
      before?: (em: EntityManager, seconds: number) => Promise<void>;
    },
  ): Promise<CallRecording> {
    const folder = options.kind === RecordingKind.VOICEMAIL ? 'voicemails' : 'recordings';
    const stored = await this.files.put(`${folder}/${session.id}.wav`, audio);
    const seconds = Math.round(options.seconds);
    const recording = await this.db.transaction(RECORDING, async (em) => {
      await options.before?.(em, seconds);
      // The record may have been saved meanwhile (voicemail: just now).
      const { intakeId } = await em.findOneByOrFail(CallSession, { id: session.id });
      const contract = await latestContract(em, session.clientCompanyId!);
      return em.save(
        em.create(CallRecording, {
          kind: options.kind,
          callSessionId: session.id,
          clientCompanyId: session.clientCompanyId!,
          intakeId,
          fileKey: stored.key,
          sha256: stored.sha256,
          bytes: stored.bytes,
          durationSeconds: seconds,
          deleteOn: addDaysToDate(tokyoDate(options.now), contract?.recordingRetentionDays ?? 90),
        }),
      );
    });
    this.log.log(
      `${options.kind === RecordingKind.VOICEMAIL ? 'Voicemail' : 'Recording'} of ${session.provider} call ${session.providerCallId}: ${seconds} s`,
    );
    return recording;
  }

  /** Deletes the recordings whose retention has ended, audio first. */
  async expire(today = tokyoDate(new Date())): Promise<number> {
    const due = await this.db.transaction(RECORDING, (em) =>
      em.find(CallRecording, { where: { deleteOn: LessThan(today) }, take: 1000 }),
    );
    for (const recording of due) {
      await this.files.delete(recording.fileKey);
      await this.db.transaction(RECORDING, async (em) => {
        await em.delete(CallRecording, recording.id);
        await this.audit.record(em, RECORDING, {
          action: 'recording.deleted',
          entityType: 'CallRecording',
          entityId: recording.id,
          clientCompanyId: recording.clientCompanyId,
          before: { deleteOn: recording.deleteOn, durationSeconds: recording.durationSeconds },
        });
      });
    }
    return due.length;
  }

  /**
   * The audio for someone to hear: read as them (another company's is not
   * found), in the portal only where the contract allows it; every play audited.
   */
  async play(
    ctx: RequestContext,
    id: string,
    { audit }: { audit: boolean },
  ): Promise<{ recording: CallRecording; audio: Buffer }> {
    const recording = await this.db.transaction(ctx, async (em) => {
      const found = await em.findOneBy(CallRecording, { id });
      if (!found) return null;
      if (ctx.user && isClientRole(ctx.user.role)) {
        const contract = await latestContract(em, found.clientCompanyId);
        if (!playableInPortal(found.kind, contract?.recordingsInPortal ?? false)) return null;
      }
      if (audit)
        await this.audit.record(em, ctx, {
          action: 'recording.played',
          entityType: 'CallRecording',
          entityId: found.id,
          clientCompanyId: found.clientCompanyId,
        });
      return found;
    });
    if (!recording) throw notFound('Recording');
    return { recording, audio: await this.files.get(recording.fileKey) };
  }

  /** A provider's call and the recording it has, if any. */
  private sessionOf(
    provider: string,
    callId: string,
  ): Promise<{ session: CallSession | null; existing: CallRecording | null }> {
    return this.db.transaction(RECORDING, async (em) => {
      const session = await em.findOneBy(CallSession, { provider, providerCallId: callId });
      return {
        session,
        existing: session ? await em.findOneBy(CallRecording, { callSessionId: session.id }) : null,
      };
    });
  }

  private async capture(callId: string): Promise<{ pcap: string; metadata: string }> {
    const prefix = `rtpengine-meta-${captureName(callId)}-`;
    const names = await readdir(join(this.captures, 'metadata')).catch(() => [] as string[]);
    const name = names.find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
    if (!name) throw new CaptureNotReady(`The capture of call ${callId} is not closed yet`);
    const metadata = join(this.captures, 'metadata', name);
    // The first line of rtpengine's metadata is the path of the call's pcap.
    const pcap = (await readFile(metadata, 'utf8')).split('\n')[0]?.trim() ?? '';
    if (!pcap) throw new Error(`The capture metadata of call ${callId} names no pcap`);
    return { pcap, metadata };
  }
}
