// What other capabilities may import from telephony/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './telephony.module';
export * from './call-routing.service';
export * from './twilio-rest';
export * from './telephony-providers';
export * from './call-session.entity';
export * from './signature.guards';
export * from './twilio-form';
export * from './twiml';
