import { Module } from '@nestjs/common';
import { CallerMarksResolver } from './caller-marks.resolver';
import { CallerMarks } from './caller-marks.service';

/** Priority (VIP) and nuisance callers per client, which routing applies as calls enter. */
@Module({
  providers: [CallerMarks, CallerMarksResolver],
})
export class CallersModule {}
