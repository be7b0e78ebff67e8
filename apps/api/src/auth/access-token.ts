import { isPermission, isRole } from '@dengon/domain';
import { Injectable, Inject } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { SessionUser } from '../common/request-context';

interface Claims {
  sub: string;
  role: string;
  cid: string | null;
  /** Granted permissions, when there are any. */
  gp?: string[];
  /** The user's session version when it was issued (users.session_version). */
  sv: number;
  /** Two-factor setup is due: nothing but setting it up is allowed. */
  tfs?: true;
  exp?: number;
}

/** A valid token's session, with what is checked against the database on each request. */
export interface TokenSession extends SessionUser {
  sessionVersion: number;
  /** The role must sign in with a one-time code and the user has not set it up yet. */
  twoFactorSetupDue: boolean;
  expiresAt: Date;
}

/** Short-lived signed access tokens; the long-lived part of a session is the refresh cookie. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(user: SessionUser, sessionVersion: number, twoFactorSetupDue = false): string {
    const claims: Claims = {
      sub: user.id,
      role: user.role,
      cid: user.clientCompanyId,
      sv: sessionVersion,
      ...(user.grantedPermissions?.length ? { gp: [...user.grantedPermissions] } : {}),
      ...(twoFactorSetupDue && { tfs: true as const }),
    };
    return this.jwt.sign(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
  }

  /** The session of a valid token; null for an invalid or expired one. */
  verify(token: string): TokenSession | null {
    try {
      const claims = this.jwt.verify<Claims>(token);
      if (typeof claims.sub !== 'string' || !isRole(claims.role) || typeof claims.sv !== 'number')
        return null;
      return {
        id: claims.sub,
        role: claims.role,
        clientCompanyId: claims.cid ?? null,
        grantedPermissions: (claims.gp ?? []).filter(isPermission),
        sessionVersion: claims.sv,
        twoFactorSetupDue: claims.tfs === true,
        expiresAt: new Date((claims.exp ?? 0) * 1000),
      };
    } catch {
      return null;
    }
  }
}
