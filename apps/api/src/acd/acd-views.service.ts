import {
  describeCoverage,
  formatNational,
  renderGreeting,
  serviceLevel,
  SERVICE_LEVEL_DEFAULTS,
  belowTarget,
  sumServiceLevelCounts,
  type ServiceLevelCounts,
  timeOfDayGreeting,
  tokyoHour,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { In, MoreThan, Not } from 'typeorm';
import { User } from '../auth/user.entity';
import { IntakeRecord } from '../calls/intake-record.entity';
import { callerHistoryIn } from '../calls/intake-history.service';
import { ClientCompany } from '../clients/client-company.entity';
import { RequestContext } from '../common/request-context';
import { Contract } from '../contracts/contract.entity';
import { Db } from '../database/db.service';
import { ScriptVersion } from '../scripts/script.entity';
import { EMPTY_SCRIPT } from '../scripts/scripts.service';
import { CallSession } from '../telephony/call-session.entity';
import { CallOffer, OperatorState, OperatorStateReason, OperatorStatus } from './acd.entities';

/** How long the board keeps showing an operator taken offline by a lost connection or a supervisor. */
const DROPPED_SHOWN_MS = 12 * 60 * 60 * 1000;

/** What the operator sees while a call is offered: whose call, what to say, and who is calling. */
@ObjectType()
export class OfferView {
  @Field(() => CallOffer)
  offer!: CallOffer;

  @Field(() => ClientCompany)
  client!: ClientCompany;

  @Field({ description: 'The greeting to read, variables filled in' })
  greeting!: string;

  @Field(() => ScriptVersion, { nullable: true })
  script!: ScriptVersion | null;

  @Field(() => String, { nullable: true })
  coverageSummary!: string | null;

  @Field(() => String, { nullable: true })
  callingNational!: string | null;

  @Field(() => [IntakeRecord], { description: "The caller's earlier intakes for this client" })
  callerHistory!: IntakeRecord[];
}

@ObjectType()
export class QueuedCall {
  @Field(() => CallSession)
  call!: CallSession;

  @Field(() => String, { nullable: true })
  clientName!: string | null;

  @Field(() => Int)
  waitingSeconds!: number;

  @Field(() => Int, { description: "Seconds its client's service-level target allows" })
  targetSeconds!: number;
}

@ObjectType({
  description:
    'An operator on the board: everyone not offline, and those taken offline in the last 12 hours by a lost connection or a supervisor',
})
export class BoardOperator {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field(() => OperatorState)
  state!: OperatorState;

  @Field()
  since!: Date;

  @Field(() => Date, { nullable: true })
  afterCallWorkUntil!: Date | null;

  @Field(() => OperatorStateReason, { nullable: true })
  reason!: OperatorStateReason | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: "Today's calls (Asia/Tokyo) against the answer-time target" })
export class ServiceLevelToday {
  @Field(() => Int)
  answeredWithinTarget!: number;

  @Field(() => Int)
  answeredLate!: number;

  @Field(() => Int)
  abandoned!: number;

  @Field(() => Int)
  waitingOverTarget!: number;

  @Field(() => Float, { nullable: true, description: 'Share answered within the target, 0–1' })
  share!: number | null;
}

@ObjectType({ description: "One client's calls today against its contract's target" })
export class ClientServiceLevel extends ServiceLevelToday {
  @Field(() => ID)
  clientCompanyId!: string;

  @Field()
  clientName!: string;

  @Field(() => Int, { description: 'The target: this percentage within targetSeconds' })
  targetPercent!: number;

  @Field(() => Int)
  targetSeconds!: number;

  @Field({ description: 'The share so far falls short of the target' })
  belowTarget!: boolean;
}

@ObjectType()
export class CallCenterBoard {
  @Field(() => [QueuedCall], {
    description: 'Calls waiting, oldest first, with the unassigned ones',
  })
  queue!: QueuedCall[];

  @Field(() => [BoardOperator], {
    description: 'Operators signed in, longest in their state first',
  })
  operators!: BoardOperator[];

  @Field(() => ServiceLevelToday, {
    description: "Every client's calls together, each judged against its own client's target",
  })
  serviceLevel!: ServiceLevelToday;

  @Field(() => [ClientServiceLevel], {
    description: 'Each client with calls today, those short of their target first',
  })
  clients!: ClientServiceLevel[];
}

interface ClientTarget {
  clientCompanyId: string;
  clientName: string;
  targetPercent: number;
  targetSeconds: number;
}

/** Each client's service-level target, from the contract in force (the latest started). */
const TERMS_IN_FORCE = `
  SELECT DISTINCT ON (client_company_id) client_company_id,
         service_level_percent AS percent, service_level_seconds AS seconds
    FROM contracts ORDER BY client_company_id, start_date DESC`;

/** The ACD as operators and supervisors see it: offers, the queue, the board. */
@Injectable()
export class AcdViews {
  constructor(private readonly db: Db) {}

  /**
   * The offer as its operator sees it, or null when there is no such offer.
   * This is on the path from the ringing phone to the operator's screen, so
   * it reads in two steps of parallel queries rather than seven in a row;
   * reads only, as the system, so no transaction is needed.
   */
  offer(offer: CallOffer): Promise<OfferView>;
  offer(id: string): Promise<OfferView | null>;
  async offer(offerOrId: CallOffer | string): Promise<OfferView | null> {
    const em = this.db.dataSource.manager;
    const offer =
      typeof offerOrId === 'string' ? await em.findOneBy(CallOffer, { id: offerOrId }) : offerOrId;
    if (!offer) return null;
    const call = await em.findOneByOrFail(CallSession, { id: offer.callSessionId });
    const clientCompanyId = call.clientCompanyId ?? '';
    const [client, script, contract, operator, callerHistory] = await Promise.all([
      em.findOneByOrFail(ClientCompany, { id: clientCompanyId }),
      call.scriptVersionId ? em.findOneBy(ScriptVersion, { id: call.scriptVersionId }) : null,
      em.findOne(Contract, { where: { clientCompanyId }, order: { startDate: 'DESC' } }),
      em.findOneBy(User, { id: offer.operatorId }),
      call.callingE164 ? callerHistoryIn(em, clientCompanyId, call.callingE164) : [],
    ]);
    return {
      offer,
      client,
      greeting: renderGreeting(script?.greeting ?? EMPTY_SCRIPT.greeting, {
        会社名: client.name,
        挨拶: timeOfDayGreeting(tokyoHour(new Date())),
        オペレーター名: operator?.name.split(/\s/)[0] ?? '',
      }),
      script,
      coverageSummary: contract
        ? describeCoverage({ windows: contract.coverageWindows, holidayRule: contract.holidayRule })
        : null,
      callingNational: call.callingE164 ? formatNational(call.callingE164) : null,
      callerHistory,
    };
  }

  /** The call centre as a supervisor watches it: the queue, every operator's state, today's service level. */
  board(ctx: RequestContext): Promise<CallCenterBoard> {
    return this.db.transaction(ctx.withServiceRights(), async (em) => {
      const { entities, raw } = await em
        .createQueryBuilder(CallSession, 's')
        .leftJoin(ClientCompany, 'c', 'c.id = s.client_company_id')
        .addSelect('c.name', 'client_name')
        // The seconds of its client's target; null for an unknown number.
        .leftJoin(`(${TERMS_IN_FORCE})`, 't', 't.client_company_id = s.client_company_id')
        .addSelect('t.seconds', 'target_seconds')
        .where("s.state IN ('QUEUED', 'UNASSIGNED')")
        .orderBy('s.started_at')
        .getRawAndEntities<{ client_name: string | null; target_seconds: number | null }>();
      // Offline by their own choice is signed off; offline for another reason is news.
      const operators = await em.find(OperatorStatus, {
        relations: { user: true },
        where: [
          { state: Not(OperatorState.OFFLINE) },
          {
            state: OperatorState.OFFLINE,
            reason: In([OperatorStateReason.DISCONNECTED, OperatorStateReason.SUPERVISOR]),
            since: MoreThan(new Date(Date.now() - DROPPED_SHOWN_MS)),
          },
        ],
        order: { since: 'ASC' },
      });
      // Each call against its own client's target.
      const perClient = await em.query<(ServiceLevelCounts & ClientTarget)[]>(
        `WITH terms AS (${TERMS_IN_FORCE})
         SELECT s.client_company_id AS "clientCompanyId", c.name AS "clientName",
                coalesce(t.percent, $1)::int AS "targetPercent", coalesce(t.seconds, $2)::int AS "targetSeconds",
                count(*) FILTER (WHERE s.answered_at - s.started_at <= make_interval(secs => coalesce(t.seconds, $2)))::int AS "answeredWithinTarget",
                count(*) FILTER (WHERE s.answered_at - s.started_at > make_interval(secs => coalesce(t.seconds, $2)))::int AS "answeredLate",
                count(*) FILTER (WHERE s.answered_at IS NULL AND s.state IN ('COMPLETED', 'FAILED'))::int AS "abandoned",
                count(*) FILTER (WHERE s.state = 'QUEUED' AND now() - s.started_at > make_interval(secs => coalesce(t.seconds, $2)))::int AS "waitingOverTarget"
           FROM call_sessions s
           JOIN client_companies c ON c.id = s.client_company_id
           LEFT JOIN terms t ON t.client_company_id = s.client_company_id
          WHERE s.started_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') AT TIME ZONE 'Asia/Tokyo'
            AND s.state NOT IN ('VOICEMAIL', 'BUSY')
          GROUP BY s.client_company_id, c.name, t.percent, t.seconds`,
        [SERVICE_LEVEL_DEFAULTS.percent, SERVICE_LEVEL_DEFAULTS.withinSeconds],
      );
      const total = sumServiceLevelCounts(perClient);
      const clients = perClient
        .map((client) => {
          const share = serviceLevel(client);
          return { ...client, share, belowTarget: belowTarget(share, client.targetPercent) };
        })
        .sort(
          (a, b) =>
            Number(b.belowTarget) - Number(a.belowTarget) ||
            a.clientName.localeCompare(b.clientName, 'ja'),
        );
      const now = Date.now();
      return {
        queue: entities.map((call, i) => ({
          call,
          clientName: raw[i]?.client_name ?? null,
          waitingSeconds: Math.floor((now - call.startedAt.getTime()) / 1000),
          targetSeconds: raw[i]?.target_seconds ?? SERVICE_LEVEL_DEFAULTS.withinSeconds,
        })),
        operators: operators.map((o) => ({
          userId: o.userId,
          name: o.user?.name ?? '',
          state: o.state,
          since: o.since,
          afterCallWorkUntil: o.afterCallWorkUntil,
          reason: o.reason,
          note: o.note,
        })),
        serviceLevel: { ...total, share: serviceLevel(total) },
        clients,
      };
    });
  }
}
