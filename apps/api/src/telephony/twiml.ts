import twilio from 'twilio';
import type { Routing } from './call-routing.service';

export const JA = { language: 'ja-JP' } as const;
/** The consent announcement, as voice/prompts.json says it to SIP callers. */
export const CONSENT = 'この通話は品質向上のため録音させていただきます。';

/** What a nuisance caller hears, as voice/prompts.json (declined) says it to SIP callers. */
export const BLOCKED_MESSAGE =
  'お電話ありがとうございました。こちらではご用件を承ることができません。失礼いたします。';

/** What the caller hears, in TwiML, for each routing decision. */
export function routingTwiml(routing: Routing, voicemailAction: string): string {
  const r = new twilio.twiml.VoiceResponse();
  switch (routing.action) {
    case 'QUEUE':
      r.enqueue(routing.queue);
      break;
    case 'UNASSIGNED':
      r.say(JA, 'お電話ありがとうございます。少々お待ちください。');
      r.enqueue(routing.queue);
      break;
    case 'VOICEMAIL':
      r.say(
        JA,
        `お電話ありがとうございます。${routing.clientName}です。ただいま受付時間外です。発信音のあとに、お名前、ご用件、ご連絡先をお話しください。`,
      );
      r.record({ action: voicemailAction, maxLength: 180, playBeep: true });
      r.say(JA, 'ありがとうございました。');
      r.hangup();
      break;
    case 'BLOCKED':
      r.say(JA, BLOCKED_MESSAGE);
      r.hangup();
      break;
    case 'BUSY':
      r.say(
        JA,
        'ただいま電話が大変混み合っております。恐れ入りますが、しばらくしてからおかけ直しください。',
      );
      r.hangup();
      break;
  }
  return r.toString();
}

/** What the called party of a recorded callback hears before the operator. */
export function consentTwiml(): string {
  const r = new twilio.twiml.VoiceResponse();
  r.say(JA, CONSENT);
  return r.toString();
}

export function thanksTwiml(): string {
  const r = new twilio.twiml.VoiceResponse();
  r.say(JA, 'ご用件を承りました。担当者より折り返しご連絡いたします。');
  r.hangup();
  return r.toString();
}
