import { Module } from '@nestjs/common';
import { AcdModule } from '../acd/acd.module';
import { CallsModule } from '../calls/calls.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { InboundAttachmentController } from './inbound-attachment.controller';
import { InboundMailService } from './inbound-mail.service';
import { InboundSmtp } from './inbound-smtp';
import { MailDesk } from './mail-desk.service';
import { SenderAuthentication } from './sender-authentication';
import {
  InboundMailResolver,
  IntakeMailResolver,
  MailboxesResolver,
  MailDeskResolver,
  MailRoutingRulesResolver,
} from './inbound.resolver';
import { MailRoutingRules } from './mail-routing-rules.service';
import { Mailboxes } from './mailboxes.service';
import { MailboxWatch } from './mailbox-watch';

/** Mail and fax that arrive at the intake addresses, as intake records (issue 14). */
@Module({
  imports: [AcdModule, CallsModule, DeliveryModule],
  controllers: [InboundAttachmentController],
  providers: [
    InboundMailService,
    MailDesk,
    InboundSmtp,
    SenderAuthentication,
    Mailboxes,
    MailboxWatch,
    MailboxesResolver,
    MailRoutingRules,
    MailRoutingRulesResolver,
    InboundMailResolver,
    MailDeskResolver,
    IntakeMailResolver,
  ],
  exports: [InboundSmtp],
})
export class InboundModule {}
