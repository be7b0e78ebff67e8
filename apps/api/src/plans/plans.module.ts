import { Global, Module } from '@nestjs/common';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

/** Global: the per-request loaders made in the GraphQL context read the catalogue. */
@Global()
@Module({ providers: [PlansService, PlansResolver], exports: [PlansService] })
export class PlansModule {}
