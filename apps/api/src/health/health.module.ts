import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** Liveness and readiness for the supervisor of the process. */
@Module({
  controllers: [HealthController],
})
export class HealthModule {}
