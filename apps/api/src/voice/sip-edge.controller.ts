import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Public } from '../common/access.decorator';
import { VoiceEdgeGuard } from './voice-edge.guard';
import { type EdgeAnswer, SipEdge } from './sip-edge.service';
import { notFound } from '../common/errors';

export class RouteQuery {
  @IsString()
  @Length(1, 200)
  callId!: string;

  @IsOptional()
  @IsString()
  @Length(0, 64)
  from?: string;

  @IsString()
  @Length(1, 64)
  to!: string;

  /** How many times the edge has asked about this call (each wait and each unanswered ring). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  attempt?: number;
}

export class OutboundQuery {
  @IsString()
  @Length(1, 200)
  callId!: string;

  /** The authenticated operator's SIP user (op-<id>). */
  @IsString()
  @Length(1, 64)
  user!: string;

  /** What the softphone dialed (the Request-URI's user). */
  @IsString()
  @Length(1, 64)
  target!: string;
}

const EDGE_STATUSES = ['in-progress', 'completed', 'canceled', 'failed'] as const;

export class EdgeStatusInput {
  @IsString()
  @Length(1, 200)
  callId!: string;

  @IsIn(EDGE_STATUSES)
  status!: (typeof EDGE_STATUSES)[number];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  durationSeconds?: number;
}

/**
 * Where Dengon's own SIP edge (Kamailio, docs/voice.md) asks what to do with
 * a call and tells what became of it. Kamailio presents VOICE_EDGE_SECRET.
 */
@Controller('telephony/sip')
@Public()
@UseGuards(VoiceEdgeGuard)
export class SipEdgeController {
  constructor(private readonly edge: SipEdge) {}

  @Get('route')
  route(@Query() query: RouteQuery): Promise<EdgeAnswer> {
    return this.edge.route(
      { callId: query.callId, from: query.from || null, to: query.to },
      query.attempt ?? 1,
    );
  }

  @Get('outbound')
  outbound(@Query() query: OutboundQuery): Promise<EdgeAnswer> {
    return this.edge.outbound(query);
  }

  @Post('status')
  @HttpCode(200)
  async status(@Body() input: EdgeStatusInput): Promise<{ ok: true }> {
    const known = await this.edge.status(input.callId, input.status, input.durationSeconds ?? null);
    if (!known) throw notFound(`Call ${input.callId}`);
    return { ok: true };
  }
}
