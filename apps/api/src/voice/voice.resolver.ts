import { Permission } from '@dengon/domain';
import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { deviceIdentityOf } from '../telephony/telephony-providers';
import twilio from 'twilio';
import { ephemeralCredentials, SoftphoneCredentials, TwilioVoiceToken } from './softphone';

@Resolver()
export class VoiceResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => SoftphoneCredentials, {
    nullable: true,
    description:
      'A SIP credential for my softphone, valid for VOICE_CREDENTIAL_SECONDS; null where no voice stack runs (calls are simulated)',
  })
  @Allow(Permission.TakeCalls)
  softphoneCredentials(@Ctx() ctx: RequestContext): SoftphoneCredentials | null {
    const wsUrl = this.config.VOICE_WS_URL;
    if (!wsUrl) return null;
    const user = deviceIdentityOf(ctx.actor.id);
    const expiresAt = new Date(Date.now() + this.config.VOICE_CREDENTIAL_SECONDS * 1000);
    return {
      wsUrl,
      sipUri: `sip:${user}@${this.config.VOICE_DOMAIN}`,
      ...ephemeralCredentials(this.config.voiceAuthSecret, user, expiresAt),
      expiresAt,
    };
  }

  @Query(() => TwilioVoiceToken, {
    nullable: true,
    description:
      "A token for my Twilio Voice SDK device, valid for VOICE_CREDENTIAL_SECONDS; null where Twilio's REST API and TwiML app are not configured",
  })
  @Allow(Permission.TakeCalls)
  twilioVoiceToken(@Ctx() ctx: RequestContext): TwilioVoiceToken | null {
    const c = this.config;
    if (!(c.TWILIO_ACCOUNT_SID && c.TWILIO_API_KEY_SID && c.TWILIO_API_KEY_SECRET)) return null;
    if (!c.TWILIO_TWIML_APP_SID) return null;
    const identity = deviceIdentityOf(ctx.actor.id);
    const { AccessToken } = twilio.jwt;
    const token = new AccessToken(
      c.TWILIO_ACCOUNT_SID,
      c.TWILIO_API_KEY_SID,
      c.TWILIO_API_KEY_SECRET,
      {
        identity,
        ttl: c.VOICE_CREDENTIAL_SECONDS,
      },
    );
    token.addGrant(
      new AccessToken.VoiceGrant({
        incomingAllow: true,
        outgoingApplicationSid: c.TWILIO_TWIML_APP_SID,
      }),
    );
    return {
      token: token.toJwt(),
      identity,
      edge: c.TWILIO_VOICE_EDGE,
      expiresAt: new Date(Date.now() + c.VOICE_CREDENTIAL_SECONDS * 1000),
    };
  }
}
