import { Permission } from '@dengon/domain';
import { Args, ArgsType, Field, Int, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Allow } from '../common/access.decorator';
import { CompanyArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { DeliveryReport } from './delivery-report.entity';
import { DeliveryReports } from './delivery-reports.service';
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

@ArgsType()
class ReportsArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only reports that named no message of ours',
  })
  @IsBoolean()
  unmatchedOnly = false;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;
}

@Resolver()
export class DeliveryResolver {
  constructor(
    private readonly delivery: Delivery,
    private readonly reports: DeliveryReports,
  ) {}

  @Query(() => [OutboundMessage], {
    description:
      'What Dengon sent or is sending, newest first: every message for staff, one company for client users',
  })
  @Allow(Permission.ViewMessages)
  outboundMessages(
    @Ctx() ctx: RequestContext,
    @Args() args: MessagesArgs,
  ): Promise<OutboundMessage[]> {
    return this.delivery.list(ctx, args.clientCompanyId, args.first);
  }

  @Query(() => [DeliveryReport], {
    description: 'Delivery reports received (bounces, fax results), newest first',
  })
  @Allow(Permission.ViewDeliveryReports)
  deliveryReports(
    @Ctx() ctx: RequestContext,
    @Args() args: ReportsArgs,
  ): Promise<DeliveryReport[]> {
    return this.reports.list(ctx, args.unmatchedOnly, args.first);
  }
}
