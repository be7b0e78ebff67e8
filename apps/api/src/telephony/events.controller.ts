import { fieldProblem } from '@dengon/domain';
import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Min,
} from 'class-validator';
import { QueryFailedError } from 'typeorm';
import { Public } from '../common/access.decorator';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { TelephonyEvent } from './call-session.entity';
import { CallRouting, type ProviderCallStatus } from './call-routing.service';
import { EventSignatureGuard } from './signature.guards';
import { badField, badInput, notFound, violated } from '../common/errors';

const TYPES = ['call.incoming', 'call.status', 'call.voicemail'] as const;
const STATUSES: ProviderCallStatus[] = [
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
];

export class TelephonyEventInput {
  @IsString()
  @Length(1, 100)
  id!: string;

  @IsIn(TYPES)
  type!: (typeof TYPES)[number];

  @IsString()
  @Length(1, 100)
  callId!: string;

  @IsOptional()
  @IsString()
  from?: string;

  @IsOptional()
  @IsString()
  to?: string;

  @IsOptional()
  @IsIn(STATUSES)
  status?: ProviderCallStatus;

  @IsOptional()
  @IsInt()
  @Min(0)
  durationSeconds?: number;

  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  recordingUrl?: string;

  @IsOptional()
  @IsDateString()
  occurredAt?: string;
}

/**
 * The provider-neutral event API for PBXs such as Asterisk (docs/telephony.md).
 * Each event has an id; one already taken is refused, so a replay changes nothing.
 */
@Controller('telephony')
@Public()
@UseGuards(EventSignatureGuard)
export class TelephonyEventsController {
  constructor(
    private readonly calls: CallRouting,
    private readonly db: Db,
  ) {}

  @Post('events')
  @HttpCode(200)
  async event(@Body() event: TelephonyEventInput): Promise<Record<string, unknown>> {
    const seen = await this.db.transaction(RequestContext.system('telephony events'), (em) =>
      em.existsBy(TelephonyEvent, { eventId: event.id }),
    );
    if (seen) throw violated('EVENT_ALREADY_RECEIVED', `Event ${event.id} was already received`);
    const at = event.occurredAt ? new Date(event.occurredAt) : new Date();
    const answer = await this.handle(event, at);
    try {
      await this.db.transaction(RequestContext.system('telephony events'), (em) =>
        em.insert(TelephonyEvent, { eventId: event.id }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError)
        throw violated('EVENT_ALREADY_RECEIVED', `Event ${event.id} was already received`);
      throw error;
    }
    return answer;
  }

  private async handle(event: TelephonyEventInput, at: Date): Promise<Record<string, unknown>> {
    switch (event.type) {
      case 'call.incoming': {
        if (!event.to) throw badInput([{ ...fieldProblem('to', 'isNotEmpty'), label: '着信番号' }]);
        const routing = await this.calls.incoming({
          provider: 'pbx',
          callId: event.callId,
          from: event.from ?? null,
          to: event.to,
          at,
        });
        return {
          action: routing.action.toLowerCase(),
          callSessionId: routing.session.id,
          ...('queue' in routing ? { queue: routing.queue } : {}),
          ...('clientName' in routing ? { clientName: routing.clientName } : {}),
        };
      }
      case 'call.status': {
        const known = await this.calls.status(
          'pbx',
          event.callId,
          event.status ?? 'ringing',
          at,
          event.durationSeconds ?? null,
          event.recordingUrl ?? null,
        );
        if (!known) throw notFound(`Call ${event.callId}`);
        return { ok: true };
      }
      case 'call.voicemail': {
        if (!event.recordingUrl) throw badField('recordingUrl', 'isNotEmpty');
        const session = await this.calls.voicemail(
          'pbx',
          event.callId,
          event.recordingUrl,
          event.durationSeconds ?? null,
        );
        if (!session) throw notFound(`Call ${event.callId}`);
        return { ok: true, intakeId: session.intakeId };
      }
    }
  }
}
