import { childrenOf } from '../common/loaders';
import { ContractOption, ContractPlanTerm } from './contract.entity';

/** A contract's plan history, oldest first. */
export const PLAN_TERMS = childrenOf(ContractPlanTerm, 'contractId', { effectiveFrom: 'ASC' });

/** A contract's options, by start date. */
export const CONTRACT_OPTIONS = childrenOf(ContractOption, 'contractId', { startDate: 'ASC' });
