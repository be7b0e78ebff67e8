// What other capabilities may import from calls/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './calls.module';
export * from './intake.service';
export * from './intake-history.service';
export * from './intake-record.entity';
