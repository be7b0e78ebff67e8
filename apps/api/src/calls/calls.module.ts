import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { IntakeService } from './intake.service';
import { IntakeResolver } from './intake.resolver';
import { IntakeExportController } from './intake-export.controller';

/** Intake records (受付記録): taking them, their workflow, history and export. */
@Module({
  imports: [ReportsModule],
  controllers: [IntakeExportController],
  providers: [IntakeService, IntakeResolver],
  exports: [IntakeService],
})
export class CallsModule {}
