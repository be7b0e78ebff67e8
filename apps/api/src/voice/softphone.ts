import { createHmac } from 'node:crypto';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "An operator's short-lived SIP credential for the console's softphone" })
export class SoftphoneCredentials {
  @Field({ description: 'The SIP edge over WebSocket' })
  wsUrl!: string;

  @Field({ description: 'sip:op-{userId}@{domain}' })
  sipUri!: string;

  @Field({ description: '{expiry}:{user}, as auth_ephemeral expects' })
  authorizationUser!: string;

  @Field()
  password!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({
  description: "An operator's short-lived access token for Twilio's Voice SDK device",
})
export class TwilioVoiceToken {
  @Field({
    description: 'A JWT with a VoiceGrant: incoming calls, and the TwiML app for outgoing ones',
  })
  token!: string;

  @Field({ description: 'op-{userId}: the client name calls are dialed to' })
  identity!: string;

  @Field({ description: 'The Twilio edge the device connects through (TWILIO_VOICE_EDGE)' })
  edge!: string;

  @Field()
  expiresAt!: Date;
}

/**
 * A credential Kamailio's auth_ephemeral accepts until it expires: the user
 * is `{unix expiry}:{sip user}` and the password the base64 HMAC-SHA1 of it
 * with the secret both share. Nothing is stored; a leaked one dies with its expiry.
 */
export function ephemeralCredentials(
  secret: string,
  sipUser: string,
  expiresAt: Date,
): { authorizationUser: string; password: string } {
  const authorizationUser = `${Math.floor(expiresAt.getTime() / 1000)}:${sipUser}`;
  return {
    authorizationUser,
    password: createHmac('sha1', secret).update(authorizationUser).digest('base64'),
  };
}
