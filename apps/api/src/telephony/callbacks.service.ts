import { parseJapanesePhone } from '@dengon/domain';
import { Inject, Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IsNull } from 'typeorm';
import { Acd } from '../acd/acd.service';
import { AuditService } from '../audit/audit.service';
import { IntakeRecord } from '../calls/intake-record.entity';
import { badField, notFound, violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { CallbackCallerId } from '../contracts/contract.entity';
import { latestContract } from '../contracts/contracts.service';
import { Db } from '../database/db.service';
import { PhoneNumber } from '../numbers/phone-number.entity';
import { CallDirection, CallSession, CallState } from './call-session.entity';
import { deviceIdentityOf } from './telephony-providers';
import { TwilioRest } from './twilio-rest';

@ObjectType({ description: 'A callback (折り返し) being placed from the operator’s softphone' })
export class CallbackCall {
  @Field(() => ID)
  callSessionId!: string;

  @Field({ description: 'sip (Dengon’s edge) or twilio' })
  provider!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the SIP softphone dials; null for Twilio, which rings the device itself',
  })
  dial!: string | null;

  @Field({ description: 'The number called, national format' })
  toNational!: string;

  @Field({ description: 'The caller ID shown, national format' })
  callerIdNational!: string;

  @Field({
    description:
      'Recorded by the client’s contract: the called party hears the consent announcement before the operator',
  })
  recorded!: boolean;
}

/** Placeholder call id of a SIP callback until the edge reports the INVITE's Call-ID. */
export const callbackTarget = (callSessionId: string) => `callback-${callSessionId}`;

/**
 * Calling a caller back from their intake record, through the softphone and
 * the trunk (or Twilio), as an outbound call linked to the record and
 * recorded under the same rule as the client's calls. The caller sees the
 * client's number or the service's own, as the contract says.
 */
@Injectable()
export class Callbacks {
  constructor(
    private readonly db: Db,
    private readonly acd: Acd,
    private readonly audit: AuditService,
    private readonly twilio: TwilioRest,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(ctx: RequestContext, intakeId: string): Promise<CallbackCall> {
    const provider = this.config.VOICE_WS_URL
      ? 'sip'
      : this.twilio.enabled && this.config.TWILIO_TWIML_APP_SID
        ? 'twilio'
        : null;
    if (!provider)
      throw violated(
        'CALLBACK_NOT_POSSIBLE',
        'No softphone here can place calls (the calls are simulated)',
      );
    // Read as the operator: a record they may not see is not found.
    const plan = await this.db.transaction(ctx, async (em) => {
      const record = await em.findOneBy(IntakeRecord, { id: intakeId });
      if (!record) throw notFound('Intake record');
      const written = record.fields['callback_number'];
      const to = parseJapanesePhone(String(written ?? record.callingE164 ?? ''));
      if (!to.ok) throw badField('intakeId', 'noCallbackNumber');
      const contract = await latestContract(em, record.clientCompanyId);
      const own = contract?.callbackCallerId === CallbackCallerId.SERVICE_NUMBER;
      const numbers = await em.find(PhoneNumber, {
        where: {
          clientCompanyId: own ? IsNull() : record.clientCompanyId,
          status: 'ACTIVE',
          ...(own ? { kind: 'DIRECT' as const } : {}),
        },
        order: { kind: 'DESC', e164: 'ASC' },
      });
      // The client's toll-free number first (TOLL_FREE sorts last by name, so DESC).
      const callerId = numbers[0];
      if (!callerId)
        throw own
          ? violated('NO_LINE_TO_CALL_FROM', 'The service has no line to call from')
          : violated('NO_CLIENT_NUMBER_TO_SHOW', 'The client has no active number to show');
      return { record, to, callerId: callerId.e164, recorded: contract?.recordCalls ?? false };
    });
    const session = await this.db.transaction(ctx.withServiceRights(), async (em) => {
      await this.acd.callingOut(em, ctx.actor.id);
      const created = await em.save(
        em.create(CallSession, {
          provider,
          providerCallId: `pending-${crypto.randomUUID()}`,
          direction: CallDirection.OUTBOUND,
          dialedE164: plan.to.e164,
          callingE164: plan.callerId,
          clientCompanyId: plan.record.clientCompanyId,
          scriptVersionId: plan.record.scriptVersionId,
          intakeId: plan.record.id,
          operatorId: ctx.actor.id,
          recorded: plan.recorded,
          state: CallState.IN_PROGRESS,
          startedAt: new Date(),
          answeredAt: null,
        }),
      );
      if (provider === 'sip') created.providerCallId = callbackTarget(created.id);
      await em.save(created);
      await this.audit.record(em, ctx, {
        action: 'call.callback_started',
        entityType: 'IntakeRecord',
        entityId: plan.record.id,
        clientCompanyId: plan.record.clientCompanyId,
        after: { callSessionId: created.id, to: plan.to.e164, callerId: plan.callerId },
      });
      return created;
    });
    const callerIdNational = parseJapanesePhone(plan.callerId);
    const view = {
      callSessionId: session.id,
      provider,
      toNational: plan.to.national,
      callerIdNational: callerIdNational.ok ? callerIdNational.national : plan.callerId,
      recorded: plan.recorded,
    };
    if (provider === 'sip')
      return { ...view, dial: `sip:${callbackTarget(session.id)}@${this.config.VOICE_DOMAIN}` };
    try {
      const sid = await this.twilio.callBack({
        identity: deviceIdentityOf(ctx.actor.id),
        to: plan.to.e164,
        callerId: plan.callerId,
        record: plan.recorded,
      });
      await this.db.transaction(ctx.withServiceRights(), (em) =>
        em.update(CallSession, session.id, { providerCallId: sid }),
      );
      return { ...view, dial: null };
    } catch (error) {
      // Nothing was placed: the call is over before it began, the operator free again.
      await this.db.transaction(ctx.withServiceRights(), (em) =>
        em.update(CallSession, session.id, { state: CallState.FAILED, endedAt: new Date() }),
      );
      await this.acd.finishCall(ctx);
      throw violated(
        'PROVIDER_REFUSED_CALL',
        `Twilio could not place the call: ${(error as Error).message}`,
      );
    }
  }
}
