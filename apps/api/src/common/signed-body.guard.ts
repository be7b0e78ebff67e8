import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  mixin,
  type Type,
} from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { checkEventSignature } from './signatures';
import { forbidden } from './errors';

/**
 * A guard for Dengon's own signed webhooks (telephony events, delivery
 * reports): HMAC-SHA256 over the timestamp and the exact body bytes, with the
 * secret `secretOf` picks; a stale timestamp is refused, so a captured
 * request cannot be replayed later. Refused before anything is parsed or stored.
 */
export function SignedBodyGuard(secretOf: (config: AppConfig) => string): Type<CanActivate> {
  @Injectable()
  class Guard implements CanActivate {
    constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

    canActivate(context: ExecutionContext): boolean {
      const req = context.switchToHttp().getRequest<Request & { rawBody?: Buffer }>();
      const check = checkEventSignature(
        secretOf(this.config),
        req.get('x-dengon-timestamp'),
        req.get('x-dengon-signature'),
        req.rawBody ?? Buffer.alloc(0),
        new Date(),
        this.config.TELEPHONY_MAX_SKEW_SECONDS,
      );
      if (check !== 'ok') throw forbidden(`Signature ${check}`);
      return true;
    }
  }
  return mixin(Guard);
}
