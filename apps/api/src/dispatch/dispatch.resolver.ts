import { Permission } from '@dengon/domain';
import {
  Args,
  Context,
  Field,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { CompanyArgs } from '../common/args';
import type { RequestLoaders } from '../common/loaders';
import { EventBus } from '../events/event-bus';
import { mapAsync } from '../events/map-async';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { OutboundMessage } from '../delivery/outbound-message.entity';
import { Contractor } from './contractor.entity';
import { Dispatch } from './dispatch.entity';
import {
  CandidatesArgs,
  CreateDispatchInput,
  DispatchReplyInput,
  DispatchesArgs,
  ResendDispatchInput,
} from './dispatch.inputs';
import { DispatchService } from './dispatch.service';
import { MESSAGES_ABOUT } from '../delivery/delivery.loaders';
import { CONTRACTOR } from './dispatch.loaders';

@ObjectType()
class DispatchCandidate {
  @Field(() => Contractor)
  contractor!: Contractor;

  @Field({ description: "Named for the site's city (otherwise: its whole prefecture)" })
  cityMatch!: boolean;
}

@Resolver(() => Dispatch)
export class DispatchResolver {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly events: EventBus,
  ) {}

  @Query(() => [DispatchCandidate], {
    description: "The contractors the client's rules propose for a job, best first",
  })
  @Allow(Permission.ViewAllClients)
  dispatchCandidates(
    @Ctx() ctx: RequestContext,
    @Args() args: CandidatesArgs,
  ): Promise<DispatchCandidate[]> {
    return this.dispatch.candidates(ctx, args.intakeId, args.category, args.siteAddress);
  }

  @Query(() => [Dispatch], { description: 'Dispatches, newest first' })
  @Allow(Permission.ViewDispatches)
  dispatches(@Ctx() ctx: RequestContext, @Args() args: DispatchesArgs): Promise<Dispatch[]> {
    return this.dispatch.list(ctx, args);
  }

  @Mutation(() => Dispatch, {
    description: 'Sends the job to the proposed contractor, or to another with a reason',
  })
  @Allow(Permission.Dispatch)
  createDispatch(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateDispatchInput,
  ): Promise<Dispatch> {
    return this.dispatch.create(ctx, input);
  }

  @Mutation(() => Dispatch, {
    description:
      "Records the contractor's reply by phone or fax, or that the phone was not answered",
  })
  @Allow(Permission.Dispatch)
  recordDispatchReply(
    @Ctx() ctx: RequestContext,
    @Args('input') input: DispatchReplyInput,
  ): Promise<Dispatch> {
    return this.dispatch.reply(ctx, input);
  }

  @Mutation(() => Dispatch, {
    description:
      "Sends the sheet again by another of the contractor's channels (or the same), e.g. when the fax did not come",
  })
  @Allow(Permission.Dispatch)
  resendDispatch(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ResendDispatchInput,
  ): Promise<Dispatch> {
    return this.dispatch.resend(ctx, input);
  }

  @Subscription(() => Dispatch, {
    description:
      'Dispatches as they change (sent, failed over, acknowledged); client users get their own',
  })
  @Allow(Permission.ViewDispatches)
  dispatchChanged(
    @Ctx() ctx: RequestContext,
    @Args() args: CompanyArgs,
  ): AsyncIterableIterator<{ dispatchChanged: Dispatch }> {
    const only = ctx.tenantId ?? args.clientCompanyId ?? null;
    return mapAsync(this.events.events(`dispatch:${only ?? '*'}`), async (event) => {
      if (event.type !== 'dispatch.changed') return null;
      // Read as the subscriber, so row-level security has the last word on every event.
      const [dispatch] = await this.dispatch.list(ctx, { id: event.id });
      return dispatch ? { dispatchChanged: dispatch } : null;
    });
  }

  @ResolveField(() => Contractor, { nullable: true })
  contractor(
    @Parent() dispatch: Dispatch,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Contractor | null> {
    return loaders.of(CONTRACTOR).load(dispatch.contractorId);
  }

  @ResolveField(() => [OutboundMessage], { description: 'Every fax and e-mail sent for it' })
  messages(
    @Parent() dispatch: Dispatch,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OutboundMessage[]> {
    return loaders.of(MESSAGES_ABOUT).load(dispatch.id);
  }
}
