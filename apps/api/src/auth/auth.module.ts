import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DeliveryModule } from '../delivery/delivery.module';
import { UsersModule } from '../users/users.module';
import { AccessTokens } from './access-token';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LiveSessions } from './live-sessions';
import { PasswordResets } from './password-resets.service';

/**
 * Signing in and out, tokens and sessions, and the one guard every request
 * passes (deny by default). Exports who a token is and whether its rights
 * still hold, for subscriptions and the HTTP set-up alike.
 */
@Module({
  imports: [UsersModule, DeliveryModule],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    AccessTokens,
    LiveSessions,
    AuthService,
    PasswordResets,
    AuthResolver,
  ],
  exports: [AccessTokens, LiveSessions],
})
export class AuthModule {}
