import {
  BadRequestException,
  Body,
  Controller,
  Header,
  HttpCode,
  NotFoundException,
  Post,
  UseGuards,
} from '@nestjs/common';
import { Public } from '../auth/roles.decorator';
import { CallRouting, type ProviderCallStatus } from './call-routing.service';
import { TwilioSignatureGuard } from './signature.guards';
import { routingTwiml, thanksTwiml } from './twiml';

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
    throw new BadRequestException('CallSid: must be CA followed by 32 hex digits');
  return sid;
}

const seconds = (value: string | undefined) =>
  value && /^\d+$/.test(value) ? Number(value) : null;

/** Twilio's form-encoded webhooks: an incoming call, its status callbacks, and a recorded voicemail. */
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
    if (!form['To']) throw new BadRequestException('To: the dialed number is required');
    const routing = await this.calls.incoming({
      provider: 'twilio',
      callId: sid,
      from: form['From'] ?? null,
      to: form['To'],
      at: new Date(),
    });
    return routingTwiml(routing, '/telephony/twilio/voicemail');
  }

  @Post('status')
  @HttpCode(204)
  async status(@Body() form: Form): Promise<void> {
    const sid = callSid(form);
    const status = form['CallStatus'] as ProviderCallStatus | undefined;
    if (!status || !STATUSES.includes(status))
      throw new BadRequestException(`CallStatus: must be one of ${STATUSES.join(', ')}`);
    const known = await this.calls.status(
      'twilio',
      sid,
      status,
      new Date(),
      seconds(form['CallDuration']),
      form['RecordingUrl'] ?? null,
    );
    if (!known) throw new NotFoundException(`Unknown call ${sid}`);
  }

  @Post('voicemail')
  @HttpCode(200)
  @Header('Content-Type', 'text/xml; charset=utf-8')
  async voicemail(@Body() form: Form): Promise<string> {
    const sid = callSid(form);
    const url = form['RecordingUrl'];
    if (!url?.startsWith('https://'))
      throw new BadRequestException('RecordingUrl: must be an https URL');
    const session = await this.calls.voicemail(
      'twilio',
      sid,
      url,
      seconds(form['RecordingDuration']),
    );
    if (!session) throw new NotFoundException(`Unknown call ${sid}`);
    return thanksTwiml();
  }
}
