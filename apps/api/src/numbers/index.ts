// What other capabilities may import from numbers/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './numbers.module';
export * from './dialed-number-lookup.service';
export * from './phone-number.entity';
