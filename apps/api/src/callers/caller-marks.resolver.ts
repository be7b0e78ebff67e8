import { Permission } from '@dengon/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.decorator';
import { CompanyArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { CallerMark } from './caller-mark.entity';
import {
  AddCallerMarkInput,
  CallerMarkVersionInput,
  ReportNuisanceCallerInput,
} from './caller-mark.inputs';
import { CallerMarks } from './caller-marks.service';

@Resolver(() => CallerMark)
export class CallerMarksResolver {
  constructor(private readonly marks: CallerMarks) {}

  @Query(() => [CallerMark], { description: "A client's VIP and nuisance callers, reports first" })
  @Allow(Permission.ViewAllClients)
  callerMarks(@Ctx() ctx: RequestContext, @Args() args: CompanyArgs): Promise<CallerMark[]> {
    return this.marks.list(ctx, args.clientCompanyId ?? '');
  }

  @Query(() => [CallerMark], { description: 'Nuisance reports waiting for a supervisor' })
  @Allow(Permission.SuperviseCalls)
  proposedCallerMarks(@Ctx() ctx: RequestContext): Promise<CallerMark[]> {
    return this.marks.proposed(ctx);
  }

  @Mutation(() => CallerMark)
  @Allow(Permission.SuperviseCalls)
  addCallerMark(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddCallerMarkInput,
  ): Promise<CallerMark> {
    return this.marks.add(ctx, input);
  }

  @Mutation(() => CallerMark, {
    description: "Report a record's caller as a nuisance; applied once a supervisor confirms",
  })
  @Allow(Permission.RecordIntake)
  reportNuisanceCaller(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReportNuisanceCallerInput,
  ): Promise<CallerMark> {
    return this.marks.reportNuisance(ctx, input);
  }

  @Mutation(() => CallerMark)
  @Allow(Permission.SuperviseCalls)
  confirmCallerMark(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CallerMarkVersionInput,
  ): Promise<CallerMark> {
    return this.marks.confirm(ctx, input);
  }

  @Mutation(() => CallerMark, { description: 'Remove a mark, or turn down a report' })
  @Allow(Permission.SuperviseCalls)
  removeCallerMark(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CallerMarkVersionInput,
  ): Promise<CallerMark> {
    return this.marks.remove(ctx, input);
  }
}
