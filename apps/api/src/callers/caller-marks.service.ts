import { callerMarkPattern } from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { IntakeRecord } from '../calls/intake-record.entity';
import { badField, checkVersion, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { CallerMark, CallerMarkStatus } from './caller-mark.entity';
import type {
  AddCallerMarkInput,
  CallerMarkVersionInput,
  ReportNuisanceCallerInput,
} from './caller-mark.inputs';

/**
 * Priority and blocked callers per client. Supervisors and the back office
 * mark numbers or prefixes; an operator reports a nuisance caller from the
 * record, which applies once a supervisor confirms it. Every change is audited.
 */
@Injectable()
export class CallerMarks {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, clientCompanyId: string): Promise<CallerMark[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(CallerMark, {
        where: { clientCompanyId },
        order: { status: 'DESC', createdAt: 'DESC' },
      }),
    );
  }

  /** Reports still waiting for a supervisor, across clients. */
  proposed(ctx: RequestContext): Promise<CallerMark[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(CallerMark, {
        where: { status: CallerMarkStatus.PROPOSED },
        order: { createdAt: 'ASC' },
        take: 200,
      }),
    );
  }

  add(ctx: RequestContext, input: AddCallerMarkInput): Promise<CallerMark> {
    const checked = callerMarkPattern(input.number, input.isPrefix);
    if (!checked.ok) throw badField('number', checked.refused);
    return this.db.transaction(ctx, (em) =>
      this.save(em, ctx, {
        clientCompanyId: input.clientCompanyId,
        pattern: checked.pattern,
        isPrefix: input.isPrefix,
        kind: input.kind,
        status: CallerMarkStatus.ACTIVE,
        note: input.note.trim(),
        proposedBy: null,
        confirmedBy: ctx.actor.id,
      }),
    );
  }

  /** An operator reports the caller of a record as a nuisance: a proposal until a supervisor confirms. */
  reportNuisance(ctx: RequestContext, input: ReportNuisanceCallerInput): Promise<CallerMark> {
    return this.db.transaction(ctx, async (em) => {
      const intake = await em.findOneBy(IntakeRecord, { id: input.intakeId });
      if (!intake) throw notFound('Intake record');
      if (!intake.callingE164) throw badField('intakeId', 'noCallerNumber');
      const existing = await em.findOneBy(CallerMark, {
        clientCompanyId: intake.clientCompanyId,
        pattern: intake.callingE164,
        isPrefix: false,
      });
      if (existing?.kind === 'NUISANCE') return existing;
      if (existing)
        throw violated('CALLER_ALREADY_MARKED', 'The caller is marked VIP: a supervisor decides');
      return this.save(em, ctx, {
        clientCompanyId: intake.clientCompanyId,
        pattern: intake.callingE164,
        isPrefix: false,
        kind: 'NUISANCE',
        status: CallerMarkStatus.PROPOSED,
        note: input.note.trim(),
        proposedBy: ctx.actor.id,
        confirmedBy: null,
      });
    });
  }

  confirm(ctx: RequestContext, input: CallerMarkVersionInput): Promise<CallerMark> {
    return this.db.transaction(ctx, async (em) => {
      const mark = await this.locked(em, input);
      if (mark.status === CallerMarkStatus.ACTIVE)
        throw violated('CALLER_MARK_CONFIRMED', 'The mark is already in force');
      Object.assign(mark, { status: CallerMarkStatus.ACTIVE, confirmedBy: ctx.actor.id });
      await em.save(mark);
      await this.record(em, ctx, 'caller_mark.confirmed', mark);
      return mark;
    });
  }

  /** Removes a mark, or turns down a report. */
  remove(ctx: RequestContext, input: CallerMarkVersionInput): Promise<CallerMark> {
    return this.db.transaction(ctx, async (em) => {
      const mark = await this.locked(em, input);
      await em.delete(CallerMark, { id: mark.id });
      await this.record(em, ctx, 'caller_mark.removed', mark);
      return mark;
    });
  }

  private async locked(em: EntityManager, input: CallerMarkVersionInput): Promise<CallerMark> {
    const mark = await em.findOne(CallerMark, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!mark) throw notFound('Caller mark');
    checkVersion('The caller mark', mark.version, input.version);
    return mark;
  }

  private async save(
    em: EntityManager,
    ctx: RequestContext,
    fields: Omit<CallerMark, 'id' | 'createdAt' | 'version' | 'label' | 'clientCompany'>,
  ): Promise<CallerMark> {
    let mark: CallerMark;
    try {
      mark = await em.save(em.create(CallerMark, fields));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint ===
          'caller_marks_client_pattern_key'
      )
        throw badField('number', 'alreadyMarked');
      throw error;
    }
    await this.record(
      em,
      ctx,
      fields.status === CallerMarkStatus.PROPOSED ? 'caller_mark.reported' : 'caller_mark.added',
      mark,
    );
    return mark;
  }

  private record(
    em: EntityManager,
    ctx: RequestContext,
    action: string,
    mark: CallerMark,
  ): Promise<void> {
    return this.audit.record(em, ctx, {
      action,
      entityType: 'CallerMark',
      entityId: mark.id,
      clientCompanyId: mark.clientCompanyId,
      after: { number: mark.label, kind: mark.kind, status: mark.status, note: mark.note },
    });
  }
}
