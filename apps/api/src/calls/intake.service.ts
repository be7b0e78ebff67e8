import {
  bigrams,
  checkIntakeValues,
  type IntakeStatus,
  type IntakeValue,
  intakeTransitionProblem,
  normalizeForSearch,
  parseJapanesePhone,
  searchTerms,
  tokyoDate,
  urgentKeywordsIn,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { type EntityManager, In, QueryFailedError } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import {
  badField,
  badInput,
  checkVersion,
  type FieldProblem,
  notFound,
  violated,
} from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus';
import { FaqItem } from '../faq/faq-item.entity';
import { priceOn } from '../plans/plans.service';
import { IntakeReports } from '../reports/intake-reports.service';
import { ScriptVersion } from '../scripts/script.entity';
import { CallSession } from '../telephony/call-session.entity';
import { planToday } from '../contracts/plan-today';
import {
  type IntakeChannel,
  IntakeComment,
  IntakeRecord,
  IntakeStatusChange,
} from './intake-record.entity';
import { CallRecording } from '../voice/call-recording.entity';
import type {
  ChangeIntakeStatusInput,
  CreateIntakeInput,
  IntakeRecordsArgs,
  SetIntakeBillableInput,
} from './intake.inputs';

export interface Usage {
  month: string;
  calls: number;
  includedCalls: number;
  overCalls: number;
}

export interface IntakePage {
  items: IntakeRecord[];
  nextCursor: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const cursorOf = (r: IntakeRecord) =>
  Buffer.from(`${r.receivedAt.toISOString()}|${r.id}`).toString('base64url');

/** Intake records: taking them, moving them along the workflow, and finding them again. */
@Injectable()
export class IntakeService {
  /** A published version never changes, so one read serves every save that names it. */
  private readonly publishedVersions = new LRUCache<string, ScriptVersion>({ max: 1000 });

  constructor(
    private readonly db: Db,
    private readonly reports: IntakeReports,
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
      throw badInput([{ field: 'idempotencyKey', message: 'was used for another save' }]);
    return earlier;
  }

  private store(ctx: RequestContext, input: CreateIntakeInput): Promise<IntakeRecord> {
    const problems: FieldProblem[] = [];
    const number = (field: string, text: string | null | undefined) => {
      if (!text) return null;
      const parsed = parseJapanesePhone(text);
      if (!parsed.ok) problems.push({ field, message: parsed.message });
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
        problems.push({ field: 'callSessionId', message: 'is not a call to this client' });
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
        problems.push({ field: 'faqItemIds', message: "are not all this client's FAQ items" });
      }
      if (problems.length) throw badInput(problems);

      const record = await this.record(em, {
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

  /** Moves a record along the workflow for the caller's role, writing who, when, from, to and why. */
  changeStatus(ctx: RequestContext, input: ChangeIntakeStatusInput): Promise<IntakeRecord> {
    return this.db.transaction(ctx, async (em) => {
      const record = await this.locked(em, ctx, input.id);
      checkVersion('The intake record', record.version, input.version);
      const problem = intakeTransitionProblem(ctx.actor.role, record.status, input.status);
      if (problem) throw violated('INTAKE_TRANSITION_NOT_ALLOWED', problem);
      const from = record.status;
      record.status = input.status;
      // A wrong or prank call is not billed; taking the verdict back bills it again.
      if (input.status === 'WRONG_OR_PRANK') record.billable = false;
      if (from === 'WRONG_OR_PRANK') record.billable = true;
      await em.save(record);
      await em.insert(IntakeStatusChange, {
        intakeId: record.id,
        clientCompanyId: record.clientCompanyId,
        fromStatus: from,
        toStatus: input.status,
        note: input.note.trim(),
        changedBy: ctx.actor.id,
      });
      await changed(em, record);
      return record;
    });
  }

  setBillable(ctx: RequestContext, input: SetIntakeBillableInput): Promise<IntakeRecord> {
    return this.db.transaction(ctx, async (em) => {
      const record = await this.locked(em, ctx, input.id);
      checkVersion('The intake record', record.version, input.version);
      if (record.status === 'WRONG_OR_PRANK' && input.billable) {
        throw badField(
          'billable',
          'a wrong or prank call is never billed; change its status first',
        );
      }
      record.billable = input.billable;
      await em.save(record);
      await em.insert(IntakeStatusChange, {
        intakeId: record.id,
        clientCompanyId: record.clientCompanyId,
        fromStatus: record.status,
        toStatus: record.status,
        note: `${input.billable ? '請求対象に戻す' : '請求対象外'}: ${input.reason}`,
        changedBy: ctx.actor.id,
      });
      await changed(em, record);
      return record;
    });
  }

  comment(ctx: RequestContext, intakeId: string, body: string): Promise<IntakeComment> {
    return this.db.transaction(ctx, async (em) => {
      const record = await em.findOneBy(IntakeRecord, { id: intakeId });
      if (!record) throw notFound('Intake record');
      const comment = await em.save(
        em.create(IntakeComment, {
          intakeId,
          clientCompanyId: record.clientCompanyId,
          authorId: ctx.actor.id,
          body,
        }),
      );
      await changed(em, record);
      return comment;
    });
  }

  get(ctx: RequestContext, id: string): Promise<IntakeRecord | null> {
    return this.db.transaction(ctx, (em) => em.findOneBy(IntakeRecord, { id }));
  }

  /** A caller's earlier intakes for this client, newest first, for the operator's screen. */
  callerHistory(
    ctx: RequestContext,
    clientCompanyId: string,
    callingNumber: string,
  ): Promise<IntakeRecord[]> {
    const parsed = parseJapanesePhone(callingNumber);
    if (!parsed.ok) throw badField('callingNumber', parsed.message);
    return this.db.transaction(ctx, (em) => callerHistoryIn(em, clientCompanyId, parsed.e164));
  }

  /** Newest first, keyset-paginated on (received_at, id); days are Asia/Tokyo days. */
  list(ctx: RequestContext, args: IntakeRecordsArgs): Promise<IntakePage> {
    const companyId = ctx.tenantId
      ? companyInScope(ctx, args.clientCompanyId)
      : (args.clientCompanyId ?? null);
    if (ctx.tenantId && !companyId) return Promise.resolve({ items: [], nextCursor: null });
    return this.db.transaction(ctx, async (em) => {
      const qb = em.createQueryBuilder(IntakeRecord, 'r');
      if (companyId) qb.andWhere('r.client_company_id = :companyId', { companyId });
      if (args.from) qb.andWhere('r.received_at >= :from', { from: `${args.from}T00:00:00+09:00` });
      if (args.to)
        qb.andWhere(`r.received_at < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'`, {
          to: args.to,
        });
      if (args.statuses?.length)
        qb.andWhere('r.status IN (:...statuses)', { statuses: args.statuses });
      for (const [field, column] of [
        ['dialedNumber', 'dialed_e164'],
        ['callingNumber', 'calling_e164'],
      ] as const) {
        const text = args[field];
        if (!text) continue;
        const parsed = parseJapanesePhone(text);
        if (!parsed.ok) throw badField(field, parsed.message);
        qb.andWhere(`r.${column} = :${field}`, { [field]: parsed.e164 });
      }
      searchTerms(args.text ?? '').forEach((term, i) => {
        const grams = bigrams(term);
        if (grams.length) qb.andWhere(`r.search_bigrams @> :g${i}`, { [`g${i}`]: grams });
        qb.andWhere(`r.search_text LIKE :t${i} ESCAPE '\\'`, {
          [`t${i}`]: `%${escapeLike(term)}%`,
        });
      });
      if (args.after) {
        const [at, id] = Buffer.from(args.after, 'base64url').toString().split('|');
        if (!at || !id || Number.isNaN(Date.parse(at)))
          throw badField('after', 'is not a cursor this list gave');
        qb.andWhere('(r.received_at, r.id) < (:at, :id)', { at: new Date(at), id });
      }
      const rows = await qb
        .orderBy('r.received_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(args.first + 1)
        .getMany();
      const items = rows.slice(0, args.first);
      return {
        items,
        nextCursor:
          rows.length > args.first && items.length ? cursorOf(items[items.length - 1]!) : null,
      };
    });
  }

  /** The labels of a script version's intake fields, by key (「現場住所」 for site_address). */
  fieldLabels(ctx: RequestContext, scriptVersionId: string): Promise<Map<string, string>> {
    return this.db.transaction(ctx, async (em) => {
      const version = await em.findOneBy(ScriptVersion, { id: scriptVersionId });
      return new Map((version?.fields ?? []).map((f) => [f.key, f.label]));
    });
  }

  clientName(ctx: RequestContext, clientCompanyId: string): Promise<string> {
    return this.db.transaction(
      ctx,
      async (em) => (await em.findOneBy(ClientCompany, { id: clientCompanyId }))?.name ?? '',
    );
  }

  /** Billable intakes this month (Asia/Tokyo) against the calls the plan includes. */
  async usageThisMonth(
    ctx: RequestContext,
    clientCompanyId: string | undefined,
  ): Promise<Usage | null> {
    const companyId = companyInScope(ctx, clientCompanyId);
    if (!companyId) return null;
    const month = tokyoDate(new Date()).slice(0, 7);
    return this.db.transaction(ctx, async (em) => {
      const { plan, term } = await planToday(em, companyId);
      const price = await priceOn(em, plan.code, `${month}-01`);
      const includedCalls = term.includedCallsOverride ?? price?.includedCalls ?? 0;
      const [row]: { calls: number }[] = await em.query(
        `SELECT count(*)::int AS calls FROM intake_records
          WHERE client_company_id = $1 AND billable
            AND received_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
            AND received_at < (($2::date) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Tokyo'`,
        [companyId, `${month}-01`],
      );
      const calls = row?.calls ?? 0;
      return { month, calls, includedCalls, overCalls: Math.max(0, calls - includedCalls) };
    });
  }

  private async scriptVersion(
    em: EntityManager,
    clientCompanyId: string,
    id: string | undefined,
  ): Promise<ScriptVersion> {
    const version = id
      ? (this.publishedVersions.get(id) ?? (await em.findOneBy(ScriptVersion, { id })))
      : await em.findOne(ScriptVersion, {
          where: { clientCompanyId },
          order: { versionNo: 'DESC' },
        });
    if (!version || version.clientCompanyId !== clientCompanyId)
      throw badField(
        'scriptVersionId',
        id ? 'is not a script version of this client' : 'the client has no published script',
      );
    this.publishedVersions.set(version.id, version);
    return version;
  }

  private async locked(em: EntityManager, ctx: RequestContext, id: string): Promise<IntakeRecord> {
    const record = await em.findOne(IntakeRecord, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record || (ctx.tenantId && record.clientCompanyId !== ctx.tenantId))
      throw notFound('Intake record');
    return record;
  }

  /**
   * Writes a checked intake, the first step of its history and the job that
   * tells the client, in the caller's transaction: the one way an intake record
   * comes to be, whether an operator took it or a voicemail left it.
   */
  async record(em: EntityManager, intake: NewIntake): Promise<IntakeRecord> {
    const { script, ...rest } = intake;
    const texts = [intake.memo, ...Object.values(intake.fields).map(String)];
    const urgentKeywords = urgentKeywordsIn(script.urgentKeywords, texts);
    const searchText = normalizeForSearch(texts.join(' '));
    const record = em.create(IntakeRecord, {
      ...rest,
      scriptVersionId: script.id,
      urgent: urgentKeywords.length > 0,
      urgentKeywords,
      billable: true,
      searchText,
      searchBigrams: bigrams(searchText),
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
    await EventBus.publish(em, {
      type: 'intake.created',
      clientCompanyId: record.clientCompanyId,
      id: record.id,
    });
    await this.reports.saved(em, record);
    return record;
  }
}

/** A caller's 20 latest intakes for a client, in the caller's transaction. */
export function callerHistoryIn(
  em: EntityManager,
  clientCompanyId: string,
  callingE164: string,
): Promise<IntakeRecord[]> {
  return em.find(IntakeRecord, {
    where: { clientCompanyId, callingE164 },
    order: { receivedAt: 'DESC' },
    take: 20,
  });
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
}

const changed = (em: EntityManager, record: IntakeRecord) =>
  EventBus.publish(em, {
    type: 'intake.changed',
    clientCompanyId: record.clientCompanyId,
    id: record.id,
  });
