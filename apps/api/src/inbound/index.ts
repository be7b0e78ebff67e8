// What other capabilities may import from inbound/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './inbound.module';
export * from './inbound-smtp';
export * from './inbound-address.entity';
export * from './inbound-mail.entity';
