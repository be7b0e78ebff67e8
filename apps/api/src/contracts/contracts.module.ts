import { Module } from '@nestjs/common';
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
    ContractsResolver,
    ContractPlanTermResolver,
    ContractOptionResolver,
  ],
  exports: [ContractsService],
})
export class ContractsModule {}
