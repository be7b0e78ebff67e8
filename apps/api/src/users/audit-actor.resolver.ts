import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntry } from '../audit/audit-entry.entity';
import { User } from '../auth/user.entity';
import { byId, type RequestLoaders } from '../common/loaders';

const USER = byId(User);

/** An audit entry's actor by name, where the viewer may see that user (a client sees its own). */
@Resolver(() => AuditEntry)
export class AuditActorResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'Who acted, by name, when the viewer may see them (a client sees its own users)',
  })
  async actorName(
    @Parent() entry: AuditEntry,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string | null> {
    if (!entry.actorUserId) return null;
    return (await loaders.of(USER).load(entry.actorUserId))?.name ?? null;
  }
}
