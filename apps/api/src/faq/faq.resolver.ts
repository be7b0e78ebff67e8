import { Permission } from '@dengon/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { FaqItem } from './faq-item.entity';
import { CreateFaqItemInput, FaqItemsArgs, UpdateFaqItemInput } from './faq.inputs';
import { FaqService } from './faq.service';

@Resolver(() => FaqItem)
export class FaqResolver {
  constructor(private readonly faq: FaqService) {}

  @Query(() => [FaqItem], {
    description: "A client's FAQ; client users get their own, enabled items only",
  })
  @SignedIn()
  faqItems(@Ctx() ctx: RequestContext, @Args() args: FaqItemsArgs): Promise<FaqItem[]> {
    return this.faq.list(ctx, args);
  }

  @Mutation(() => FaqItem)
  @Allow(Permission.EditScripts)
  createFaqItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateFaqItemInput,
  ): Promise<FaqItem> {
    return this.faq.create(ctx, input);
  }

  @Mutation(() => FaqItem)
  @Allow(Permission.EditScripts)
  updateFaqItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateFaqItemInput,
  ): Promise<FaqItem> {
    return this.faq.update(ctx, input);
  }
}
