import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { NumbersService } from './numbers.service';
import { DialedNumberLookup } from './dialed-number-lookup.service';
import { NumbersResolver } from './numbers.resolver';

/** 0120/0800 and local numbers: which client a dialed number belongs to. */
@Module({
  imports: [ContractsModule],
  providers: [NumbersService, DialedNumberLookup, NumbersResolver],
  exports: [DialedNumberLookup],
})
export class NumbersModule {}
