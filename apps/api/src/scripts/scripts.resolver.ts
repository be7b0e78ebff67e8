import { can, Permission } from '@dengon/domain';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn } from '../common/access.decorator';
import { IdArgs } from '../common/args';
import { companyInScope } from '../common/company-scope';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { ChangeRequest, ChangeRequestStatus } from './change-request.entity';
import { ChangeRequestsService } from './change-requests.service';
import { Script, ScriptVersion } from './script.entity';
import {
  PublishScriptInput,
  RequestChangeInput,
  ScriptArgs,
  ReviewChangeInput,
  SaveScriptDraftInput,
} from './script.inputs';
import { ScriptsService } from './scripts.service';

@Resolver()
export class ScriptsResolver {
  constructor(
    private readonly scripts: ScriptsService,
    private readonly changes: ChangeRequestsService,
  ) {}

  @Query(() => Script, { description: 'The script with its draft, for staff' })
  @Allow(Permission.ViewAllClients)
  script(@Ctx() ctx: RequestContext, @Args() args: ScriptArgs): Promise<Script> {
    return this.scripts.get(ctx, companyInScope(ctx, args.clientCompanyId) ?? '', args.variant);
  }

  @Query(() => ScriptVersion, {
    nullable: true,
    description: 'The latest published version; client users get their own',
  })
  @SignedIn()
  publishedScript(
    @Ctx() ctx: RequestContext,
    @Args() args: ScriptArgs,
  ): Promise<ScriptVersion | null> {
    return this.scripts.published(ctx, args.clientCompanyId, args.variant);
  }

  @Query(() => [ScriptVersion], { description: 'Published versions, newest first' })
  @Allow(Permission.ViewAllClients)
  scriptVersions(@Ctx() ctx: RequestContext, @Args() args: ScriptArgs): Promise<ScriptVersion[]> {
    return this.scripts.versions(
      ctx,
      companyInScope(ctx, args.clientCompanyId) ?? '',
      args.variant,
    );
  }

  @Mutation(() => Script)
  @Allow(Permission.EditScripts)
  saveScriptDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveScriptDraftInput,
  ): Promise<Script> {
    return this.scripts.saveDraft(ctx, input);
  }

  @Mutation(() => ScriptVersion)
  @Allow(Permission.EditScripts)
  publishScript(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PublishScriptInput,
  ): Promise<ScriptVersion> {
    return this.scripts.publish(ctx, input);
  }

  @Query(() => [ChangeRequest], {
    description: "Change requests; client users see their company's",
  })
  @Allow(Permission.ViewChangeRequests)
  changeRequests(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => ChangeRequestStatus, nullable: true })
    status?: ChangeRequestStatus,
  ): Promise<ChangeRequest[]> {
    return this.changes.list(ctx, status);
  }

  @Query(() => ChangeRequest, {
    nullable: true,
    description: "One change request; client users see their company's",
  })
  @Allow(Permission.ViewChangeRequests)
  changeRequest(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<ChangeRequest | null> {
    return this.changes.get(ctx, args.id);
  }

  @Mutation(() => ChangeRequest, {
    description: 'Ask the manual assistant to change the script or FAQ',
  })
  @Allow(Permission.RequestScriptChanges)
  requestChange(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RequestChangeInput,
  ): Promise<ChangeRequest> {
    return this.changes.request(ctx, input);
  }

  @Mutation(() => ChangeRequest)
  @Allow(Permission.EditScripts)
  reviewChangeRequest(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReviewChangeInput,
  ): Promise<ChangeRequest> {
    return this.changes.review(ctx, input);
  }
}

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  constructor(private readonly changes: ChangeRequestsService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "For script editors: the subject's text now where approval writes it (the script's draft), to compare with the proposal; ask for it on one request at a time",
  })
  liveText(@Ctx() ctx: RequestContext, @Parent() request: ChangeRequest): Promise<string | null> {
    // Field resolvers pass no guard: a client user never sees the unpublished draft.
    if (!ctx.user || !can(ctx.user, Permission.EditScripts)) return Promise.resolve(null);
    return this.changes.liveText(ctx, request);
  }
}
