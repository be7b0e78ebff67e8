import { Module } from '@nestjs/common';
import { AcdModule } from '../acd/acd.module';
import { CallsModule } from '../calls/calls.module';
import { NumbersModule } from '../numbers/numbers.module';
import { CallRouting } from './call-routing.service';
import { CallReconciler } from './call-reconciler.service';
import { TelephonyProviders } from './telephony-providers';
import { TestCalls } from './test-calls.service';
import { TwilioRest } from './twilio-rest';
import { Callbacks } from './callbacks.service';
import { CallbacksResolver } from './callbacks.resolver';
import { AnsweringResolver } from './answering.resolver';
import { TelephonyEventsController } from './events.controller';
import { TwilioController } from './twilio.controller';

/** A call's control: where it goes, its provider's webhooks, answering and calling back. */
@Module({
  imports: [AcdModule, CallsModule, NumbersModule],
  controllers: [TelephonyEventsController, TwilioController],
  providers: [
    CallRouting,
    CallReconciler,
    TelephonyProviders,
    TwilioRest,
    Callbacks,
    CallbacksResolver,
    AnsweringResolver,
    TestCalls,
  ],
  exports: [CallRouting, TwilioRest],
})
export class TelephonyModule {}
