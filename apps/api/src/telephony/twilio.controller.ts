import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Public } from '../common/access.decorator';
import { CallRouting, type ProviderCallStatus } from './call-routing.service';
import { TwilioSignatureGuard } from './signature.guards';
import { consentTwiml, routingTwiml } from './twiml';
import { callSid, type TwilioForm as Form, seconds } from './twilio-form';
import { badField, notFound } from '../common/errors';

const STATUSES: readonly ProviderCallStatus[] = [
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
];

/**
 * Twilio's form-encoded webhooks for a call's control: an incoming call and
 * its status callbacks (its recorded audio goes to voice/).
 */
@Controller('telephony/twilio')
@Public()
@UseGuards(TwilioSignatureGuard)
export class TwilioController {
  constructor(private readonly calls: CallRouting) {}

  @Post('voice')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  async voice(@Body() form: Form): Promise<string> {
    const sid = callSid(form);
    if (!form['To']) throw badField('To', 'isNotEmpty');
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
      throw badField('CallStatus', 'isIn', { values: STATUSES });
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
}
