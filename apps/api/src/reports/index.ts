// What other capabilities may import from reports/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './reports.module';
export * from './intake-reports.service';
