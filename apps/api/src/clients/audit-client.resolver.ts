import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntry } from '../audit/audit-entry.entity';
import type { RequestLoaders } from '../common/loaders';
import { CLIENT_COMPANY } from './client.loaders';

/** An audit entry's client by name. */
@Resolver(() => AuditEntry)
export class AuditClientResolver {
  @ResolveField(() => String, { nullable: true, description: "The client's name" })
  async clientName(
    @Parent() entry: AuditEntry,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string | null> {
    if (!entry.clientCompanyId) return null;
    return (await loaders.of(CLIENT_COMPANY).load(entry.clientCompanyId))?.name ?? null;
  }
}
