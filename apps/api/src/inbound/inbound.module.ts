import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module';
import { InboundAttachmentController } from './inbound-attachment.controller';
import { InboundMailService } from './inbound-mail.service';
import { InboundSmtp } from './inbound-smtp';
import { InboundMailResolver, IntakeMailResolver } from './inbound.resolver';

/** Mail and fax that arrive at the intake addresses, as intake records (issue 14). */
@Module({
  imports: [CallsModule],
  controllers: [InboundAttachmentController],
  providers: [InboundMailService, InboundSmtp, InboundMailResolver, IntakeMailResolver],
  exports: [InboundSmtp],
})
export class InboundModule {}
