import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { IntakeHistory } from './intake-history.service';
import { IntakeService } from './intake.service';
import { IntakeWorkflow } from './intake-workflow.service';
import { IntakeResolver } from './intake.resolver';
import { IntakeExportController } from './intake-export.controller';

/** Intake records (受付記録): taking them, their workflow, history and export. */
@Module({
  imports: [ReportsModule],
  controllers: [IntakeExportController],
  providers: [IntakeService, IntakeWorkflow, IntakeHistory, IntakeResolver],
  exports: [IntakeService],
})
export class CallsModule {}
