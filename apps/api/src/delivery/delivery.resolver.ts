import { CLIENT_ROLES, Role } from '@dengon/domain';
import { Args, ArgsType, Field, Int, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Roles } from '../auth/roles.decorator';
import { CompanyArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { Delivery } from './delivery.service';
import { OutboundMessage } from './outbound-message.entity';

@ArgsType()
class MessagesArgs extends CompanyArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;
}

@Resolver()
export class DeliveryResolver {
  constructor(private readonly delivery: Delivery) {}

  @Query(() => [OutboundMessage], {
    description:
      'What Dengon sent or is sending, newest first: every message for staff, one company for client users',
  })
  @Roles(Role.BackOffice, Role.Supervisor, ...CLIENT_ROLES)
  outboundMessages(
    @Ctx() ctx: RequestContext,
    @Args() args: MessagesArgs,
  ): Promise<OutboundMessage[]> {
    return this.delivery.list(ctx, args.clientCompanyId, args.first);
  }
}
