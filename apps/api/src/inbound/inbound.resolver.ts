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
  Subscription,
} from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { CLIENT_COMPANY } from '../clients/client.loaders';
import { Allow } from '../common/access.decorator';
import type { RequestLoaders } from '../common/loaders';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { EventBus } from '../events/event-bus';
import { mapAsync } from '../events/map-async';
import { InboundAddress } from './inbound-address.entity';
import { InboundMail } from './inbound-mail.entity';
import { InboundMailService } from './inbound-mail.service';
import {
  AddInboundAddressInput,
  AddMailboxInput,
  AddMailRoutingRuleInput,
  MailboxPasswordArgs,
  InboundMailsArgs,
  ReplyToMailInput,
  SaveReplyTemplateInput,
} from './inbound.inputs';
import { MailDesk } from './mail-desk.service';
import { MailOffer } from './mail-offer.entity';
import { Mailbox } from './mailbox.entity';
import { MailRoutingRule } from './mail-routing-rule.entity';
import { MailRoutingRules } from './mail-routing-rules.service';
import { Mailboxes } from './mailboxes.service';
import { MailReply, ReplyDraft, ReplyTemplate } from './reply-template.entity';

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

  @ResolveField(() => [MailReply], { description: 'The replies sent to it, oldest first' })
  replies(@Ctx() ctx: RequestContext, @Parent() mail: InboundMail): Promise<MailReply[]> {
    return this.inbound.replies(ctx, mail.id);
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

/** The operators' mail queue, and replies from the client's templates. */
@Resolver(() => MailReply)
export class MailDeskResolver {
  constructor(
    private readonly desk: MailDesk,
    private readonly events: EventBus,
  ) {}

  @Query(() => [InboundMail], {
    description:
      'Mail waiting for an operator, VIPs’ first, then oldest: for the clients you take, or all for a supervisor',
  })
  @Allow(Permission.TakeCalls)
  mailQueue(@Ctx() ctx: RequestContext): Promise<InboundMail[]> {
    return this.desk.queue(ctx);
  }

  @Query(() => MailOffer, {
    nullable: true,
    description: 'The mail the ACD offers me now: take it before it moves on',
  })
  @Allow(Permission.TakeCalls)
  myMailOffer(@Ctx() ctx: RequestContext): Promise<MailOffer | null> {
    return this.desk.myOffer(ctx);
  }

  @Subscription(() => MailOffer, { description: 'Mail offered to me as the ACD offers it' })
  @Allow(Permission.TakeCalls)
  mailOfferForMe(@Ctx() ctx: RequestContext): AsyncIterableIterator<{ mailOfferForMe: MailOffer }> {
    return mapAsync(this.events.events(`mail-offer:${ctx.actor.id}`), async () => {
      const offer = await this.desk.myOffer(ctx);
      return offer ? { mailOfferForMe: offer } : null;
    });
  }

  @Query(() => [InboundMail], { description: 'The mails I took and have not finished' })
  @Allow(Permission.TakeCalls)
  mailsInHand(@Ctx() ctx: RequestContext): Promise<InboundMail[]> {
    return this.desk.inHand(ctx);
  }

  @Mutation(() => InboundMail, {
    description:
      'Take a mail: an operator the one offered to them now, a supervisor any waiting mail',
  })
  @Allow(Permission.TakeCalls)
  takeMail(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<InboundMail> {
    return this.desk.take(ctx, id);
  }

  @Mutation(() => InboundMail, {
    description: 'Done with a mail I took: the ACD may offer me the next',
  })
  @Allow(Permission.TakeCalls)
  finishMail(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<InboundMail> {
    return this.desk.finish(ctx, id);
  }

  @Query(() => [ReplyTemplate])
  @Allow(Permission.ViewAllClients)
  replyTemplates(
    @Ctx() ctx: RequestContext,
    @Args('clientCompanyId', { type: () => ID }, new ParseUUIDPipe()) clientCompanyId: string,
  ): Promise<ReplyTemplate[]> {
    return this.desk.templates(ctx, clientCompanyId);
  }

  @Mutation(() => ReplyTemplate)
  @Allow(Permission.EditScripts)
  saveReplyTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveReplyTemplateInput,
  ): Promise<ReplyTemplate> {
    return this.desk.saveTemplate(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.EditScripts)
  deleteReplyTemplate(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<boolean> {
    return this.desk.deleteTemplate(ctx, id);
  }

  @Query(() => ReplyDraft, { description: 'A reply template filled in for one mail' })
  @Allow(Permission.RecordIntake)
  draftReply(
    @Ctx() ctx: RequestContext,
    @Args('inboundMailId', { type: () => ID }, new ParseUUIDPipe()) inboundMailId: string,
    @Args('templateId', { type: () => ID }, new ParseUUIDPipe()) templateId: string,
  ): Promise<ReplyDraft> {
    return this.desk.draftReply(ctx, inboundMailId, templateId);
  }

  @Mutation(() => MailReply, { description: 'Send a reply, threaded under the mail it answers' })
  @Allow(Permission.RecordIntake)
  replyToMail(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReplyToMailInput,
  ): Promise<MailReply> {
    return this.desk.reply(ctx, input);
  }
}

@Resolver(() => Mailbox)
export class MailboxesResolver {
  constructor(private readonly service: Mailboxes) {}

  @Query(() => [Mailbox], { description: "A client's own mailboxes, read over IMAP" })
  @Allow(Permission.ViewClientAccounts)
  mailboxes(
    @Ctx() ctx: RequestContext,
    @Args('clientCompanyId', { type: () => ID }, new ParseUUIDPipe()) clientCompanyId: string,
  ): Promise<Mailbox[]> {
    return this.service.list(ctx, clientCompanyId);
  }

  @Mutation(() => Mailbox, { description: 'Adds a mailbox and looks at it at once' })
  @Allow(Permission.ManageClients)
  async addMailbox(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddMailboxInput,
  ): Promise<Mailbox> {
    const added = await this.service.add(ctx, input);
    return this.service.check(ctx, added.id);
  }

  @Mutation(() => Mailbox, { description: 'The mailbox looked at now, as the minute’s look would' })
  @Allow(Permission.ManageClients)
  checkMailbox(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Mailbox> {
    return this.service.check(ctx, id);
  }

  @Mutation(() => Mailbox, { description: "The client's new password, then a look with it" })
  @Allow(Permission.ManageClients)
  setMailboxPassword(
    @Ctx() ctx: RequestContext,
    @Args() args: MailboxPasswordArgs,
  ): Promise<Mailbox> {
    return this.service.setPassword(ctx, args.id, args.password);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ManageClients)
  removeMailbox(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, id);
  }
}

@Resolver(() => MailRoutingRule)
export class MailRoutingRulesResolver {
  constructor(private readonly rules: MailRoutingRules) {}

  @Query(() => [MailRoutingRule], { description: "A client's routing rules for mail" })
  @Allow(Permission.ViewClientAccounts)
  mailRoutingRules(
    @Ctx() ctx: RequestContext,
    @Args('clientCompanyId', { type: () => ID }, new ParseUUIDPipe()) clientCompanyId: string,
  ): Promise<MailRoutingRule[]> {
    return this.rules.list(ctx, clientCompanyId);
  }

  @Mutation(() => MailRoutingRule)
  @Allow(Permission.ManageClients)
  addMailRoutingRule(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddMailRoutingRuleInput,
  ): Promise<MailRoutingRule> {
    return this.rules.add(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.ManageClients)
  removeMailRoutingRule(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<boolean> {
    return this.rules.remove(ctx, id);
  }
}
