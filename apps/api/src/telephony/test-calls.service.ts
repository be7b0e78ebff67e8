import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { notFound, violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { JobQueue } from '../jobs/job-queue';
import { PhoneNumber } from '../numbers/phone-number.entity';
import { CallRouting } from './call-routing.service';
import { CallSession, CallState } from './call-session.entity';

/** The provider of test calls: no audio, and Dengon itself hangs up (as the simulator would). */
export const TEST_PROVIDER = 'test';
/** How long the test caller talks once answered, and waits to be answered. */
export const TEST_CALL_TALK_SECONDS = 60;
export const TEST_CALL_WAIT_SECONDS = 120;

/**
 * テスト着信: the back office or a supervisor rings a client's number on this
 * instance, to see the call reach an operator with the client's greeting and
 * script, without a phone. It enters as any call does (CallRouting.incoming)
 * and is offered through the ACD; the test caller hangs up a minute after
 * being answered, or after two minutes unanswered.
 */
@Injectable()
export class TestCalls implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly calls: CallRouting,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ callId: string }>('call.test-hangup', ({ callId }) =>
      this.hangUp(callId),
    );
  }

  async ring(ctx: RequestContext, clientCompanyId: string): Promise<CallSession> {
    const number = await this.db.transaction(ctx, (em) =>
      em.findOne(PhoneNumber, {
        where: { clientCompanyId, status: 'ACTIVE' },
        order: { e164: 'ASC' },
      }),
    );
    if (!number) {
      const client = await this.db.transaction(ctx, (em) =>
        em.query<unknown[]>('SELECT 1 FROM client_companies WHERE id = $1', [clientCompanyId]),
      );
      if (!client.length) throw notFound(`Client company ${clientCompanyId}`);
      throw violated('NO_CLIENT_NUMBER_TO_RING', 'The client has no active number to ring');
    }
    const callId = `test-${randomUUID()}`;
    const routing = await this.calls.incoming({
      provider: TEST_PROVIDER,
      callId,
      from: null,
      to: number.e164,
      at: new Date(),
    });
    return this.db.transaction(ctx, async (em) => {
      await this.jobs.send(em, 'call.test-hangup', { callId }, later(TEST_CALL_WAIT_SECONDS));
      await this.audit.record(em, ctx, {
        action: 'call.test_rung',
        entityType: 'CallSession',
        entityId: routing.session.id,
        clientCompanyId,
        after: { dialed: number.e164, routed: routing.action },
      });
      return em.findOneByOrFail(CallSession, { id: routing.session.id });
    });
  }

  /** The test caller hangs up: unanswered, or once they have talked their minute. */
  async hangUp(callId: string, now = new Date()): Promise<void> {
    const system = RequestContext.system('job call.test-hangup');
    const session = await this.db.transaction(system, (em) =>
      em.findOneBy(CallSession, { provider: TEST_PROVIDER, providerCallId: callId }),
    );
    if (!session) return;
    if (session.state === CallState.IN_PROGRESS && session.answeredAt) {
      const talked = (now.getTime() - session.answeredAt.getTime()) / 1000;
      if (talked < TEST_CALL_TALK_SECONDS) {
        await this.db.transaction(system, (em) =>
          this.jobs.send(
            em,
            'call.test-hangup',
            { callId },
            later(TEST_CALL_TALK_SECONDS - talked, now),
          ),
        );
        return;
      }
      await this.calls.status(TEST_PROVIDER, callId, 'completed', now, Math.round(talked), null);
    } else if (session.state === CallState.QUEUED || session.state === CallState.UNASSIGNED) {
      await this.calls.status(TEST_PROVIDER, callId, 'no-answer', now, null, null);
    }
  }
}

const later = (seconds: number, from = new Date()) => ({
  startAfter: new Date(from.getTime() + seconds * 1000),
});
