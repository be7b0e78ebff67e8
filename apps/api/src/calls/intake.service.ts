import {
  bigrams,
  checkIntakeValues,
  fieldProblem,
  type IntakeStatus,
  type IntakeValue,
  normalizeForSearch,
  parseJapanesePhone,
  urgentKeywordsIn,
} from '@dengon/domain';
import { AuditService } from '../audit/audit.service';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { type EntityManager, In, QueryFailedError } from 'typeorm';
import { badField, badInput, type FieldProblem, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus';
import { FaqItem } from '../faq/faq-item.entity';
import { IntakeReports } from '../reports/intake-reports.service';
import { ScriptVersion } from '../scripts/script.entity';
import { CallSession } from '../telephony/call-session.entity';
import { type IntakeChannel, IntakeRecord, IntakeStatusChange } from './intake-record.entity';
import { CallRecording } from '../voice/call-recording.entity';
import type { CreateIntakeInput } from './intake.inputs';

/** Taking an intake: from an operator's save or a voicemail, checked, once per call and per key. */
@Injectable()
export class IntakeService {
  /** A published version never changes, so one read serves every save that names it. */
  private readonly publishedVersions = new LRUCache<string, ScriptVersion>({ max: 1000 });

  constructor(
    private readonly db: Db,
    private readonly reports: IntakeReports,
    private readonly audit: AuditService,
  ) {}

  /**
   * Takes an intake. A save sent again with the same idempotency key (a retry
   * after a timeout or a crash) returns the record the first one stored.
   */
  async create(ctx: RequestContext, input: CreateIntakeInput): Promise<IntakeRecord> {
    try {
      return await this.store(ctx, input);
    } catch (error) {
      // Two saves with one key at once: the second finds the first's record.
      if (
        input.idempotencyKey &&
        error instanceof QueryFailedError &&
        String((error as QueryFailedError & { constraint?: string }).constraint) ===
          'intake_records_idempotency_key_key'
      ) {
        const earlier = await this.db.transaction(ctx, (em) => this.saved(em, input));
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /** The record an earlier save with the same key stored, if any; the key cannot serve another client. */
  private async saved(em: EntityManager, input: CreateIntakeInput): Promise<IntakeRecord | null> {
    if (!input.idempotencyKey) return null;
    const earlier = await em.findOneBy(IntakeRecord, { idempotencyKey: input.idempotencyKey });
    if (earlier && earlier.clientCompanyId !== input.clientCompanyId)
      throw badField('idempotencyKey', 'idempotencyKeyReused');
    return earlier;
  }

  private store(ctx: RequestContext, input: CreateIntakeInput): Promise<IntakeRecord> {
    const problems: FieldProblem[] = [];
    const number = (field: string, text: string | null | undefined) => {
      if (!text) return null;
      const parsed = parseJapanesePhone(text);
      if (!parsed.ok) problems.push({ field, ...parsed.refused });
      return parsed.ok ? parsed.e164 : null;
    };
    let dialedE164 = number('dialedNumber', input.dialedNumber);
    let callingE164 = number('callingNumber', input.callingNumber);

    // A save sent again with its key usually finds nothing in its way until the insert, whose
    // unique key turns it back to create(); looking first would cost every save a query.
    return this.db.transaction(ctx, async (em) => {
      const call = input.callSessionId
        ? await em.findOne(CallSession, {
            where: { id: input.callSessionId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (input.callSessionId && call?.clientCompanyId !== input.clientCompanyId)
        problems.push(fieldProblem('callSessionId', 'notOfClient'));
      else if (call?.intakeId) {
        const earlier = await this.saved(em, input);
        if (earlier) return earlier;
        throw violated('CALL_HAS_INTAKE', 'This call already has its intake record');
      }
      dialedE164 ??= call?.dialedE164 ?? null;
      callingE164 ??= call?.callingE164 ?? null;
      const script = await this.scriptVersion(em, input.clientCompanyId, input.scriptVersionId);
      const checked = checkIntakeValues(script.fields, input.fields);
      problems.push(...checked.problems);
      const faqItemIds = [...new Set(input.faqItemIds ?? [])];
      if (
        faqItemIds.length &&
        (await em.countBy(FaqItem, {
          id: In(faqItemIds),
          clientCompanyId: input.clientCompanyId,
        })) !== faqItemIds.length
      ) {
        problems.push(fieldProblem('faqItemIds', 'notOfClient'));
      }
      if (problems.length) throw badInput(problems);

      const record = await this.record(em, ctx, {
        clientCompanyId: input.clientCompanyId,
        channel: input.channel,
        dialedE164,
        callingE164,
        script,
        fields: checked.values,
        memo: input.memo?.trim() ?? '',
        faqItemIds,
        status: 'RECEIVED',
        operatorId: ctx.actor.id,
        receivedAt: input.receivedAt ?? call?.startedAt ?? new Date(),
        recordingUrl: null,
        idempotencyKey: input.idempotencyKey ?? null,
      });
      if (call) {
        await em.update(CallSession, call.id, { intakeId: record.id });
        // A recording made before the intake was saved belongs to it too.
        await em.update(CallRecording, { callSessionId: call.id }, { intakeId: record.id });
      }
      return record;
    });
  }

  private async scriptVersion(
    em: EntityManager,
    clientCompanyId: string,
    id: string | undefined,
  ): Promise<ScriptVersion> {
    const version = id
      ? (this.publishedVersions.get(id) ?? (await em.findOneBy(ScriptVersion, { id })))
      : // A desk intake without a script on screen takes the usual one.
        await usualScript(em, clientCompanyId);
    if (!version || version.clientCompanyId !== clientCompanyId)
      throw badField('scriptVersionId', id ? 'notOfClient' : 'noPublishedScript');
    this.publishedVersions.set(version.id, version);
    return version;
  }

  /**
   * Writes a checked intake, the first step of its history and the job that
   * tells the client, in the caller's transaction: the one way an intake record
   * comes to be, whether an operator took it or a voicemail left it.
   */
  async record(em: EntityManager, ctx: RequestContext, intake: NewIntake): Promise<IntakeRecord> {
    const { script, billable = true, report = true, ...rest } = intake;
    const texts = [intake.memo, ...Object.values(intake.fields).map(String)];
    const urgentKeywords = urgentKeywordsIn(script.urgentKeywords, texts);
    const record = em.create(IntakeRecord, {
      ...rest,
      scriptVersionId: script.id,
      urgent: urgentKeywords.length > 0,
      urgentKeywords,
      billable,
      ...searchColumns(intake.memo, intake.fields),
    });
    // insert, not save: a new row needs no change tracking, and this is every call's path.
    await em.insert(IntakeRecord, record);
    await em.insert(IntakeStatusChange, {
      intakeId: record.id,
      clientCompanyId: record.clientCompanyId,
      fromStatus: null,
      toStatus: record.status,
      note: '',
      changedBy: intake.operatorId,
    });
    await this.audit.record(em, ctx, {
      action: 'intake.created',
      entityType: 'IntakeRecord',
      entityId: record.id,
      clientCompanyId: record.clientCompanyId,
      after: { recordNumber: record.recordNumber, channel: record.channel, status: record.status },
    });
    await EventBus.publish(em, {
      type: 'intake.created',
      clientCompanyId: record.clientCompanyId,
      id: record.id,
    });
    if (report) await this.reports.saved(em, record);
    return record;
  }
}

/** The client's usual script (not the night or holiday one) as last published; null before the first. */
export function usualScript(
  em: EntityManager,
  clientCompanyId: string,
): Promise<ScriptVersion | null> {
  return em.findOne(ScriptVersion, {
    where: { clientCompanyId, variant: 'DEFAULT' },
    order: { versionNo: 'DESC' },
  });
}

/** What the history's free-text search reads of a record: its memo and field values (decision 0005). */
export function searchColumns(
  memo: string,
  fields: Record<string, IntakeValue>,
): Pick<IntakeRecord, 'searchText' | 'searchBigrams'> {
  const searchText = normalizeForSearch([memo, ...Object.values(fields).map(String)].join(' '));
  return { searchText, searchBigrams: bigrams(searchText) };
}

export interface NewIntake {
  clientCompanyId: string;
  channel: IntakeChannel;
  dialedE164: string | null;
  callingE164: string | null;
  script: ScriptVersion;
  fields: Record<string, IntakeValue>;
  memo: string;
  faqItemIds: string[];
  status: IntakeStatus;
  /** Null when Dengon made it (a voicemail). */
  operatorId: string | null;
  receivedAt: Date;
  recordingUrl: string | null;
  idempotencyKey?: string | null;
  /** False for a call that is not charged (a blocked nuisance caller). */
  billable?: boolean;
  /** False for a record the client is not sent a report of. */
  report?: boolean;
}
