import { badField } from '../common/errors';

/** A Twilio webhook's form-encoded body. */
export type TwilioForm = Record<string, string | undefined>;

const CALL_SID = /^CA[0-9a-f]{32}$/;

/** The call a webhook is about, refused unless it has the shape of Twilio's ids. */
export function callSid(form: TwilioForm): string {
  const sid = form['CallSid'];
  if (!sid || !CALL_SID.test(sid)) throw badField('CallSid', 'isCallSid');
  return sid;
}

/** A whole number of seconds, or null when Twilio sent none (or not a number). */
export const seconds = (value: string | undefined) =>
  value && /^\d+$/.test(value) ? Number(value) : null;
