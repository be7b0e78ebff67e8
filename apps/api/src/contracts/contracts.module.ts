import { Module } from '@nestjs/common';
import { ContractOptions } from './contract-options.service';
import { ContractsService } from './contracts.service';
import {
  ContractsResolver,
  ContractPlanTermResolver,
  ContractOptionResolver,
} from './contracts.resolver';

/** Contracts: the plan in force, its options and terms, for each client. */
@Module({
  providers: [
    ContractsService,
    ContractOptions,
    ContractsResolver,
    ContractPlanTermResolver,
    ContractOptionResolver,
  ],
  exports: [ContractOptions],
})
export class ContractsModule {}
