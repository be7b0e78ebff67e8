import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Public } from '../common/access.decorator';
import { badField, notFound } from '../common/errors';
import { CallRouting } from '../telephony/call-routing.service';
import { TwilioSignatureGuard } from '../telephony/signature.guards';
import { thanksTwiml } from '../telephony/twiml';
import { callSid, type TwilioForm as Form, seconds } from '../telephony/twilio-form';
import { TwilioRest } from '../telephony/twilio-rest';
import { RecordingKind } from './call-recording.entity';
import { Recordings } from './recordings.service';

/**
 * Twilio's webhooks that bring recorded audio: a voicemail left at the tone
 * and a finished call recording. Under telephony/twilio beside the call's
 * other webhooks, as Twilio is told them.
 */
@Controller('telephony/twilio')
@Public()
@UseGuards(TwilioSignatureGuard)
export class TwilioRecordingsController {
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
      throw badField('RecordingUrl', 'isOwnRecordingUrl');
    }
    if (!url?.startsWith('https://')) throw badField('RecordingUrl', 'isHttpsUrl');
    return url;
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
