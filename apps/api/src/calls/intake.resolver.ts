import { allowedIntakeTransitions, type IntakeStatus, Permission } from '@dengon/domain';
import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { IsUUID, Length } from 'class-validator';
import { Allow } from '../common/access.decorator';
import { CompanyArgs, IdArgs } from '../common/args';
import { ClientCompany } from '../clients/client-company.entity';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { EventBus } from '../events/event-bus';
import { mapAsync } from '../events/map-async';
import {
  IntakeComment,
  IntakeCorrection,
  IntakeRecord,
  IntakeStatusChange,
  IntakeStatusEnum,
} from './intake-record.entity';
import {
  ChangeIntakeStatusInput,
  CorrectIntakeInput,
  CreateIntakeInput,
  IntakeRecordsArgs,
  SetIntakeBillableInput,
} from './intake.inputs';
import { type IntakePage, IntakeHistory, type Usage } from './intake-history.service';
import { IntakeService } from './intake.service';
import { IntakeWorkflow } from './intake-workflow.service';
import { CLIENT_COMPANY } from '../clients/client.loaders';
import { COMMENTS, CORRECTIONS, STATUS_HISTORY } from './intake.loaders';

@ObjectType()
class IntakePageType implements IntakePage {
  @Field(() => [IntakeRecord])
  items!: IntakeRecord[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last',
  })
  nextCursor!: string | null;
}

@ObjectType()
class UsageType implements Usage {
  @Field({ description: "'YYYY-MM' in Asia/Tokyo" })
  month!: string;

  @Field(() => Int, {
    description:
      'Billable intakes so far this month counted as calls: the mails among them unless the plan bills mail apart',
  })
  calls!: number;

  @Field(() => Int, { description: 'Mails and faxes handled (メール対応) so far this month' })
  mails!: number;

  @Field(() => Int)
  includedCalls!: number;

  @Field(() => Int)
  overCalls!: number;

  @Field({ description: 'The plan bills mail apart: mails count against the included mails' })
  mailsBilledApart!: boolean;

  @Field(() => Int)
  includedMails!: number;

  @Field(() => Int)
  overMails!: number;
}

@ArgsType()
class CommentArgs {
  @Field(() => ID)
  @IsUUID()
  intakeId!: string;

  @Field()
  @Length(1, 5000)
  body!: string;
}

@ArgsType()
class CallerHistoryArgs {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field()
  @Length(1, 30)
  callingNumber!: string;
}

@Resolver(() => IntakeRecord)
export class IntakeResolver {
  constructor(
    private readonly intake: IntakeService,
    private readonly history: IntakeHistory,
    private readonly workflow: IntakeWorkflow,
    private readonly events: EventBus,
  ) {}

  @Query(() => IntakePageType, {
    description: 'Intake history, newest first; client users see their own',
  })
  @Allow(Permission.ViewCalls)
  intakeRecords(@Ctx() ctx: RequestContext, @Args() args: IntakeRecordsArgs): Promise<IntakePage> {
    return this.history.list(ctx, args);
  }

  @Query(() => IntakeRecord, { nullable: true })
  @Allow(Permission.ViewCalls)
  intakeRecord(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<IntakeRecord | null> {
    return this.history.get(ctx, args.id);
  }

  @Query(() => [IntakeRecord], {
    description: "A caller's earlier intakes for a client, by calling number",
  })
  @Allow(Permission.ViewAllClients)
  callerHistory(
    @Ctx() ctx: RequestContext,
    @Args() args: CallerHistoryArgs,
  ): Promise<IntakeRecord[]> {
    return this.history.callerHistory(ctx, args.clientCompanyId, args.callingNumber);
  }

  @Query(() => UsageType, {
    nullable: true,
    description: 'Billable calls this month against the included count',
  })
  @Allow(Permission.ViewCalls)
  usageThisMonth(@Ctx() ctx: RequestContext, @Args() args: CompanyArgs): Promise<Usage | null> {
    return this.history.usageThisMonth(ctx, args.clientCompanyId);
  }

  @Mutation(() => IntakeRecord, {
    description: 'Records an intake taken by phone, from a voicemail, a fax or an e-mail',
  })
  @Allow(Permission.RecordIntake)
  createIntake(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateIntakeInput,
  ): Promise<IntakeRecord> {
    return this.intake.create(ctx, input);
  }

  @Mutation(() => IntakeRecord, {
    description:
      'Corrects a saved record (訂正), keeping what changed and why; a client already told is told again',
  })
  @Allow(Permission.RecordIntake)
  correctIntake(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CorrectIntakeInput,
  ): Promise<IntakeRecord> {
    return this.workflow.correct(ctx, input);
  }

  @Mutation(() => IntakeRecord, {
    description: 'Moves a record along the workflow allowed to your role',
  })
  @Allow(Permission.UpdateCalls)
  changeIntakeStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangeIntakeStatusInput,
  ): Promise<IntakeRecord> {
    return this.workflow.changeStatus(ctx, input);
  }

  @Mutation(() => IntakeRecord, {
    description: 'Marks a record as billable or not, with the reason',
  })
  @Allow(Permission.SetBillable)
  setIntakeBillable(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetIntakeBillableInput,
  ): Promise<IntakeRecord> {
    return this.workflow.setBillable(ctx, input);
  }

  @Mutation(() => IntakeComment)
  @Allow(Permission.UpdateCalls)
  addIntakeComment(@Ctx() ctx: RequestContext, @Args() args: CommentArgs): Promise<IntakeComment> {
    return this.workflow.comment(ctx, args.intakeId, args.body);
  }

  @Subscription(() => IntakeRecord, {
    description:
      "Intake records as they are created or changed; client users get their company's only",
  })
  @Allow(Permission.ViewCalls)
  intakeRecordChanged(
    @Ctx() ctx: RequestContext,
    @Args() args: CompanyArgs,
  ): AsyncIterableIterator<{ intakeRecordChanged: IntakeRecord }> {
    const only = ctx.tenantId ?? args.clientCompanyId ?? null;
    return mapAsync(this.events.events(`intake:${only ?? '*'}`), async (event) => {
      if (event.type !== 'intake.created' && event.type !== 'intake.changed') return null;
      // Read as the subscriber, so row-level security has the last word on every event.
      const record = await this.history.get(ctx, event.id);
      return record ? { intakeRecordChanged: record } : null;
    });
  }

  @ResolveField(() => [IntakeStatusEnum], {
    description: 'The statuses your role may move this record to',
  })
  allowedTransitions(
    @Ctx() ctx: RequestContext,
    @Parent() record: IntakeRecord,
  ): readonly IntakeStatus[] {
    return allowedIntakeTransitions(ctx.actor.role, record.status);
  }

  @ResolveField(() => [IntakeStatusChange], {
    description: 'Who moved it, when, from, to, and why; oldest first',
  })
  statusHistory(
    @Parent() record: IntakeRecord,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<IntakeStatusChange[]> {
    return loaders.of(STATUS_HISTORY).load(record.id);
  }

  @ResolveField(() => [IntakeCorrection], {
    description: 'Corrections after it was saved (訂正): what changed, when and why; oldest first',
  })
  corrections(
    @Parent() record: IntakeRecord,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<IntakeCorrection[]> {
    return loaders.of(CORRECTIONS).load(record.id);
  }

  @ResolveField(() => [IntakeComment])
  comments(
    @Parent() record: IntakeRecord,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<IntakeComment[]> {
    return loaders.of(COMMENTS).load(record.id);
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(
    @Parent() record: IntakeRecord,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ClientCompany | null> {
    return loaders.of(CLIENT_COMPANY).load(record.clientCompanyId);
  }
}
