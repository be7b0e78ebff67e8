import { Permission } from '@dengon/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CompanyArgs } from '../common/args';
import { Allow, SignedIn } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { ClientCompany, ClientStatus } from './client-company.entity';
import {
  CreateClientCompanyInput,
  UpdateClientCompanyInput,
  CompanySettingsInput,
} from './client.inputs';
import { ClientsService } from './clients.service';

@Resolver(() => ClientCompany)
export class ClientsResolver {
  constructor(private readonly clients: ClientsService) {}

  @Query(() => [ClientCompany])
  @Allow(Permission.ViewAllClients)
  clientCompanies(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => ClientStatus, nullable: true }) status?: ClientStatus,
  ): Promise<ClientCompany[]> {
    return this.clients.list(ctx, status);
  }

  @Query(() => ClientCompany, {
    nullable: true,
    description: "A client user's own company whatever the id",
  })
  @SignedIn()
  clientCompany(
    @Ctx() ctx: RequestContext,
    @Args() args: CompanyArgs,
  ): Promise<ClientCompany | null> {
    return this.clients.get(ctx, args.clientCompanyId);
  }

  @Mutation(() => ClientCompany)
  @Allow(Permission.ManageClients)
  createClientCompany(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateClientCompanyInput,
  ): Promise<ClientCompany> {
    return this.clients.create(ctx, input);
  }

  @Mutation(() => ClientCompany)
  @Allow(Permission.ManageClients)
  updateClientCompany(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateClientCompanyInput,
  ): Promise<ClientCompany> {
    return this.clients.update(ctx, input);
  }

  @Mutation(() => ClientCompany, {
    description:
      "Report destinations and emergency contacts; a client admin changes their own company's",
  })
  @Allow(Permission.ManageCompanySettings)
  updateCompanySettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CompanySettingsInput,
  ): Promise<ClientCompany> {
    return this.clients.updateSettings(ctx, input);
  }
}
