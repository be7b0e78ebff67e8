import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '@dengon/domain';
import type { RequestContext, SessionUser } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/** How long a play link works: long enough to listen, short enough that a copied link dies. */
const LINK_SECONDS = 600;

interface LinkClaims {
  sub: string;
  role: string;
  cid: string | null;
  rec: string;
}

/**
 * Links an <audio> element can stream from (it sends no Authorization header):
 * a short-lived token for one recording and one user, signed with a key of
 * its own so it can never pass as an access token.
 */
@Injectable()
export class RecordingLinks {
  private readonly secret: Buffer;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = createHmac('sha256', config.jwtSecret).update('dengon:recording-links').digest();
  }

  url(ctx: RequestContext, recordingId: string): string {
    const user = ctx.actor;
    const claims: LinkClaims = {
      sub: user.id,
      role: user.role,
      cid: user.clientCompanyId,
      rec: recordingId,
    };
    const token = this.jwt.sign(claims, { secret: this.secret, expiresIn: LINK_SECONDS });
    return `/recordings/${recordingId}/audio.wav?token=${encodeURIComponent(token)}`;
  }

  /** The user a link was made for, if it is valid for this recording; null otherwise. */
  verify(token: string, recordingId: string): SessionUser | null {
    try {
      const claims = this.jwt.verify<LinkClaims>(token, { secret: this.secret });
      if (claims.rec !== recordingId || typeof claims.sub !== 'string' || !isRole(claims.role))
        return null;
      return { id: claims.sub, role: claims.role, clientCompanyId: claims.cid ?? null };
    } catch {
      return null;
    }
  }
}
