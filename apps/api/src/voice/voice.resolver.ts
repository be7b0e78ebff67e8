import { Role } from '@dengon/domain';
import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { sipUserOf } from './sip';
import { ephemeralCredentials, SoftphoneCredentials } from './softphone';

@Resolver()
export class VoiceResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => SoftphoneCredentials, {
    nullable: true,
    description:
      'A SIP credential for my softphone, valid for VOICE_CREDENTIAL_SECONDS; null where no voice stack runs (calls are simulated)',
  })
  @Roles(Role.Operator, Role.Supervisor)
  softphoneCredentials(@Ctx() ctx: RequestContext): SoftphoneCredentials | null {
    const wsUrl = this.config.VOICE_WS_URL;
    if (!wsUrl) return null;
    const user = sipUserOf(ctx.actor.id);
    const expiresAt = new Date(Date.now() + this.config.VOICE_CREDENTIAL_SECONDS * 1000);
    return {
      wsUrl,
      sipUri: `sip:${user}@${this.config.VOICE_DOMAIN}`,
      ...ephemeralCredentials(this.config.voiceAuthSecret, user, expiresAt),
      expiresAt,
    };
  }
}
