// What other capabilities may import from users/, file by file (lint: dengon/feature-boundaries);
// AppModule takes the module from here. Anything not listed is internal.
export * from './users.module';
export * from './users.service';
export * from './two-factor.service';
