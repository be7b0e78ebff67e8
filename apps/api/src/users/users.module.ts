import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { UsersService } from './users.service';
import { UsersResolver } from './users.resolver';
import { TwoFactor } from './two-factor.service';
import { TwoFactorResolver } from './two-factor.resolver';
import { AuditActorResolver } from './audit-actor.resolver';

/** Staff and client users: who they are, their roles, passwords and second factor. */
@Module({
  imports: [DeliveryModule],
  providers: [UsersService, UsersResolver, TwoFactor, TwoFactorResolver, AuditActorResolver],
  exports: [UsersService, TwoFactor],
})
export class UsersModule {}
