import { Permission } from '@dengon/domain';
import {
  Args,
  ArgsType,
  Field,
  ID,
  Mutation,
  Query,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { EventBus } from '../events/event-bus';
import { mapAsync, settled } from '../events/map-async';
import { Acd } from './acd.service';
import { AcdViews, OfferView } from './acd-views.service';
import { AcdBoard, CallCenterBoard } from './board.service';
import { CallOffer, OperatorState, OperatorStatus } from './acd.entities';

// A busy minute changes the board many times a second; supervisors need it fresh, not every change.
const BOARD_SETTLE_MS = 500;

@ArgsType()
class StateArgs {
  @Field(() => OperatorState)
  @IsEnum(OperatorState)
  state!: OperatorState;
}

@ArgsType()
class OperatorStateArgs {
  @Field(() => ID)
  @IsUUID()
  operatorId!: string;

  @Field(() => OperatorState, { description: 'BREAK or OFFLINE' })
  @IsEnum(OperatorState)
  state!: OperatorState;

  @Field({ description: 'Why, shown on the board and to the operator' })
  @Length(1, 200)
  note!: string;
}

@ArgsType()
class AssignArgs {
  @Field(() => ID)
  @IsUUID()
  callSessionId!: string;

  @Field(() => ID, { description: 'The operator to ring; the supervisor themselves to take it' })
  @IsUUID()
  operatorId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The client a call to an unassigned number is for (required for one)',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string | null;
}

@Resolver()
export class AcdResolver {
  constructor(
    private readonly acd: Acd,
    private readonly views: AcdViews,
    private readonly board: AcdBoard,
    private readonly events: EventBus,
  ) {}

  @Query(() => OperatorStatus)
  @Allow(Permission.TakeCalls)
  myOperatorStatus(@Ctx() ctx: RequestContext): Promise<OperatorStatus> {
    return this.acd.status(ctx);
  }

  @Mutation(() => OperatorStatus, {
    description: 'Available, break or offline; a call sets on-call and after-call work',
  })
  @Allow(Permission.TakeCalls)
  setMyOperatorState(@Ctx() ctx: RequestContext, @Args() args: StateArgs): Promise<OperatorStatus> {
    return this.acd.setState(ctx, args.state);
  }

  @Mutation(() => OperatorStatus, {
    description:
      "A supervisor puts an operator on break or offline, with a note; the operator's offer moves on",
  })
  @Allow(Permission.SuperviseCalls)
  setOperatorState(
    @Ctx() ctx: RequestContext,
    @Args() args: OperatorStateArgs,
  ): Promise<OperatorStatus> {
    return this.acd.setStateOf(ctx, args.operatorId, args.state, args.note);
  }

  @Mutation(() => CallOffer, {
    description:
      'A supervisor gives a waiting call (or one to an unassigned number, naming its client) to a named available operator, or takes it',
  })
  @Allow(Permission.SuperviseCalls)
  assignCall(@Ctx() ctx: RequestContext, @Args() args: AssignArgs): Promise<CallOffer> {
    return this.acd.assign(ctx, args.callSessionId, args.operatorId, args.clientCompanyId ?? null);
  }

  @Query(() => OfferView, {
    nullable: true,
    description: 'The call offered to me, or the one I am on',
  })
  @Allow(Permission.TakeCalls)
  async myOffer(@Ctx() ctx: RequestContext): Promise<OfferView | null> {
    const offer = await this.acd.currentOffer(ctx);
    return offer ? this.views.offer(offer) : null;
  }

  @Mutation(() => OperatorStatus, {
    description: 'Ends my call: after-call work, then available again',
  })
  @Allow(Permission.TakeCalls)
  finishCall(@Ctx() ctx: RequestContext): Promise<OperatorStatus> {
    return this.acd.finishCall(ctx);
  }

  @Subscription(() => OfferView, { description: 'Calls offered to me as they come' })
  @Allow(Permission.TakeCalls)
  offerForMe(@Ctx() ctx: RequestContext): AsyncIterableIterator<{ offerForMe: OfferView }> {
    return mapAsync(this.events.events(`offer:${ctx.actor.id}`), async (event) => {
      if (event.type !== 'offer.created') return null;
      const offer = await this.views.offer(event.id);
      return offer ? { offerForMe: offer } : null;
    });
  }

  @Query(() => CallCenterBoard)
  @Allow(Permission.SuperviseCalls)
  callCenterBoard(@Ctx() ctx: RequestContext): Promise<CallCenterBoard> {
    return this.board.board(ctx);
  }

  @Subscription(() => CallCenterBoard, {
    description: 'The board again whenever calls or operators change, at most every half second',
  })
  @Allow(Permission.SuperviseCalls)
  callCenterBoardChanged(
    @Ctx() ctx: RequestContext,
  ): AsyncIterableIterator<{ callCenterBoardChanged: CallCenterBoard }> {
    return mapAsync(settled(this.events.events('acd'), BOARD_SETTLE_MS), async () => ({
      callCenterBoardChanged: await this.board.board(ctx),
    }));
  }
}
