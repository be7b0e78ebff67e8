import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { forbidden } from '../common/errors';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Only the SIP edge, which holds VOICE_EDGE_SECRET, may ask where calls go. */
@Injectable()
export class VoiceEdgeGuard implements CanActivate {
  private readonly log = new Logger('Voice');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    // Compared as digests: equal lengths, and no timing to learn the secret from.
    const given = digest(req.get('x-dengon-voice-key') ?? '');
    if (!timingSafeEqual(given, digest(this.config.voiceEdgeSecret))) {
      this.log.warn(`Refused a SIP edge request without the edge secret: ${req.originalUrl}`);
      throw forbidden('Invalid X-Dengon-Voice-Key');
    }
    return true;
  }
}
