import { Permission } from '@dengon/domain';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { CLIENT_COMPANY } from '../clients/client.loaders';
import { Allow } from '../common/access.decorator';
import type { RequestLoaders } from '../common/loaders';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { InboundAddress } from './inbound-address.entity';
import { InboundMail } from './inbound-mail.entity';
import { InboundMailService } from './inbound-mail.service';
import { AddInboundAddressInput, InboundMailsArgs } from './inbound.inputs';

@Resolver(() => InboundMail)
export class InboundMailResolver {
  constructor(private readonly inbound: InboundMailService) {}

  @Query(() => [InboundMail], {
    description: 'Mail and fax that came in, newest first: offered, held and refused, with why',
  })
  @Allow(Permission.ViewInboundMail)
  inboundMails(@Ctx() ctx: RequestContext, @Args() args: InboundMailsArgs): Promise<InboundMail[]> {
    return this.inbound.list(ctx, args);
  }

  @Query(() => [InboundAddress], { description: "A client's intake addresses" })
  @Allow(Permission.ViewClientAccounts)
  inboundAddresses(
    @Ctx() ctx: RequestContext,
    @Args('clientCompanyId', { type: () => ID }, new ParseUUIDPipe()) clientCompanyId: string,
  ): Promise<InboundAddress[]> {
    return this.inbound.addresses(ctx, clientCompanyId);
  }

  @Mutation(() => InboundAddress)
  @Allow(Permission.ManageClients)
  addInboundAddress(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddInboundAddressInput,
  ): Promise<InboundAddress> {
    return this.inbound.addAddress(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ManageClients)
  removeInboundAddress(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<boolean> {
    return this.inbound.removeAddress(ctx, id);
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(
    @Parent() mail: InboundMail,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ClientCompany | null> | null {
    return mail.clientCompanyId ? loaders.of(CLIENT_COMPANY).load(mail.clientCompanyId) : null;
  }
}

/** The mail or fax an intake record was made from, beside the record. */
@Resolver(() => IntakeRecord)
export class IntakeMailResolver {
  constructor(private readonly inbound: InboundMailService) {}

  @ResolveField(() => InboundMail, { nullable: true })
  mail(@Ctx() ctx: RequestContext, @Parent() record: IntakeRecord): Promise<InboundMail | null> {
    return this.inbound.ofIntake(ctx, record.id);
  }
}
