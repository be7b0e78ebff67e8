import { addDaysToDate, isClientRole, tokyoDate } from '@dengon/domain';
import { Inject, Injectable, Logger, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LessThan } from 'typeorm';
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
import { callAudio } from './call-audio';
import { CallRecording, playableInPortal, RecordingKind } from './call-recording.entity';
import { SIP_PROVIDER } from './sip';

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
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.captures = config.VOICE_RECORDINGS_DIR ?? join(config.dataDir, 'voice', 'recordings');
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ callId: string }>('recording.collect', async ({ callId }) => {
      await this.collect(callId);
    });
    await this.jobs.work('recording.expire', async () => {
      await this.expire();
    });
    await this.jobs.schedule('recording.expire', '30 3 * * *');
  }

  /** The edge reported the end of a call: a recorded one is collected once its capture is closed. */
  async callEnded(callId: string): Promise<void> {
    await this.db.transaction(RequestContext.system(), async (em) => {
      const session = await em.findOneBy(CallSession, {
        provider: SIP_PROVIDER,
        providerCallId: callId,
      });
      if (session?.recorded) await this.jobs.send(em, 'recording.collect', { callId });
    });
  }

  /** Turns the call's capture into its recording, once; the raw capture is removed after. */
  async collect(callId: string, now = new Date()): Promise<CallRecording | null> {
    const system = RequestContext.system();
    const { session, existing } = await this.db.transaction(system, async (em) => {
      const found = await em.findOneBy(CallSession, {
        provider: SIP_PROVIDER,
        providerCallId: callId,
      });
      return {
        session: found,
        existing: found ? await em.findOneBy(CallRecording, { callSessionId: found.id }) : null,
      };
    });
    if (!session?.recorded || !session.clientCompanyId) return null;
    if (existing) return existing;
    const capture = await this.capture(callId);
    const audio = callAudio(await readFile(capture.pcap));
    const stored = await this.files.put(`recordings/${session.id}.wav`, audio.wav);
    const recording = await this.db.transaction(system, async (em) => {
      const contract = await latestContract(em, session.clientCompanyId!);
      return em.save(
        em.create(CallRecording, {
          callSessionId: session.id,
          clientCompanyId: session.clientCompanyId!,
          intakeId: session.intakeId,
          fileKey: stored.key,
          sha256: stored.sha256,
          bytes: stored.bytes,
          durationSeconds: Math.round(audio.durationSeconds),
          deleteOn: addDaysToDate(tokyoDate(now), contract?.recordingRetentionDays ?? 90),
        }),
      );
    });
    await Promise.all([rm(capture.pcap, { force: true }), rm(capture.metadata, { force: true })]);
    this.log.log(`Recorded call ${callId}: ${recording.durationSeconds} s`);
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
    const system = RequestContext.system();
    const session = await this.db.transaction(system, (em) =>
      em.findOneBy(CallSession, { provider: SIP_PROVIDER, providerCallId: callId }),
    );
    if (!session?.clientCompanyId) return null;
    const stored = await this.files.put(`voicemails/${session.id}.wav`, message.wav);
    return this.db.transaction(system, async (em) => {
      const seconds = Math.round(message.seconds);
      const call = await this.calls.leftVoicemail(em, SIP_PROVIDER, callId, null, seconds);
      const contract = await latestContract(em, session.clientCompanyId!);
      const recording = await em.save(
        em.create(CallRecording, {
          kind: RecordingKind.VOICEMAIL,
          callSessionId: session.id,
          clientCompanyId: session.clientCompanyId!,
          intakeId: call?.intakeId ?? null,
          fileKey: stored.key,
          sha256: stored.sha256,
          bytes: stored.bytes,
          durationSeconds: seconds,
          deleteOn: addDaysToDate(tokyoDate(now), contract?.recordingRetentionDays ?? 90),
        }),
      );
      this.log.log(`Voicemail on call ${callId}: ${seconds} s`);
      return recording;
    });
  }

  /** Deletes the recordings whose retention has ended, audio first. */
  async expire(today = tokyoDate(new Date())): Promise<number> {
    const system = RequestContext.system();
    const due = await this.db.transaction(system, (em) =>
      em.find(CallRecording, { where: { deleteOn: LessThan(today) }, take: 1000 }),
    );
    for (const recording of due) {
      await this.files.delete(recording.fileKey);
      await this.db.transaction(system, async (em) => {
        await em.delete(CallRecording, recording.id);
        await this.audit.record(em, system, {
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
    if (!recording) throw new NotFoundException('No such recording');
    return { recording, audio: await this.files.get(recording.fileKey) };
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
