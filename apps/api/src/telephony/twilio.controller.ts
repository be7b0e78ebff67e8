import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Public } from '../common/access.decorator';
import { RecordingKind } from '../voice/call-recording.entity';
import { Recordings } from '../voice/recordings.service';
import { CallRouting, type ProviderCallStatus } from './call-routing.service';
import { TwilioSignatureGuard } from './signature.guards';
import { TwilioRest } from './twilio-rest';
import { consentTwiml, routingTwiml, thanksTwiml } from './twiml';
import { badField, notFound } from '../common/errors';

type Form = Record<string, string | undefined>;

const CALL_SID = /^CA[0-9a-f]{32}$/;
const STATUSES: readonly ProviderCallStatus[] = [
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
];

function callSid(form: Form): string {
  const sid = form['CallSid'];
  if (!sid || !CALL_SID.test(sid))
    throw badField('CallSid', 'must be CA followed by 32 hex digits');
  return sid;
}

const seconds = (value: string | undefined) =>
  value && /^\d+$/.test(value) ? Number(value) : null;

/**
 * Twilio's form-encoded webhooks: an incoming call, its status callbacks, a
 * recorded voicemail and a finished call recording.
 */
@Controller('telephony/twilio')
@Public()
@UseGuards(TwilioSignatureGuard)
export class TwilioController {
  constructor(
    private readonly calls: CallRouting,
    private readonly rest: TwilioRest,
    private readonly recordings: Recordings,
  ) {}

  /** A recording URL of this account (REST configured), or, webhook-only, any https URL to link to. */
  private recordingUrl(form: Form): string {
    const url = form['RecordingUrl'];
    if (this.rest.enabled) {
      if (url && this.rest.isRecordingUrl(url)) return url;
      throw badField('RecordingUrl', 'must be a recording of this Twilio account');
    }
    if (!url?.startsWith('https://')) throw badField('RecordingUrl', 'must be an https URL');
    return url;
  }

  @Post('voice')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  async voice(@Body() form: Form): Promise<string> {
    const sid = callSid(form);
    if (!form['To']) throw badField('To', 'the dialed number is required');
    const routing = await this.calls.incoming({
      provider: 'twilio',
      callId: sid,
      from: form['From'] ?? null,
      to: form['To'],
      at: new Date(),
    });
    return routingTwiml(routing, '/telephony/twilio/voicemail');
  }

  /** The whisper a recorded callback's called party hears before the operator. */
  @Post('consent')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  consent(@Body() form: Form): string {
    callSid(form);
    return consentTwiml();
  }

  @Post('status')
  @HttpCode(204)
  async status(@Body() form: Form): Promise<void> {
    const sid = callSid(form);
    const status = form['CallStatus'] as ProviderCallStatus | undefined;
    if (!status || !STATUSES.includes(status))
      throw badField('CallStatus', `must be one of ${STATUSES.join(', ')}`);
    const known = await this.calls.status(
      'twilio',
      sid,
      status,
      new Date(),
      seconds(form['CallDuration']),
      form['RecordingUrl'] ?? null,
    );
    if (!known) throw notFound(`Call ${sid}`);
  }

  @Post('voicemail')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  async voicemail(@Body() form: Form): Promise<string> {
    const sid = callSid(form);
    const url = this.recordingUrl(form);
    const duration = seconds(form['RecordingDuration']);
    const session = await this.calls.voicemail('twilio', sid, url, duration);
    if (!session) throw notFound(`Call ${sid}`);
    // With the REST API the message is kept here too, to play like any other.
    if (this.rest.enabled)
      await this.recordings.recordedByProvider({
        provider: 'twilio',
        callId: sid,
        url,
        seconds: duration ?? 0,
        kind: RecordingKind.VOICEMAIL,
      });
    return thanksTwiml();
  }

  /** <Dial record> finished a call's recording: its audio is fetched into FileStore. */
  @Post('recording')
  @HttpCode(204)
  async recording(@Body() form: Form): Promise<void> {
    const sid = callSid(form);
    if (!this.rest.enabled)
      throw notFound('Twilio recordings (TWILIO_ACCOUNT_SID and an API key are not set)');
    const url = this.recordingUrl(form);
    // Twilio also reports recordings that failed or were removed: nothing to fetch.
    if ((form['RecordingStatus'] ?? 'completed') !== 'completed') return;
    const known = await this.recordings.recordedByProvider({
      provider: 'twilio',
      callId: sid,
      url,
      seconds: seconds(form['RecordingDuration']) ?? 0,
      kind: RecordingKind.CALL,
    });
    if (!known) throw notFound(`Call ${sid}`);
  }
}
