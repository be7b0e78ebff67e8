import {
  describeCoverage,
  Role,
  renderGreeting,
  timeOfDayGreeting,
  formatNational,
} from '@dengon/domain';
import {
  Args,
  ArgsType,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsUUID, Length } from 'class-validator';
import { Roles } from '../auth/roles.decorator';
import { IntakeRecord } from '../calls/intake-record.entity';
import { IntakeService } from '../calls/intake.service';
import { ClientCompany } from '../clients/client-company.entity';
import { IdArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus';
import { mapAsync } from '../events/map-async';
import { Contract } from '../contracts/contract.entity';
import { ScriptVersion } from '../scripts/script.entity';
import { CallSession } from '../telephony/call-session.entity';
import { User } from '../auth/user.entity';
import { Acd } from './acd.service';
import { CallOffer, ClientGroup, OperatorState, OperatorStatus } from './acd.entities';
import { SkillsService } from './skills.service';

const TAKERS = [Role.Operator, Role.Supervisor];
const MANAGERS = [Role.Supervisor, Role.BackOffice];

@ArgsType()
class StateArgs {
  @Field(() => OperatorState)
  @IsEnum(OperatorState)
  state!: OperatorState;
}

@ArgsType()
class GroupArgs {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => [ID])
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  clientCompanyIds!: string[];
}

@ArgsType()
class SkillsArgs {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  groupIds!: string[];
}

/** What the operator sees while a call is offered: whose call, what to say, and who is calling. */
@ObjectType()
class OfferView {
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
class QueuedCall {
  @Field(() => CallSession)
  call!: CallSession;

  @Field(() => String, { nullable: true })
  clientName!: string | null;

  @Field(() => Int)
  waitingSeconds!: number;
}

@Resolver()
export class AcdResolver {
  constructor(
    private readonly acd: Acd,
    private readonly skills: SkillsService,
    private readonly intake: IntakeService,
    private readonly events: EventBus,
    private readonly db: Db,
  ) {}

  @Query(() => OperatorStatus)
  @Roles(...TAKERS)
  myOperatorStatus(@Ctx() ctx: RequestContext): Promise<OperatorStatus> {
    return this.acd.status(ctx);
  }

  @Mutation(() => OperatorStatus, {
    description: 'Available, break or offline; a call sets on-call and after-call work',
  })
  @Roles(...TAKERS)
  setMyOperatorState(@Ctx() ctx: RequestContext, @Args() args: StateArgs): Promise<OperatorStatus> {
    return this.acd.setState(ctx, args.state);
  }

  @Query(() => OfferView, {
    nullable: true,
    description: 'The call offered to me, or the one I am on',
  })
  @Roles(...TAKERS)
  async myOffer(@Ctx() ctx: RequestContext): Promise<OfferView | null> {
    const offer = await this.acd.currentOffer(ctx);
    return offer ? this.view(ctx, offer) : null;
  }

  @Mutation(() => OfferView)
  @Roles(...TAKERS)
  async acceptOffer(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<OfferView> {
    return this.view(ctx, await this.acd.accept(ctx, args.id));
  }

  @Mutation(() => OperatorStatus, {
    description: 'Ends my call: after-call work, then available again',
  })
  @Roles(...TAKERS)
  finishCall(@Ctx() ctx: RequestContext): Promise<OperatorStatus> {
    return this.acd.finishCall(ctx);
  }

  @Subscription(() => OfferView, { description: 'Calls offered to me as they come' })
  @Roles(...TAKERS)
  offerForMe(@Ctx() ctx: RequestContext): AsyncIterableIterator<{ offerForMe: OfferView }> {
    return mapAsync(this.events.events(), async (event) => {
      if (event.type !== 'offer.created' || event.operatorId !== ctx.actor.id) return null;
      const offer = await this.db.transaction(RequestContext.system(), (em) =>
        em.findOneBy(CallOffer, { id: event.id }),
      );
      return offer ? { offerForMe: await this.view(ctx, offer) } : null;
    });
  }

  @Query(() => [QueuedCall], {
    description: 'Calls waiting, oldest first, with the unassigned ones',
  })
  @Roles(...MANAGERS)
  async callQueue(): Promise<QueuedCall[]> {
    const rows: (CallSession & { client_name: string | null })[] = await this.db.transaction(
      RequestContext.system(),
      (em) =>
        em
          .createQueryBuilder(CallSession, 's')
          .leftJoin(ClientCompany, 'c', 'c.id = s.client_company_id')
          .addSelect('c.name', 'client_name')
          .where("s.state IN ('QUEUED', 'UNASSIGNED')")
          .orderBy('s.started_at')
          .getRawAndEntities()
          .then(({ entities, raw }) =>
            entities.map((e, i) =>
              Object.assign(e, {
                client_name: (raw[i] as { client_name: string | null }).client_name,
              }),
            ),
          ),
    );
    const now = Date.now();
    return rows.map((call) => ({
      call,
      clientName: call.client_name,
      waitingSeconds: Math.floor((now - call.startedAt.getTime()) / 1000),
    }));
  }

  @Query(() => [OperatorStatus], {
    description: 'Every operator with a state, longest in it first',
  })
  @Roles(...MANAGERS)
  operatorBoard(): Promise<OperatorStatus[]> {
    return this.db.transaction(RequestContext.system(), (em) =>
      em.find(OperatorStatus, { relations: { user: true }, order: { since: 'ASC' } }),
    );
  }

  @Query(() => [ClientGroup])
  @Roles(...MANAGERS)
  clientGroups(@Ctx() ctx: RequestContext): Promise<ClientGroup[]> {
    return this.skills.groups(ctx);
  }

  @Mutation(() => ClientGroup, {
    description: 'Creates or replaces a client group with exactly these clients',
  })
  @Roles(...MANAGERS)
  saveClientGroup(@Ctx() ctx: RequestContext, @Args() args: GroupArgs): Promise<ClientGroup> {
    return this.skills.saveGroup(ctx, args.name, args.clientCompanyIds);
  }

  @Mutation(() => [ClientGroup], {
    description: 'Sets the client groups an operator takes calls for',
  })
  @Roles(...MANAGERS)
  setOperatorSkills(@Ctx() ctx: RequestContext, @Args() args: SkillsArgs): Promise<ClientGroup[]> {
    return this.skills.setSkills(ctx, args.userId, args.groupIds);
  }

  private async view(ctx: RequestContext, offer: CallOffer): Promise<OfferView> {
    const parts = await this.db.transaction(RequestContext.system(), async (em) => {
      const call = await em.findOneByOrFail(CallSession, { id: offer.callSessionId });
      const client = await em.findOneByOrFail(ClientCompany, { id: call.clientCompanyId ?? '' });
      const script = call.scriptVersionId
        ? await em.findOneBy(ScriptVersion, { id: call.scriptVersionId })
        : null;
      const contract = await em.findOne(Contract, {
        where: { clientCompanyId: client.id },
        order: { startDate: 'DESC' },
      });
      const operator = await em.findOneBy(User, { id: offer.operatorId });
      return { call, client, script, contract, operator };
    });
    const { call, client, script, contract, operator } = parts;
    const hour = Number(
      new Intl.DateTimeFormat('en', {
        timeZone: 'Asia/Tokyo',
        hour: 'numeric',
        hourCycle: 'h23',
      }).format(new Date()),
    );
    return {
      offer,
      client,
      greeting: renderGreeting(script?.greeting ?? 'はい、{会社名}でございます。', {
        会社名: client.name,
        挨拶: timeOfDayGreeting(hour),
        オペレーター名: operator?.name.split(/\s/)[0] ?? '',
      }),
      script,
      coverageSummary: contract
        ? describeCoverage({ windows: contract.coverageWindows, holidayRule: contract.holidayRule })
        : null,
      callingNational: call.callingE164 ? formatNational(call.callingE164) : null,
      // Its own transaction, after the one above has given its connection back: never two at once.
      callerHistory: call.callingE164
        ? await this.intake.callerHistory(ctx, client.id, call.callingE164)
        : [],
    };
  }
}
