import {
  EQUIPMENT,
  type EquipmentModel,
  earlyTerminationFee,
  formatNational,
  wholeMonthsRented,
  fieldProblem,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { latestContract, lockedContract } from './contracts.service';
import { type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badField, badInput, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { PhoneNumber } from '../numbers/phone-number.entity';
import { Contract, EquipmentAcquisition, ContractOption, OptionKind } from './contract.entity';
import type { AddContractOptionInput, EndContractOptionInput } from './contract.inputs';

/** What a toll-free number costs a month, charged as an option of the client's contract. */
export const TOLL_FREE_NUMBER_FEE = 1_000;

/**
 * A contract's billable options: numbers, equipment (rented or bought) and
 * fees, added and ended by the back office, and the toll-free number fee that
 * follows its number by itself.
 */
@Injectable()
export class ContractOptions {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}
  addOption(ctx: RequestContext, input: AddContractOptionInput): Promise<ContractOption> {
    return this.db.transaction(ctx, async (em) => {
      const contract = await lockedContract(em, input.contractId);
      if (
        input.startDate < contract.startDate ||
        (contract.endDate && input.startDate > contract.endDate)
      ) {
        throw badField('startDate', 'withinContract', {
          start: contract.startDate,
          end: contract.endDate ?? '',
        });
      }
      return this.saveOption(em, ctx, contract, {
        kind: input.kind,
        quantity: input.quantity,
        startDate: input.startDate,
        ...(await this.priced(em, contract, input)),
      });
    });
  }

  /** A new option of the contract, audited (with why, when Dengon added it itself). */
  private async saveOption(
    em: EntityManager,
    ctx: RequestContext,
    contract: Contract,
    fields: Partial<ContractOption>,
    because?: string,
  ): Promise<ContractOption> {
    const option = em.create(ContractOption, {
      contractId: contract.id,
      clientCompanyId: contract.clientCompanyId,
      endDate: null,
      equipmentModel: null,
      acquisition: null,
      phoneNumberId: null,
      ...fields,
    });
    await em.save(option);
    await this.audit.record(em, ctx, {
      action: 'contract.option_added',
      entityType: 'Contract',
      entityId: contract.id,
      clientCompanyId: contract.clientCompanyId,
      after: {
        kind: option.kind,
        description: option.description,
        monthlyFee: option.monthlyFee,
        oneOffFee: option.oneOffFee,
        startDate: option.startDate,
        ...(because ? { because } : {}),
      },
    });
    return option;
  }

  /**
   * The toll-free number fee follows its number, in the number's transaction:
   * charged on the client's contract from the day the number is ACTIVE, ended
   * the day it is RELEASED, without a person adding or ending the option.
   * Nothing to do for other numbers, a number of no client, or a client
   * without a contract in force that day.
   */
  async followTollFreeNumber(
    em: EntityManager,
    ctx: RequestContext,
    number: PhoneNumber,
    day: string,
  ): Promise<void> {
    if (number.kind !== 'TOLL_FREE' || !number.clientCompanyId) return;
    const open = await openTollFreeFee(em, number.id);
    if (number.status === 'ACTIVE' && !open) {
      const contract = await latestContract(em, number.clientCompanyId);
      if (!contract || (contract.endDate && contract.endDate < day)) return;
      await this.saveOption(
        em,
        ctx,
        contract,
        {
          kind: OptionKind.TOLL_FREE_NUMBER,
          quantity: 1,
          startDate: day < contract.startDate ? contract.startDate : day,
          ...tollFreeFee(number),
        },
        'number.activated',
      );
    }
    if (number.status === 'RELEASED' && open) {
      open.endDate = day < open.startDate ? open.startDate : day;
      await em.save(open);
      await this.audit.record(em, ctx, {
        action: 'contract.option_ended',
        entityType: 'Contract',
        entityId: open.contractId,
        clientCompanyId: open.clientCompanyId,
        after: { option: open.description, endDate: open.endDate, because: 'number.released' },
      });
    }
  }

  endOption(ctx: RequestContext, input: EndContractOptionInput): Promise<ContractOption> {
    return this.db.transaction(ctx, async (em) => {
      const option = await em.findOne(ContractOption, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!option) throw notFound('Contract option');
      if (option.endDate) throw badField('id', 'optionEnded', { date: option.endDate });
      if (input.endDate < option.startDate)
        throw badField('endDate', 'notBeforeStart', { start: option.startDate });
      option.endDate = input.endDate;
      await em.save(option);
      await this.audit.record(em, ctx, {
        action: 'contract.option_ended',
        entityType: 'Contract',
        entityId: option.contractId,
        clientCompanyId: option.clientCompanyId,
        after: {
          option: option.description,
          endDate: option.endDate,
          earlyTerminationFee: earlyTerminationFeeOf(option),
        },
      });
      return option;
    });
  }

  /** Description and fees of a new option: Dengon's prices for numbers and equipment, the input's for the rest. */
  private async priced(
    em: EntityManager,
    contract: Contract,
    input: AddContractOptionInput,
  ): Promise<Partial<ContractOption>> {
    switch (input.kind) {
      case OptionKind.TOLL_FREE_NUMBER: {
        if (!input.phoneNumberId) throw badField('phoneNumberId', 'isNotEmpty');
        const number = await em.findOneBy(PhoneNumber, {
          id: input.phoneNumberId,
          clientCompanyId: contract.clientCompanyId,
        });
        if (!number || number.kind !== 'TOLL_FREE')
          throw badField('phoneNumberId', 'notClientTollFree');
        const charged = await openTollFreeFee(em, number.id);
        if (charged) throw badField('phoneNumberId', 'alreadyCharged', { date: charged.startDate });
        return tollFreeFee(number);
      }
      case OptionKind.EQUIPMENT: {
        const model = input.equipmentModel as EquipmentModel | undefined;
        if (!model || !(model in EQUIPMENT))
          throw badField('equipmentModel', 'isIn', { values: Object.keys(EQUIPMENT) });
        if (!input.acquisition) throw badField('acquisition', 'isNotEmpty');
        const terms = EQUIPMENT[model];
        if (input.acquisition === EquipmentAcquisition.RENTAL && terms.monthlyRent === null) {
          throw badField('acquisition', 'notForRent', { model: terms.name });
        }
        const rental = input.acquisition === EquipmentAcquisition.RENTAL;
        return {
          equipmentModel: model,
          acquisition: input.acquisition,
          description: input.description ?? `${terms.name}（${rental ? 'レンタル' : '買取'}）`,
          monthlyFee: (rental ? (terms.monthlyRent ?? 0) : 0) + terms.monthlyUseFee,
          oneOffFee: rental ? 0 : terms.purchasePrice,
        };
      }
      case OptionKind.EXTRA_FIELDS:
      case OptionKind.MAIL_HANDLING:
      case OptionKind.ONE_OFF: {
        const problems = [];
        if (!input.description) problems.push(fieldProblem('description', 'isNotEmpty'));
        if (input.kind === OptionKind.ONE_OFF && !input.oneOffFee)
          problems.push(fieldProblem('oneOffFee', 'isNotEmpty'));
        const monthly =
          input.kind === OptionKind.EXTRA_FIELDS || input.kind === OptionKind.MAIL_HANDLING;
        if (monthly && input.monthlyFee == null)
          problems.push(fieldProblem('monthlyFee', 'isNotEmpty'));
        if (problems.length) throw badInput(problems);
        return {
          description: input.description,
          monthlyFee: input.monthlyFee ?? 0,
          oneOffFee: input.oneOffFee ?? 0,
        };
      }
    }
  }
}

/** The fee for returning rented equipment before its minimum term, 0 otherwise. */
export function earlyTerminationFeeOf(option: ContractOption): number {
  if (
    option.acquisition !== EquipmentAcquisition.RENTAL ||
    !option.endDate ||
    !option.equipmentModel
  )
    return 0;
  const months = wholeMonthsRented(option.startDate, option.endDate);
  return earlyTerminationFee(option.equipmentModel as EquipmentModel, months) * option.quantity;
}

const tollFreeFee = (number: PhoneNumber): Partial<ContractOption> => ({
  phoneNumberId: number.id,
  description: `着信課金番号 ${formatNational(number.e164)}`,
  monthlyFee: TOLL_FREE_NUMBER_FEE,
  oneOffFee: 0,
});

/** The number's fee still being charged, if any. */
const openTollFreeFee = (em: EntityManager, phoneNumberId: string) =>
  em.findOne(ContractOption, {
    where: { phoneNumberId, kind: OptionKind.TOLL_FREE_NUMBER, endDate: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });
