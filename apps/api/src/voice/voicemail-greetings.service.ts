import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { FileStore } from '../storage/file-store';
import { decodeWav, encodeWav, resample, SAMPLE_RATE } from './call-audio';
import { VoicemailGreeting } from './voicemail-greeting.entity';

/** A greeting is said before the beep: long enough for a name and the hours, short enough to wait through. */
export const GREETING_SECONDS = { min: 1, max: 30 } as const;

/**
 * Each client's own voicemail greeting (留守番電話の応答メッセージ): a WAV the
 * back office uploads, kept at the telephone's rate, played by the media
 * server to that client's out-of-hours callers.
 */
@Injectable()
export class VoicemailGreetings {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly audit: AuditService,
  ) {}

  /** Sets the client's greeting from an uploaded WAV, or with null returns to the standard one. */
  async set(
    ctx: RequestContext,
    clientCompanyId: string,
    wavBase64: string | null,
  ): Promise<VoicemailGreeting | null> {
    const samples = wavBase64 === null ? null : telephoneAudio(wavBase64);
    const wav = samples && encodeWav(samples);
    const sha256 = wav && createHash('sha256').update(wav).digest('hex');
    const fileKey = `voicemail-greetings/${clientCompanyId}/${sha256}.wav`;
    // Named by its content, so a file stored for a change that then fails harms nothing.
    if (wav) await this.files.put(fileKey, wav);
    const { greeting, replaced } = await this.db.transaction(ctx, async (em) => {
      if (!(await em.existsBy(ClientCompany, { id: clientCompanyId })))
        throw notFound('Client company');
      const before = await em.findOneBy(VoicemailGreeting, { clientCompanyId });
      const after = wav
        ? await em.save(
            em.create(VoicemailGreeting, {
              clientCompanyId,
              fileKey,
              sha256: sha256!,
              durationSeconds: Math.round(samples.length / SAMPLE_RATE),
            }),
          )
        : null;
      if (!after && before) await em.delete(VoicemailGreeting, { clientCompanyId });
      await this.audit.record(em, ctx, {
        action: after ? 'voicemail_greeting.set' : 'voicemail_greeting.removed',
        entityType: 'ClientCompany',
        entityId: clientCompanyId,
        clientCompanyId,
        before: before && { durationSeconds: before.durationSeconds, sha256: before.sha256 },
        after: after && { durationSeconds: after.durationSeconds, sha256: after.sha256 },
      });
      return { greeting: after, replaced: before?.fileKey !== fileKey ? before?.fileKey : null };
    });
    if (replaced) await this.files.delete(replaced);
    return greeting;
  }

  /** The greeting of the client a call is for, as samples; null where the standard one plays. */
  async forCall(ctx: RequestContext, provider: string, callId: string): Promise<Int16Array | null> {
    const [row] = await this.db.transaction(ctx, (em) =>
      em.query<{ file_key: string }[]>(
        `SELECT g.file_key FROM call_sessions s
           JOIN voicemail_greetings g ON g.client_company_id = s.client_company_id
          WHERE s.provider = $1 AND s.provider_call_id = $2`,
        [provider, callId],
      ),
    );
    return row ? decodeWav(await this.files.get(row.file_key)).samples : null;
  }
}

/** The uploaded WAV as 8 kHz samples; what is wrong with it, named, otherwise. */
function telephoneAudio(wavBase64: string): Int16Array {
  let wav: { samples: Int16Array; sampleRate: number };
  try {
    wav = decodeWav(Buffer.from(wavBase64, 'base64'));
  } catch (error) {
    throw badField('wavBase64', 'unreadableWav', { detail: (error as Error).message });
  }
  if (wav.sampleRate < SAMPLE_RATE || wav.sampleRate > 96_000)
    throw badField('wavBase64', 'sampleRateOutOfRange', { hz: wav.sampleRate });
  const samples = resample(wav.samples, wav.sampleRate);
  const seconds = samples.length / SAMPLE_RATE;
  if (seconds < GREETING_SECONDS.min || seconds > GREETING_SECONDS.max)
    throw badField('wavBase64', 'greetingLength', {
      seconds: seconds.toFixed(1),
      min: GREETING_SECONDS.min,
      max: GREETING_SECONDS.max,
    });
  return samples;
}
