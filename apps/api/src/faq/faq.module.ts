import { Module } from '@nestjs/common';
import { FaqService } from './faq.service';
import { FaqResolver } from './faq.resolver';

/** Each client's FAQ, searched by operators during a call. */
@Module({
  exports: [FaqService],
  providers: [FaqService, FaqResolver],
})
export class FaqModule {}
