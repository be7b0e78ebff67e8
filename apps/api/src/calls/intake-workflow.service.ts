import {
  changeLabel,
  checkIntakeValues,
  intakeChanges,
  intakeTransitionProblem,
  parseJapanesePhone,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
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
import { IntakeReports } from '../reports/intake-reports.service';
import { ScriptVersion } from '../scripts/script.entity';
import {
  IntakeComment,
  IntakeCorrection,
  IntakeRecord,
  IntakeStatusChange,
} from './intake-record.entity';
import { searchColumns } from './intake.service';
import type {
  ChangeIntakeStatusInput,
  CorrectIntakeInput,
  SetIntakeBillableInput,
} from './intake.inputs';

/** An intake record after it is taken: its status, whether it is billed, and comments on it. */
@Injectable()
export class IntakeWorkflow {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reports: IntakeReports,
  ) {}

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
      await this.audit.record(em, ctx, {
        action: 'intake.status_changed',
        entityType: 'IntakeRecord',
        entityId: record.id,
        clientCompanyId: record.clientCompanyId,
        before: { status: from },
        after: { status: input.status, recordNumber: record.recordNumber, note: input.note.trim() },
      });
      await changed(em, record);
      return record;
    });
  }

  /**
   * Corrects a saved record (訂正): its fields, checked against the script it
   * was taken with, its memo and the caller's number. What changed, by whom,
   * when and why is kept; a record already reported to the client is marked
   * corrected after report, and the client is told.
   */
  correct(ctx: RequestContext, input: CorrectIntakeInput): Promise<IntakeRecord> {
    return this.db.transaction(ctx, async (em) => {
      const record = await this.locked(em, ctx, input.id);
      checkVersion('The intake record', record.version, input.version);
      const problems: FieldProblem[] = [];
      const script = await em.findOneByOrFail(ScriptVersion, { id: record.scriptVersionId });
      const checked = checkIntakeValues(script.fields, input.fields);
      problems.push(...checked.problems);
      let callingE164: string | null = null;
      if (input.callingNumber) {
        const parsed = parseJapanesePhone(input.callingNumber);
        if (parsed.ok) callingE164 = parsed.e164;
        else problems.push({ field: 'callingNumber', ...parsed.refused });
      }
      if (problems.length) throw badInput(problems);
      const after = { fields: checked.values, memo: input.memo.trim(), callingE164 };
      const labels = new Map(script.fields.map((f) => [f.key, f.label]));
      const changes = intakeChanges(record, after).map((c) => ({
        ...c,
        label: changeLabel(c.key, labels),
      }));
      if (changes.length === 0) throw badField('fields', 'nothingChanged');
      const afterReport = await this.reports.wasReported(em, record);
      Object.assign(record, after, searchColumns(after.memo, after.fields), {
        correctedAfterReport: record.correctedAfterReport || afterReport,
      });
      await em.save(record);
      const correction = em.create(IntakeCorrection, {
        intakeId: record.id,
        clientCompanyId: record.clientCompanyId,
        correctedBy: ctx.actor.id,
        reason: input.reason.trim(),
        changes,
        afterReport,
      });
      await em.insert(IntakeCorrection, correction);
      await this.audit.record(em, ctx, {
        action: 'intake.corrected',
        entityType: 'IntakeRecord',
        entityId: record.id,
        clientCompanyId: record.clientCompanyId,
        before: Object.fromEntries(changes.map((c) => [c.key, c.before])),
        after: {
          ...Object.fromEntries(changes.map((c) => [c.key, c.after])),
          recordNumber: record.recordNumber,
          reason: correction.reason,
        },
      });
      if (afterReport) await this.reports.corrected(em, record, correction);
      await changed(em, record);
      return record;
    });
  }

  setBillable(ctx: RequestContext, input: SetIntakeBillableInput): Promise<IntakeRecord> {
    return this.db.transaction(ctx, async (em) => {
      const record = await this.locked(em, ctx, input.id);
      checkVersion('The intake record', record.version, input.version);
      if (record.status === 'WRONG_OR_PRANK' && input.billable) {
        throw badField('billable', 'prankNotBillable');
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
      await this.audit.record(em, ctx, {
        action: 'intake.billable_set',
        entityType: 'IntakeRecord',
        entityId: record.id,
        clientCompanyId: record.clientCompanyId,
        after: {
          billable: input.billable,
          recordNumber: record.recordNumber,
          reason: input.reason,
        },
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

  private async locked(em: EntityManager, ctx: RequestContext, id: string): Promise<IntakeRecord> {
    const record = await em.findOne(IntakeRecord, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record || (ctx.tenantId && record.clientCompanyId !== ctx.tenantId))
      throw notFound('Intake record');
    return record;
  }
}

const changed = (em: EntityManager, record: IntakeRecord) =>
  EventBus.publish(em, {
    type: 'intake.changed',
    clientCompanyId: record.clientCompanyId,
    id: record.id,
  });
