import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { IntakeReports } from './intake-reports.service';

/** Telling clients of their intakes: at once by e-mail or fax, or in a daily digest. */
@Module({
  imports: [DeliveryModule],
  providers: [IntakeReports],
  exports: [IntakeReports],
})
export class ReportsModule {}
