import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { ContractorsService } from './contractors.service';
import { ContractorsResolver } from './contractors.resolver';
import { DispatchSending } from './dispatch-sending.service';
import { DispatchService } from './dispatch.service';
import { DispatchResolver } from './dispatch.resolver';
import { AckController } from './ack.controller';
import { DispatchSheetController } from './dispatch-sheet.controller';

/** Dispatching jobs to contractors (手配) by fax, e-mail or phone, and their acknowledgements. */
@Module({
  imports: [DeliveryModule],
  controllers: [AckController, DispatchSheetController],
  providers: [
    ContractorsService,
    ContractorsResolver,
    DispatchService,
    DispatchSending,
    DispatchResolver,
  ],
})
export class DispatchModule {}
