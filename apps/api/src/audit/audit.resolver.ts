import { Permission } from '@dengon/domain';
import { Args, ArgsType, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsDateOnly } from '../common/validators';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 50;

  @Field(() => ID, {
    nullable: true,
    description: 'Entries older than this id (keyset pagination)',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be the id of an audit entry (digits)' })
  before?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  entityId?: string;

  @Field({
    nullable: true,
    description: "An action ('intake.created'), or a kind of actions ending in a dot ('intake.')",
  })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/, {
    message: "must be an action such as 'intake.created' or 'intake.'",
  })
  action?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Staff only; a client admin sees their own company',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field({ nullable: true, description: 'First day, Asia/Tokyo (YYYY-MM-DD)' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field({ nullable: true, description: 'Last day, Asia/Tokyo (YYYY-MM-DD)' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntry], { description: 'The audit log, newest first' })
  @Allow(Permission.ViewAudit)
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditEntry[]> {
    return this.audit.list(ctx, args);
  }
}
