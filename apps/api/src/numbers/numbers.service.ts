import {
  checkForwardingTarget,
  checkNumberForKind,
  MOVING_DAYS,
  numberTransitionProblem,
  PROVISIONING_DAYS,
  representativeNumberProblem,
  tokyoDate,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, Not, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { ContractOptions } from '../contracts/contract-options.service';
import { badField, badInput, checkVersion, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import type {
  ChangeNumberStatusInput,
  PhoneNumbersArgs,
  RequestPhoneNumberInput,
  UpdatePhoneNumberInput,
} from './number.inputs';
import { PhoneNumber } from './phone-number.entity';

const daysAhead = (days: number) => tokyoDate(new Date(Date.now() + days * 86_400_000));

/** Numbers and their lifecycle: 0120/0800 toll-free, representative and direct lines. */
@Injectable()
export class NumbersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly contractOptions: ContractOptions,
  ) {}

  list(ctx: RequestContext, args: PhoneNumbersArgs): Promise<PhoneNumber[]> {
    const holder = ctx.tenantId ?? (args.ownLines ? IsNull() : args.clientCompanyId);
    return this.db.transaction(ctx, (em) =>
      em.find(PhoneNumber, {
        where: {
          ...(holder ? { clientCompanyId: holder } : {}),
          ...(args.status ? { status: args.status } : {}),
        },
        order: { createdAt: 'DESC' },
        take: 1000,
      }),
    );
  }

  request(ctx: RequestContext, input: RequestPhoneNumberInput): Promise<PhoneNumber> {
    const parsed = checkNumberForKind(input.number, input.kind);
    if (!parsed.ok) throw badField('number', parsed.refused);
    const forwardTo = input.forwardTo ? checkForwardingTarget(input.forwardTo) : null;
    if (forwardTo && !forwardTo.ok) throw badField('forwardTo', forwardTo.refused);
    if (forwardTo && input.kind !== 'TOLL_FREE')
      throw badField('forwardTo', 'forwardingTollFreeOnly');
    if (input.kind === 'TOLL_FREE' && !input.clientCompanyId)
      throw badField('clientCompanyId', 'tollFreeNeedsClient');
    const holder = input.clientCompanyId ?? null;

    return this.db.transaction(ctx, async (em) => {
      if (holder && !(await em.existsBy(ClientCompany, { id: holder })))
        throw badField('clientCompanyId', 'notFound');
      if (input.kind === 'REPRESENTATIVE')
        await this.checkRepresentativeLimit(em, holder, input.approvalNote ?? null);
      const number = em.create(PhoneNumber, {
        e164: parsed.e164,
        kind: input.kind,
        status: 'REQUESTED',
        clientCompanyId: holder,
        forwardToE164: forwardTo?.ok ? forwardTo.e164 : null,
        label: input.label ?? '',
        approvalNote: input.approvalNote ?? null,
      });
      try {
        await em.save(number);
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        ) {
          throw badField('number', 'numberHeld', { number: parsed.national });
        }
        throw error;
      }
      await this.audit.record(em, ctx, {
        action: 'number.requested',
        entityType: 'PhoneNumber',
        entityId: number.id,
        clientCompanyId: holder,
        after: { number: number.e164, kind: number.kind, status: number.status },
      });
      return number;
    });
  }

  changeStatus(ctx: RequestContext, input: ChangeNumberStatusInput): Promise<PhoneNumber> {
    return this.db.transaction(ctx, async (em) => {
      const number = await this.locked(em, input.id, input.version);
      const from = number.status;
      const expectedOpenDate =
        input.expectedOpenDate ?? number.expectedOpenDate ?? daysAhead(PROVISIONING_DAYS);
      const problem = numberTransitionProblem(from, input.status, {
        kind: number.kind,
        forwardToE164: number.forwardToE164,
        expectedOpenDate,
        today: tokyoDate(new Date()),
      });
      if (problem) throw badInput([problem]);
      number.status = input.status;
      if (input.status === 'PROVISIONING') number.expectedOpenDate = expectedOpenDate;
      if (input.status === 'MOVING')
        number.movingUntil = input.movingUntil ?? daysAhead(MOVING_DAYS);
      if (input.status === 'ACTIVE') {
        number.activatedAt ??= new Date();
        number.movingUntil = null;
      }
      if (input.status === 'RELEASED') number.releasedAt = new Date();
      await em.save(number);
      await this.contractOptions.followTollFreeNumber(em, ctx, number, tokyoDate(new Date()));
      await this.audit.record(em, ctx, {
        action: 'number.status_changed',
        entityType: 'PhoneNumber',
        entityId: number.id,
        clientCompanyId: number.clientCompanyId,
        before: { status: from },
        after: {
          status: number.status,
          expectedOpenDate: number.expectedOpenDate,
          movingUntil: number.movingUntil,
        },
      });
      return number;
    });
  }

  update(ctx: RequestContext, input: UpdatePhoneNumberInput): Promise<PhoneNumber> {
    return this.db.transaction(ctx, async (em) => {
      const number = await this.locked(em, input.id, input.version);
      const before = { forwardTo: number.forwardToE164, label: number.label };
      if (input.forwardTo !== undefined) {
        if (number.kind !== 'TOLL_FREE') throw badField('forwardTo', 'forwardingTollFreeOnly');
        const target = input.forwardTo ? checkForwardingTarget(input.forwardTo) : null;
        if (target && !target.ok) throw badField('forwardTo', target.refused);
        if (!target && ['ACTIVE', 'MOVING'].includes(number.status)) {
          throw badField('forwardTo', 'tollFreeNeedsForwarding');
        }
        number.forwardToE164 = target?.ok ? target.e164 : null;
      }
      if (input.label !== undefined) number.label = input.label;
      await em.save(number);
      await this.audit.record(em, ctx, {
        action: 'number.updated',
        entityType: 'PhoneNumber',
        entityId: number.id,
        clientCompanyId: number.clientCompanyId,
        before,
        after: { forwardTo: number.forwardToE164, label: number.label },
      });
      return number;
    });
  }

  private async checkRepresentativeLimit(
    em: EntityManager,
    holder: string | null,
    approvalNote: string | null,
  ): Promise<void> {
    const held = { clientCompanyId: holder ?? IsNull(), status: Not('RELEASED' as const) };
    const representative = await em.countBy(PhoneNumber, { ...held, kind: 'REPRESENTATIVE' });
    const direct = await em.countBy(PhoneNumber, { ...held, kind: 'DIRECT' });
    const problem = representativeNumberProblem(representative + 1, direct, approvalNote);
    if (problem) throw badInput([problem]);
  }

  private async locked(em: EntityManager, id: string, version: number): Promise<PhoneNumber> {
    const number = await em.findOne(PhoneNumber, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!number) throw notFound('Phone number');
    checkVersion('The number', number.version, version);
    return number;
  }
}
