import {
  belowTarget,
  SERVICE_LEVEL_DEFAULTS,
  serviceLevel,
  sumServiceLevelCounts,
  type ServiceLevelCounts,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type EntityManager, In, MoreThan, Not } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { CallSession, CallState } from '../telephony/call-session.entity';
import { OperatorState, OperatorStateReason, OperatorStatus } from './acd.entities';

/** How long the board keeps showing an operator taken offline by a lost connection or a supervisor. */
const DROPPED_SHOWN_MS = 12 * 60 * 60 * 1000;

/** Why a queued call rings for nobody. */
export enum NotOffered {
  /** No operator is available (all on calls, in after-call work, on break or offline). */
  NOBODY_AVAILABLE = 'NOBODY_AVAILABLE',
  /** Operators are available, but none is trained for the call's client (skills). */
  NO_TRAINED_OPERATOR = 'NO_TRAINED_OPERATOR',
}
registerEnumType(NotOffered, { name: 'NotOffered' });

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

  @Field(() => String, { nullable: true, description: 'The operator it rings for now' })
  offeredTo!: string | null;

  @Field(() => NotOffered, {
    nullable: true,
    description: 'Why a waiting call rings for nobody; null while it rings or is unassigned',
  })
  notOffered!: NotOffered | null;

  @Field(() => Int, { description: 'Operators trained for its client who are on break' })
  trainedOnBreak!: number;
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

  @Field(() => ID, {
    nullable: true,
    description: 'The intake record of the call they are on, once saved',
  })
  callRecordId!: string | null;
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
    description:
      'Calls waiting, in the order they are offered (VIP callers first, then oldest first), with the unassigned ones',
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

/** The supervisors' board: the queue and why each call waits, the operators, today's service level. */
@Injectable()
export class AcdBoard {
  constructor(private readonly db: Db) {}

  /**
   * For each waiting call: whom it rings for, and otherwise who could take
   * it: idle operators (available, no call ringing for them), those of them
   * trained for its client, and trained ones on break. One statement.
   */
  private async reach(
    em: EntityManager,
    callIds: string[],
  ): Promise<
    Map<
      string,
      { offeredTo: string | null; idle: number; idleTrained: number; trainedOnBreak: number }
    >
  > {
    if (callIds.length === 0) return new Map();
    const rows = await em.query<
      {
        id: string;
        offered_to: string | null;
        idle: number;
        idle_trained: number;
        trained_on_break: number;
      }[]
    >(
      `WITH idle AS (
         SELECT os.user_id FROM operator_states os
          WHERE os.state = 'AVAILABLE'
            AND NOT EXISTS (SELECT 1 FROM call_offers o
                             WHERE o.operator_id = os.user_id AND o.state IN ('OFFERED', 'ACCEPTED')))
       SELECT s.id,
              (SELECT u.name FROM call_offers o JOIN users u ON u.id = o.operator_id
                WHERE o.call_session_id = s.id AND o.state = 'OFFERED' LIMIT 1) AS offered_to,
              (SELECT count(*) FROM idle)::int AS idle,
              (SELECT count(DISTINCT i.user_id) FROM idle i
                 JOIN operator_skills k ON k.user_id = i.user_id
                 JOIN client_group_members m ON m.group_id = k.group_id
                WHERE m.client_company_id = s.client_company_id)::int AS idle_trained,
              (SELECT count(DISTINCT os.user_id) FROM operator_states os
                 JOIN operator_skills k ON k.user_id = os.user_id
                 JOIN client_group_members m ON m.group_id = k.group_id
                WHERE os.state = 'BREAK' AND m.client_company_id = s.client_company_id)::int
                AS trained_on_break
         FROM call_sessions s WHERE s.id = ANY($1)`,
      [callIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          offeredTo: r.offered_to,
          idle: r.idle,
          idleTrained: r.idle_trained,
          trainedOnBreak: r.trained_on_break,
        },
      ]),
    );
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
        // The order the ACD offers them in: VIP callers first.
        .orderBy("s.caller_mark = 'VIP'", 'DESC', 'NULLS LAST')
        .addOrderBy('s.started_at')
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
      const reach = await this.reach(
        em,
        entities.map((call) => call.id),
      );
      // What the operators on a call have saved of it, for the supervisor to open.
      const onCall = operators
        .filter((o) => o.state === OperatorState.ON_CALL)
        .map((o) => o.userId);
      const records = new Map(
        onCall.length === 0
          ? []
          : (
              await em.query<{ operator_id: string; intake_id: string }[]>(
                `SELECT o.operator_id, s.intake_id FROM call_offers o
                   JOIN call_sessions s ON s.id = o.call_session_id
                  WHERE o.state = 'ACCEPTED' AND s.intake_id IS NOT NULL
                    AND o.operator_id = ANY($1)`,
                [onCall],
              )
            ).map((r) => [r.operator_id, r.intake_id]),
      );
      const now = Date.now();
      return {
        queue: entities.map((call, i) => {
          const {
            offeredTo = null,
            idle = 0,
            idleTrained = 0,
            trainedOnBreak = 0,
          } = reach.get(call.id) ?? {};
          return {
            call,
            clientName: raw[i]?.client_name ?? null,
            waitingSeconds: Math.floor((now - call.startedAt.getTime()) / 1000),
            targetSeconds: raw[i]?.target_seconds ?? SERVICE_LEVEL_DEFAULTS.withinSeconds,
            offeredTo,
            notOffered:
              call.state !== CallState.QUEUED || offeredTo
                ? null
                : idle === 0
                  ? NotOffered.NOBODY_AVAILABLE
                  : idleTrained === 0
                    ? NotOffered.NO_TRAINED_OPERATOR
                    : null, // about to ring: the ACD offers it within a sweep
            trainedOnBreak,
          };
        }),
        operators: operators.map((o) => ({
          callRecordId: records.get(o.userId) ?? null,
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
