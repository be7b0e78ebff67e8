import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { JobQueue } from '../jobs/job-queue';
import { CallRouting } from './call-routing.service';
import { CallSession, CallState } from './call-session.entity';
import { TelephonyProviders } from './telephony-providers';

/**
 * Calls never hang forever: a provider's last webhook can be lost, and a call
 * still waiting or talking on the books holds a channel, an operator and a
 * place on the board. Every minute, calls past their limit are asked of their
 * provider where it can be asked (Twilio's REST API): one that ended is ended
 * as the provider says, one still going is left; otherwise, or when the
 * provider cannot answer, the limit ends it. Either way as the provider's own
 * end would, and the back office can read which.
 */
@Injectable()
export class CallReconciler implements OnModuleInit {
  private readonly log = new Logger('Calls');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly calls: CallRouting,
    private readonly audit: AuditService,
    private readonly providers: TelephonyProviders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work('call.reconcile', async () => {
      await this.reconcile();
    });
    await this.jobs.schedule('call.reconcile', '* * * * *');
  }

  /** Ends the calls whose end never came; returns how many. */
  async reconcile(now = new Date()): Promise<number> {
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const system = RequestContext.system('job call.reconcile');
    const stale = await this.db.transaction(system, (em) =>
      em.find(CallSession, {
        where: [
          {
            state: In([CallState.QUEUED, CallState.UNASSIGNED]),
            startedAt: LessThan(minutesAgo(this.config.CALL_MAX_WAIT_MINUTES)),
          },
          {
            state: CallState.IN_PROGRESS,
            startedAt: LessThan(minutesAgo(this.config.CALL_MAX_MINUTES)),
          },
        ],
        take: 500,
      }),
    );
    let ended = 0;
    for (const call of stale) {
      const talking = call.state === CallState.IN_PROGRESS;
      const since = call.answeredAt ?? call.startedAt;
      const asked = await this.providers
        .of(call.provider)
        .ended(call)
        .catch((error: Error) => {
          this.log.warn(
            `${call.provider} could not say how call ${call.providerCallId} is: ${error.message}`,
          );
          return undefined;
        });
      if (asked === null) continue; // still going, says the provider
      const end = asked ?? {
        status: talking ? ('completed' as const) : ('failed' as const),
        durationSeconds: talking ? Math.round((now.getTime() - since.getTime()) / 1000) : null,
      };
      const duration = end.durationSeconds;
      // The same path as the provider's own end: offers withdrawn, the next caller offered.
      await this.calls.status(call.provider, call.providerCallId, end.status, now, duration, null);
      ended++;
      await this.db.transaction(system, (em) =>
        this.audit.record(em, system, {
          action: 'call.reconciled',
          entityType: 'CallSession',
          entityId: call.id,
          clientCompanyId: call.clientCompanyId,
          before: { state: call.state, startedAt: call.startedAt.toISOString() },
          after: {
            state: end.status === 'completed' ? CallState.COMPLETED : CallState.FAILED,
            durationSeconds: duration,
            by: asked ? `${call.provider}: ${end.status}` : 'limit',
          },
        }),
      );
      this.log.warn(
        `Ended call ${call.provider}/${call.providerCallId}: no end received after ${talking ? 'talking' : 'waiting'} since ${since.toISOString()}${asked ? ` (${call.provider} says ${end.status})` : ''}`,
      );
    }
    return ended;
  }
}
