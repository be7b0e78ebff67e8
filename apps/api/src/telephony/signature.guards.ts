import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import twilio from 'twilio';
import { SignedBodyGuard } from '../common/signed-body.guard';
import { forbidden } from '../common/errors';

/**
 * Twilio signs the exact public URL it called and the form fields. Behind a
 * proxy PUBLIC_URL says what that URL was. A request that fails gets 403
 * before anything is parsed or stored.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  private readonly log = new Logger('Telephony');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const base =
      this.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host') ?? ''}`;
    const params = (req.body ?? {}) as Record<string, string>;
    if (
      !twilio.validateRequest(
        this.config.twilioAuthToken,
        req.get('x-twilio-signature') ?? '',
        base + req.originalUrl,
        params,
      )
    ) {
      this.log.warn(
        `Refused a Twilio webhook with a missing or wrong signature: ${req.originalUrl}`,
      );
      throw forbidden('Invalid X-Twilio-Signature');
    }
    return true;
  }
}

/** The provider-neutral event API: HMAC-SHA256 over timestamp and raw body, stale timestamps refused. */
export const EventSignatureGuard = SignedBodyGuard((config) => config.telephonyEventsSecret);
