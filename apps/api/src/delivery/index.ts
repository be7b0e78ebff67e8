// What other capabilities may import from delivery/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './delivery.module';
export * from './delivery.service';
export * from './outbound-message.entity';
export * from './delivery.loaders';
